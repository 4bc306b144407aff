import { parseCount } from '../../../../src/ingest/text/numbers';
import { extract } from '../knownGraph';

const figures = (text: string) =>
  extract(text).claims.map((c) => ({
    claimant: c.claimant.id,
    side: c.side?.id ?? null,
    killed: c.killed,
    wounded: c.wounded,
    text: c.text,
  }));

describe('casualty figures', () => {
  it('parses counts written in digits or words', () => {
    expect(
      [
        ['14'],
        ['1,200'],
        ['four'],
        ['twenty', 'one'],
        ['twenty-one'],
        ['two', 'hundred'],
        ['a', 'dozen'],
        ['an'],
      ].map(parseCount),
    ).toEqual([14, 1200, 4, 21, 21, 200, 12, 1]);
    expect(parseCount(['dozens'])).toBeNull();
  });

  // Every casualty word, passive and participial, lands in its own field: a word mapped to the wrong
  // outcome ("injured" counted as killed) fails here.
  it.each([
    ['three of its soldiers were killed', { killed: 3 }],
    ['four of its soldiers died', { killed: 4 }],
    ['five of its soldiers were dead', { killed: 5 }],
    ['six of its soldiers were wounded', { wounded: 6 }],
    ['seven of its soldiers were injured', { wounded: 7 }],
    ['eight of its soldiers were captured', { captured: 8 }],
    ['Armenian shelling hit a post, killing nine soldiers', { killed: 9 }],
    ['Armenian shelling hit a post, wounding ten soldiers', { wounded: 10 }],
    ['Armenian shelling hit a post, injuring eleven soldiers', { wounded: 11 }],
    ['Armenian forces attacked a post, capturing twelve soldiers', { captured: 12 }],
    ['two soldiers were dead and 13 others injured', { killed: 2, wounded: 13 }],
  ])('counts "%s" as %j', (words, expected) => {
    const [claim] = extract(`Azerbaijan's Defense Ministry said ${words}.`).claims;
    expect(claim && { killed: claim.killed, wounded: claim.wounded, captured: claim.captured }).toEqual({
      killed: null,
      wounded: null,
      captured: null,
      ...expected,
    });
  });

  it('knows the value of every number word', () => {
    const words =
      'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(
        ' ',
      );
    expect(words.map((w) => parseCount([w]))).toEqual(words.map((_, i) => i));
    const tens = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');
    expect(tens.map((w) => parseCount([w]))).toEqual(tens.map((_, i) => 20 + 10 * i));
    expect(
      [
        ['one', 'hundred'],
        ['one', 'thousand'],
        ['one', 'million'],
      ].map(parseCount),
    ).toEqual([100, 1000, 1_000_000]);
  });

  it('reads killed and wounded, in words and digits, as one claim of the speaker', () => {
    expect(
      figures(
        "Azerbaijan's Defense Ministry said five of its servicemen were killed and 12 others wounded overnight.",
      ),
    ).toEqual([
      {
        claimant: 'actor:mod-azerbaijan',
        side: 'actor:azerbaijan',
        killed: 5,
        wounded: 12,
        text: 'five of its servicemen were killed and 12 others wounded',
      },
    ]);
  });

  it('reads "another", participles and hyphenated numbers, and the side a nationality names', () => {
    expect(figures('Pashinyan said Azerbaijani drones struck a bus, killing twenty-one civilians.')).toEqual([
      {
        claimant: 'actor:nikol-pashinyan',
        side: null,
        killed: 21,
        wounded: null,
        text: 'killing twenty-one civilians',
      },
    ]);
    expect(figures('The EU said an Armenian soldier had been killed and another wounded.')).toEqual([
      {
        claimant: 'actor:european-union',
        side: 'actor:armenia',
        killed: 1,
        wounded: 1,
        text: 'an Armenian soldier had been killed and another wounded',
      },
    ]);
  });

  it('adds up counts given per day', () => {
    expect(
      figures('Lavrov said two peacekeepers were killed on Monday and three on Tuesday.')[0],
    ).toMatchObject({ killed: 5 });
  });

  it('records "suffered casualties" as a claim without figures, and ignores "deadly"', () => {
    expect(figures('Armenia said its forces suffered casualties in the attack.')).toEqual([
      {
        claimant: 'actor:armenia',
        side: 'actor:armenia',
        killed: null,
        wounded: null,
        text: 'its forces suffered casualties',
      },
    ]);
    expect(figures('The EU said a deadly escalation had to be avoided.')).toEqual([]);
  });
});
