import { candidates } from './found';
import { extract, said } from '../knownGraph';

/** One sentence per family of reporting verbs: who, which words, which stance. */
describe('attributed paraphrases', () => {
  const first = (text: string) => {
    const s = extract(text).statements[0];
    return (
      s && {
        speaker: s.speaker.id,
        text: s.text,
        stance: s.stance,
        targets: s.targets.map((t) => t.id),
        channel: s.channel,
      }
    );
  };

  it('said', () => {
    expect(first('Lavrov said Moscow was ready to mediate between the neighbours.')).toMatchObject({
      speaker: 'actor:sergei-lavrov',
      text: 'said Moscow was ready to mediate between the neighbours',
    });
  });

  it('urged', () => {
    expect(
      first('The EU urged Armenia and Azerbaijan to pull back their troops from the frontline.'),
    ).toEqual({
      speaker: 'actor:european-union',
      text: 'urged Armenia and Azerbaijan to pull back their troops from the frontline',
      stance: 'CALLS_FOR',
      targets: ['actor:armenia', 'actor:azerbaijan'],
      channel: 'OTHER',
    });
  });

  it('accused', () => {
    expect(
      first("Azerbaijan's Defense Ministry accused Armenian units of firing on its positions near Berd."),
    ).toMatchObject({
      speaker: 'actor:mod-azerbaijan',
      text: 'accused Armenian units of firing on its positions near Berd',
      stance: 'ACCUSES',
      targets: ['actor:armenia'],
    });
  });

  it('called on (with the auxiliary in the span)', () => {
    expect(first('Borrell has called on both sides to respect the ceasefire.')).toMatchObject({
      speaker: 'actor:josep-borrell',
      text: 'has called on both sides to respect the ceasefire',
      stance: 'CALLS_FOR',
    });
  });

  it('demanded', () => {
    expect(first('Pashinyan demanded the immediate release of the detained soldiers.')).toMatchObject({
      speaker: 'actor:nikol-pashinyan',
      text: 'demanded the immediate release of the detained soldiers',
      stance: 'CALLS_FOR',
    });
  });

  it('denied', () => {
    expect(
      first('The Russian Defense Ministry denied that its peacekeepers had left the area.'),
    ).toMatchObject({
      speaker: 'actor:mod-russia',
      text: 'denied that its peacekeepers had left the area',
      stance: 'DENIES',
    });
  });

  it('warned', () => {
    expect(first('Lavrov warned that renewed fighting could spread to the whole region.')).toMatchObject({
      speaker: 'actor:sergei-lavrov',
      text: 'warned that renewed fighting could spread to the whole region',
      stance: 'OTHER',
    });
  });

  it('tweeted', () => {
    expect(
      first("Armenia's Ministry of Foreign Affairs tweeted that the road had been closed since dawn."),
    ).toMatchObject({
      speaker: 'actor:mfa-armenia',
      text: 'tweeted that the road had been closed since dawn',
      channel: 'TWEET',
    });
  });

  it('according to, before and after the reported clause', () => {
    expect(said("According to Azerbaijan's authorities, two drones were shot down over Tavush.")).toEqual([
      ['actor:azerbaijan', 'two drones were shot down over Tavush'],
    ]);
    expect(said('The convoy was stopped at the last checkpoint, according to the EU.')).toEqual([
      ['actor:european-union', 'The convoy was stopped at the last checkpoint'],
    ]);
  });

  it('an according-to clause whose own verb comes before a reporting verb inside it', () => {
    expect(
      candidates('According to a witness, the gunmen arrived at dawn and demanded that shops close.'),
    ).toEqual([
      ['a witness', 'the gunmen arrived at dawn'],
      ['the gunmen', 'demanded that shops close'],
    ]);
    expect(candidates('According to the statement, the minister has said the talks would resume.')).toEqual([
      ['the minister', 'has said the talks would resume'],
    ]);
  });

  it('an according-to phrase that no comma closes yields no statement rather than an empty one', () => {
    const text =
      'According to a statement by the border guards one shell landed near the post. Talks resumed.';
    expect(candidates(text).filter(([, words]) => words.trim() === '')).toEqual([]);
  });

  it('a clause closed by ", X said"', () => {
    expect(said('Russian troops will stay in the region until the spring, Lavrov said.')).toEqual([
      ['actor:sergei-lavrov', 'Russian troops will stay in the region until the spring'],
    ]);
  });

  it('a participle and a coordinated verb continue the same speaker as separate statements', () => {
    expect(
      said('Aliyev criticised the mediators, and said the talks had stalled, adding that Baku would wait.'),
    ).toEqual([
      ['actor:ilham-aliyev', 'criticised the mediators'],
      ['actor:ilham-aliyev', 'said the talks had stalled'],
      ['actor:ilham-aliyev', 'adding that Baku would wait'],
    ]);
  });

  it('does not read glosses, passives, negations or joint summaries as statements', () => {
    // A named subject's relative clause is its own statement (the corpus's annotation): see relative.test.ts.
    expect(said('The ceasefire, which Moscow said was holding, collapsed on Monday.')).toEqual([
      ['actor:russia', 'said was holding'],
    ]);
    expect(said('The statement was quoted by state television.')).toEqual([]);
    expect(said('Pashinyan did not say when the talks would resume.')).toEqual([]);
    expect(said('Armenia and Azerbaijan accused each other of violating the truce.')).toEqual([]);
    expect(said('The war claimed 6,000 lives.')).toEqual([]);
  });

  it('ignores headlines and link lines without final punctuation', () => {
    expect(said('Pashinyan says peace is near\nREAD MORE: Aliyev accuses Yerevan of delays\n')).toEqual([]);
  });
});

describe('speech verbs without a clause', () => {
  it('are attributions whose words are elsewhere, not statements', () => {
    expect(said('Pashinyan told reporters.')).toEqual([]);
    expect(said('Borrell said in a statement.')).toEqual([]);
    expect(said('Borrell said on Wednesday.')).toEqual([]);
    expect(said('Borrell said on Wednesday the talks had failed.')).toEqual([
      ['actor:josep-borrell', 'said on Wednesday the talks had failed'],
    ]);
  });
});

describe('content after a preposition', () => {
  it('"called to" and "spoke of" attribute what follows', () => {
    expect(said('Borrell called to establish a protection zone around the plant.')).toEqual([
      ['actor:josep-borrell', 'called to establish a protection zone around the plant'],
    ]);
    expect(said('Borrell spoke of a dozen deliberate attacks.')).toEqual([
      ['actor:josep-borrell', 'spoke of a dozen deliberate attacks'],
    ]);
    expect(said('Borrell called to the scene the local police.')).toEqual([]);
  });
});
