import { candidates } from './found';

/** Words around an attribution that are not themselves something said. */
describe('what an attribution carries that is not words', () => {
  it('a connective before "according to" is not the words: they follow the phrase', () => {
    expect(
      candidates('Meanwhile, according to the river authority, the dam held through the night.'),
    ).toEqual([['the river authority', 'the dam held through the night']]);
    expect(
      candidates('The two men were strangers, according to Lena Osei, a spokeswoman for the office.'),
    ).toEqual([['Lena Osei', 'The two men were strangers']]);
  });

  it('a participle that introduces the source: citing sources, asking not to be named', () => {
    expect(candidates('The port was shelled, local media reported, citing unnamed officials.')).toEqual([
      ['local media', 'The port was shelled'],
    ]);
    expect(
      candidates('We hid in the cellar, he said, asking not to use his name for fear of reprisal.'),
    ).toEqual([['he', 'We hid in the cellar']]);
    // Citing a reason is part of what is said.
    expect(
      candidates('The convoy was attacked, the monitors said, citing "clear evidence" of drone use.'),
    ).toContainEqual(['the monitors', 'citing "clear evidence" of drone use']);
  });

  it('"dismissed" attributes when a claim is dismissed, not a person', () => {
    expect(candidates('The council arrested and dismissed Omar Haddad, the head of the police.')).toEqual([]);
    expect(candidates('The governor dismissed the reports of looting.')).toEqual([
      ['The governor', 'dismissed the reports of looting'],
    ]);
    expect(candidates('The envoy dismissed the summit as "a waste of time".')).toEqual([
      ['The envoy', 'dismissed the summit as "a waste of time"'],
    ]);
  });

  it('a clause before ", he said “…”" is not the words when the verb reports a quote', () => {
    expect(candidates('Asked whether the talks would resume soon, she said “certainly”.')).toEqual([
      ['she', 'said “certainly”'],
    ]);
  });

  it('clauses joined after "said" are one thing said; after "dismissed … as", a new clause is narration', () => {
    expect(
      candidates(
        'The minister said that the guards repelled the raid, and the intruders went back to their posts.',
      ),
    ).toEqual([
      ['The minister', 'said that the guards repelled the raid, and the intruders went back to their posts'],
    ]);
    expect(candidates('The mayor said one man was killed and the other was caught fleeing.')).toEqual([
      ['The mayor', 'said one man was killed and the other was caught fleeing'],
    ]);
    expect(
      candidates('The council dismissed the offer as a ruse, and protesters have stayed in the square.'),
    ).toEqual([['The council', 'dismissed the offer as a ruse']]);
  });

  it('an agency that only carries an attributed clause is not its speaker', () => {
    expect(
      candidates('Oslo said that the raid “shows the danger of the group,” the state news agency reported.'),
    ).toEqual([['Oslo', 'said that the raid “shows the danger of the group,”']]);
    // A clause of the reporter's own words closed by the attribution stays the attribution's.
    expect(candidates('Claims that the army shelled the town are “pure lies,” the ministry said.')).toEqual([
      ['the ministry', 'Claims that the army shelled the town are “pure lies'],
    ]);
  });

  it('the outlet’s own staff report; they are not speakers', () => {
    expect(candidates('AFP verification reporters confirmed the video was filmed on Monday.')).toEqual([]);
    expect(candidates('According to the channel’s correspondent, the drones hit the depot.')).toEqual([]);
    expect(candidates('Local journalists said the guards fired first.')).toEqual([
      ['Local journalists', 'said the guards fired first'],
    ]);
  });

  it('"accused of" right after a noun describes it; "denied by X" is X’s', () => {
    expect(candidates('The camp holds fighters accused of burning the villages.')).toEqual([]);
    expect(candidates('The army blamed the rebels, a claim denied by the rebel command.')).toContainEqual([
      'the rebel command',
      'a claim denied',
    ]);
  });

  it('a participle after a determiner qualifies a noun', () => {
    expect(candidates('The rebels published a proposed plan to disarm the militias.')).toEqual([]);
  });
});

describe('a capitalised "Said" inside a name', () => {
  it('"Omar Hadi Said, and …" is a surname, not a verb', () => {
    expect(
      candidates('The dead were named as Ali Karim, Omar Hadi Said, and a man known as "Tavo."'),
    ).toEqual([]);
  });
});

describe('verbs of saying with a physical sense', () => {
  it('"slammed into" is an impact: the closing attribution keeps its clause', () => {
    expect(
      candidates('Two rockets slammed into the port on Monday, killing four people, the navy said.'),
    ).toEqual([['the navy', 'Two rockets slammed into the port on Monday, killing four people']]);
    expect(candidates('The minister slammed the decision as reckless.')).toEqual([
      ['The minister', 'slammed the decision as reckless'],
    ]);
  });

  it('"put the death toll at" gives a count; "put" otherwise says nothing', () => {
    expect(candidates('Local officials put the death toll at 25.')).toEqual([
      ['Local officials', 'put the death toll at 25'],
    ]);
    expect(candidates('Workers put the tents at the edge of the camp.')).toEqual([]);
  });
});
