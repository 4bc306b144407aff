import { candidates } from './found';

/** "<clause>, X said." — where the clause of words begins and ends, and what is no clause at all. */
describe('content-first attributions', () => {
  it('a fronted adverbial ("On Friday, …") is no clause of words: the verb reports its own', () => {
    expect(candidates('On Friday, the coastguard announced the arrests, mostly near the harbour.')).toEqual([
      ['the coastguard', 'announced the arrests, mostly near the harbour'],
    ]);
    expect(
      candidates('Earlier today, the district mayor had told reporters that the depot was on fire.'),
    ).toEqual([['the district mayor', 'had told reporters that the depot was on fire']]);
  });

  it('", the latest in …" after the attribution is the reporter\'s apposition, not more words', () => {
    expect(
      candidates(
        'Nine fishermen were killed in the raid on Sunday, the navy said on Monday, the latest in a series of raids that has emptied the coast.',
      ),
    ).toEqual([['the navy', 'Nine fishermen were killed in the raid on Sunday']]);
  });

  it('an inverted attribution with a long title, and with "warned"', () => {
    expect(
      candidates(
        'Two more rebels were possibly killed, said Joint Task Force Delta commander Brigadier General Ana Ruiz Vela.',
      ),
    ).toEqual([
      [
        'Joint Task Force Delta commander Brigadier General Ana Ruiz Vela',
        'Two more rebels were possibly killed',
      ],
    ]);
    expect(
      candidates('The offensive will go on until the border is secure, warned President Norvell.'),
    ).toEqual([['President Norvell', 'The offensive will go on until the border is secure']]);
  });

  it('a verb in a temporal clause inside the words is a statement of its own inside them', () => {
    expect(
      candidates('Troops were sent to the valley after farmers complained about the raids, the army added.'),
    ).toEqual([
      ['the army', 'Troops were sent to the valley after farmers complained about the raids'],
      ['farmers', 'complained about the raids'],
    ]);
  });

  it('a relative clause describing the speaker before the verb, and ", in an escalation …" after it', () => {
    expect(
      candidates(
        'Two clinics, both run by nuns, were looted overnight, the villagers, who fled south, said.',
      ),
    ).toEqual([['the villagers', 'Two clinics, both run by nuns, were looted overnight']]);
    expect(
      candidates('Troops shelled the ridge, witnesses said on Monday, in an escalation of the long feud.'),
    ).toEqual([['witnesses', 'Troops shelled the ridge']]);
    expect(candidates('The mayor, who toured the ward, said the clinic was safe.')).toEqual([
      ['The mayor', 'said the clinic was safe'],
    ]);
  });
});
