import { candidates } from './found';

/** A verb that reports only with "that" may have a short adjunct of place, channel or time before it (recall13). */
describe('an adjunct between the verb and its "that"', () => {
  it('"revealed on social media that", "clarified in a statement that"', () => {
    expect(
      candidates('The fire service revealed on social media that the injured man is a teacher.'),
    ).toEqual([['The fire service', 'revealed on social media that the injured man is a teacher']]);
    expect(candidates('The ministry clarified in an updated statement that the sailor is missing.')).toEqual([
      ['The ministry', 'clarified in an updated statement that the sailor is missing'],
    ]);
  });

  it('"posted on Telegram that", "defended in a statement that": verbs that report only with a clause', () => {
    expect(candidates('The governor posted on Telegram that two villages lost power.')).toEqual([
      ['The governor', 'posted on Telegram that two villages lost power'],
    ]);
    expect(candidates('The envoy defended in a statement that the talks should go on.')).toEqual([
      ['The envoy', 'defended in a statement that the talks should go on'],
    ]);
  });

  it('without a clause after the adjunct they report nothing', () => {
    expect(candidates('The governor posted a video on Telegram.')).toEqual([]);
    expect(candidates('The ministry revealed in March the names of the dead.')).toEqual([]);
    expect(candidates('The troops defended the bridge in the night.')).toEqual([]);
    expect(candidates('Three rockets slammed into the market on Sunday.')).toEqual([]);
  });
});

/** "warned of …", "complained of …" after their subject are active, not reduced passives ("militants accused of …"). */
describe('verbs whose active voice takes "of"', () => {
  it('"The mayor warned of …", "Residents complained of …"', () => {
    expect(candidates('The mayor warned of the danger of new floods along the river.')).toEqual([
      ['The mayor', 'warned of the danger of new floods along the river'],
    ]);
    expect(candidates('Residents complained of constant shelling near the school.')).toEqual([
      ['Residents', 'complained of constant shelling near the school'],
    ]);
  });

  it('"accused of" after a noun stays a reduced passive', () => {
    expect(candidates('Militants accused of the raid were detained on Friday.')).toEqual([]);
  });
});

/** A document put out, then a participle of saying a few words on: one statement, the putting out's (recall13). */
describe('a document and what it says, a few words apart', () => {
  it('"issued a separate statement on Monday announcing that …", "released a study claiming that …"', () => {
    expect(
      candidates(
        'The prefect issued a separate statement on Monday announcing that nine bodies had been found.',
      ),
    ).toEqual([
      ['The prefect', 'issued a separate statement on Monday announcing that nine bodies had been found'],
    ]);
    expect(
      candidates('The rights group released a long study claiming that guards beat the detainees.'),
    ).toEqual([['The rights group', 'released a long study claiming that guards beat the detainees']]);
  });

  it('"posted Twitter posts accusing …", "issued its own ministry statement after the raid expressing …"', () => {
    expect(
      candidates('The rebel spokesman posted Twitter posts accusing the army of breaking the truce.'),
    ).toEqual([['The rebel spokesman', 'posted Twitter posts accusing the army of breaking the truce']]);
    expect(
      candidates(
        'The kingdom issued its own ministry statement after the raid expressing solidarity with its ally.',
      ),
    ).toEqual([
      ['The kingdom', 'issued its own ministry statement after the raid expressing solidarity with its ally'],
    ]);
  });

  it('a participle after a comma stays its own statement; a document with no words says nothing', () => {
    expect(
      candidates('The militia issued a statement on Sunday, voicing its opposition to the raids.'),
    ).toEqual([['The militia', 'voicing its opposition to the raids']]);
    expect(candidates('The army issued a statement on the raid.')).toEqual([]);
  });
});
