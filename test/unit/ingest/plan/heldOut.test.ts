import { metrics } from '../../../../src/ingest/eval/score';
import { scoreAll } from './heldOut';
import { said } from '../knownGraph';

describe('held-out articles (other outlets, other conflicts)', () => {
  it('finds the attributed statements and their speakers', () => {
    const { tally, misses } = scoreAll();
    const m = metrics(tally);
    if (m.f1 < 0.95 || m.speakerAccuracy < 0.95) console.info(misses.join('\n'));
    expect(m.f1).toBeGreaterThanOrEqual(0.95);
    expect(m.speakerAccuracy).toBeGreaterThanOrEqual(0.95);
  });
});

describe('general attribution rules the held-out set exposed', () => {
  it('a trailing ", X said" followed by a participle: the clause before is the statement', () => {
    expect(
      said(
        'YEREVAN, Armenia (AP) — Two soldiers were killed on Tuesday, the Armenian Defense Ministry said, accusing Azerbaijani forces of opening fire.',
      ),
    ).toEqual([
      ['actor:ministry-of-defense-of-armenia', 'Two soldiers were killed on Tuesday'],
      ['actor:ministry-of-defense-of-armenia', 'accusing Azerbaijani forces of opening fire'],
    ]);
  });

  it('titles with "of" are not part of a new name, and the surname later is the same person', () => {
    const text =
      'U.S. Secretary of State Antony Blinken urged restraint.\n"There is no military solution," Blinken said in a post on X. "We urge the leaders to resume talks without delay."';
    expect(said(text)).toEqual([
      ['actor:antony-blinken', 'urged restraint'],
      ['actor:antony-blinken', 'There is no military solution'],
      ['actor:antony-blinken', 'We urge the leaders to resume talks without delay.'],
    ]);
  });

  it('a person named after an organ role speaks, not the organ', () => {
    expect(
      said('Iranian foreign ministry spokesman Nasser Kanaani blamed Washington for the escalation.'),
    ).toEqual([['actor:nasser-kanaani', 'blamed Washington for the escalation']]);
  });

  it('"X did Y, his office said": the words are X\'s', () => {
    expect(
      said('Prime Minister Irakli Garibashvili offered to host talks in Tbilisi, his office said.')[0]?.[0],
    ).toBe('actor:irakli-garibashvili');
  });

  it('an organ the gazetteer has no key for, and a time adverbial after the subject', () => {
    expect(said("Lebanon's health ministry on Tuesday said 11 people were killed.")[0]?.[0]).toBe(
      'actor:lebanon-s-health-ministry',
    );
  });
});
