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
