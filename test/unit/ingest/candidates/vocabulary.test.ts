import { candidates } from './found';

/** Reporting verbs that attribute only with their complement, and verbs the tagger misreads. */
describe('reporting verbs with their complements', () => {
  const one = (text: string) => candidates(text);

  it('"regards … as", "identified … as", "casting … as"', () => {
    expect(
      one(
        'The Ministry of Interior of Norland regards the night raids on the northern farming districts as an act of war.',
      ),
    ).toEqual([
      [
        'The Ministry of Interior of Norland',
        'regards the night raids on the northern farming districts as an act of war',
      ],
    ]);
    expect(one('The hospital identified the victims as two nurses.')).toEqual([
      ['The hospital', 'identified the victims as two nurses'],
    ]);
    expect(one('The envoy spoke on Sunday, casting the blockade as a defence of the coast.')).toContainEqual([
      'The envoy',
      'casting the blockade as a defence of the coast',
    ]);
  });

  it('"reminded … of", "ruled out", "apologized for", "cite", "requested"', () => {
    expect(one('The mission reminded both militias of their duty to protect civilians.')).toEqual([
      ['The mission', 'reminded both militias of their duty to protect civilians'],
    ]);
    expect(one('The cabinet has ruled out sending troops to the border.')).toEqual([
      ['The cabinet', 'has ruled out sending troops to the border'],
    ]);
    expect(one('The mayor apologized for the delay in evacuating the district.')).toEqual([
      ['The mayor', 'apologized for the delay in evacuating the district'],
    ]);
    expect(one('The strikers cite years of unpaid wages.')).toEqual([
      ['The strikers', 'cite years of unpaid wages'],
    ]);
    expect(one('Norland requested an emergency meeting of the regional council.')).toEqual([
      ['Norland', 'requested an emergency meeting of the regional council'],
    ]);
    expect(one('The official requested anonymity because he was not authorised to speak.')).toEqual([]);
  });

  it('"declared X to be …", "calling its allies to …", but not "called the session to order"', () => {
    expect(one('The general declared the harbour to be a closed military zone.')).toEqual([
      ['The general', 'declared the harbour to be a closed military zone'],
    ]);
    expect(
      one('The ministry spoke of a new offensive, calling its allies to impose sanctions at once.'),
    ).toContainEqual(['The ministry', 'calling its allies to impose sanctions at once']);
    expect(one('The speaker called the session to order at noon.')).toEqual([]);
  });

  it('"went on to say" reports from "went"; "refused to say" does not', () => {
    expect(one('The premier then went on to say that the blockade would end soon.')).toEqual([
      ['The premier', 'went on to say that the blockade would end soon'],
    ]);
    expect(one('The premier refused to say whether the blockade would end.')).toEqual([]);
  });

  it('a present-tense verb read as a noun: "The ministry claims that …"', () => {
    expect(one('The ministry claims that forty rebels were captured.')).toEqual([
      ['The ministry', 'claims that forty rebels were captured'],
    ]);
  });

  it('a past or plural-subject form read as an adjective or noun before "that"', () => {
    expect(one('The governor yesterday alleged that the convoy was looted by bandits.')).toEqual([
      ['The governor yesterday', 'alleged that the convoy was looted by bandits'],
    ]);
    expect(one('Aid agencies and the Red Crescent claim that the wells were poisoned.')).toContainEqual([
      'Aid agencies and the Red Crescent',
      'claim that the wells were poisoned',
    ]);
    expect(one('A UN report that was leaked last week listed the abuses.')).toEqual([]);
  });

  it('verbs of thanks, encouragement and attribution, with their complements', () => {
    expect(one('The mediator thanked the hosts for the talks.')).toEqual([
      ['The mediator', 'thanked the hosts for the talks'],
    ]);
    expect(one('The envoy congratulated both sides on the truce.')).toEqual([
      ['The envoy', 'congratulated both sides on the truce'],
    ]);
    expect(one('The bloc encouraged all parties to the truce to honour it.')).toEqual([
      ['The bloc', 'encouraged all parties to the truce to honour it'],
    ]);
    expect(one('The consulate instructed travellers in the valley not to leave their hotels.')).toEqual([
      ['The consulate', 'instructed travellers in the valley not to leave their hotels'],
    ]);
    expect(one('The governor attributed the fires to looters.')).toEqual([
      ['The governor', 'attributed the fires to looters'],
    ]);
    expect(one('The cabinet held the militia responsible for the ambush.')).toEqual([
      ['The cabinet', 'held the militia responsible for the ambush'],
    ]);
    expect(one('The minister revealed that the talks had stalled.')).toEqual([
      ['The minister', 'revealed that the talks had stalled'],
    ]);
  });

  it('the same verbs without them say nothing', () => {
    expect(one('It was a raid attributed to the militia.')).toEqual([]);
    expect(one('The army disclosed its losses.')).toEqual([]);
    expect(one('The coach encouraged the team.')).toEqual([]);
    expect(one('The council held a meeting on the ambush.')).toEqual([]);
  });

  it('sentence adverbs are not part of the subject, and ", and X cite …" has its own subject', () => {
    expect(one('Moreover he said that the talks would go on.')).toEqual([
      ['he', 'said that the talks would go on'],
    ]);
    expect(one('He then said the port was safe.')).toEqual([['He', 'said the port was safe']]);
    expect(one('The valley is mostly rural, and the farmers cite decades of neglect.')).toEqual([
      ['the farmers', 'cite decades of neglect'],
    ]);
  });

  it('names joined by "and" are one name, not two clauses', () => {
    expect(one('He said the only culprit for the unrest in Kosovo and Metohija is the premier.')).toEqual([
      ['He', 'said the only culprit for the unrest in Kosovo and Metohija is the premier'],
    ]);
  });
});

describe('coordinated verbs after a comma', () => {
  it('", and said …" shares the first verb\'s subject', () => {
    expect(
      candidates('Norland accused Sudria of shelling the port, and said three of its sailors were hurt.'),
    ).toEqual([
      ['Norland', 'accused Sudria of shelling the port'],
      ['Norland', 'said three of its sailors were hurt'],
    ]);
  });
});

describe('clauses after the reported words', () => {
  it('"dismissed the plan as a “trap,” and young traders have …": a new clause with an adjective-led subject is narration', () => {
    expect(
      candidates(
        'Opposition leaders dismissed the plan as a “trap,” and young traders have kept their shops shut.',
      ),
    ).toEqual([['Opposition leaders', 'dismissed the plan as a “trap,”']]);
  });

  it('"a joint statement saying that the two parties own …": the tagger missing the verb does not hide the words', () => {
    expect(
      candidates(
        'In May, the ruling parties signed a joint statement saying that the two regions own the forests.',
      ),
    ).toEqual([['the ruling parties', 'saying that the two regions own the forests']]);
  });
});
