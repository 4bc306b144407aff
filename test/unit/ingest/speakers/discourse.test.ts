import { extract } from '../knownGraph';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

describe('a definite description resolved over the article (speakers/discourse.ts)', () => {
  it('"the head of state" is the president named in the sentence before', () => {
    expect(
      speakers(
        'Fires burned in the north of Veloria on Sunday. Velorian President Marek Holt visited the area on Monday. ' +
          'The head of state also confirmed clashes in the hills overnight.',
      ),
    ).toEqual(['Marek Holt']);
  });

  it('"the regional governor" in the lead is the governor the next sentences name', () => {
    expect(
      speakers(
        'Two people were killed in a drone strike on the port overnight, the regional governor said. ' +
          'The strike hit a warehouse. Harbour region governor Lina Marsh visited the site.',
      ),
    ).toEqual(['Lina Marsh']);
  });

  it('"the premier" is the one introduced as prime minister, in other words', () => {
    expect(
      speakers(
        'The capital was calm on Tuesday, the interim premier said. ' +
          'Schools stayed shut, according to a statement from interim Prime Minister Tomas Verhal.',
      )[0],
    ).toBe('Tomas Verhal');
  });

  it('two people with the role leave the description unresolved', () => {
    expect(
      speakers(
        'Velorian President Marek Holt met Ostrian President Lina Marsh on Monday. ' +
          'The head of state confirmed clashes in the hills overnight.',
      ),
    ).toEqual([]);
  });

  it('two armed groups named in the same sentence leave "the rebels" unresolved', () => {
    expect(
      speakers(
        'Fighters of the Veloria Popular Liberation Movement and the Ostria Liberation Front clashed on Friday. ' +
          'The rebels claimed responsibility for the attack.',
      ),
    ).toEqual([]);
  });

  it('"the organization" is the organization named before it in the sentence', () => {
    expect(
      speakers(
        'The raids were called unlawful by Coastal Rights Watch, and the organization says that arrests are continuing.',
      ),
    ).toEqual(['Coastal Rights Watch']);
  });

  it('"the rebels" is the named movement, not the state it is named after', () => {
    expect(
      speakers(
        'Soldiers were killed in Veloria on Friday in an attack by fighters of the Veloria Popular Liberation Movement. ' +
          'The army said it had sent reinforcements. The rebels claimed responsibility for the attack.',
      ),
    ).toContain('Veloria Popular Liberation Movement');
  });

  it('"the rebels" is no one when the article names no armed group', () => {
    expect(
      speakers(
        'Fighting went on near the border on Friday. The rebels claimed responsibility for the attack.',
      ),
    ).toEqual([]);
  });

  it('"the commission" is only an organization whose name has that word', () => {
    expect(
      speakers('Coastal Rights Watch visited the camps. The commission said the camps were overcrowded.'),
    ).toEqual([]);
  });

  it('"the man" is the person who spoke just before', () => {
    expect(
      speakers(
        'Shops were looted near the market overnight, a local shopkeeper said. ' +
          'The man said the police had closed the roads.',
      ),
    ).toEqual(['Local shopkeeper', 'Local shopkeeper']);
  });

  it('"the man" is no one when another person was named since the last speaker', () => {
    expect(
      speakers(
        'Shops were looted near the market overnight, a local shopkeeper said. Police chief Tomas Verhal ' +
          'visited the market on Monday. The man said the police had closed the roads.',
      ),
    ).toEqual(['Local shopkeeper']);
  });

  it('"…, it said" is the organization or state that was the subject of the sentence before', () => {
    expect(
      speakers(
        'The Veloria Ports Authority closed the harbour on Sunday. ' +
          'The smugglers were stopped by the coast guard, it said in a statement.',
      ),
    ).toEqual(['Veloria Ports Authority']);
  });

  it('"it" is no one when the sentence before opens with no organization or state', () => {
    expect(
      speakers('Heavy rain fell on Sunday. The smugglers were stopped by the coast guard, it said.'),
    ).toEqual([]);
  });
});

describe('a general noun for the body that has just spoken (speakers/discourse.ts, recall14)', () => {
  it('"the agency" is the police force that spoke in the sentence before', () => {
    expect(
      speakers(
        'The Velorian National Police said it was investigating the killing of two officers. ' +
          'The agency said a gang had ambushed the officers on Tuesday.',
      ),
    ).toEqual(['Velorian National Police', 'Velorian National Police']);
  });

  it('"the authority" after a body that told a news agency, with a noun its name lacks', () => {
    expect(
      speakers(
        'A firefight broke out on the border on Saturday, the Border Guard Service of Veloria told reporters. ' +
          'Farmers had crossed the line without warning, the authority said.',
      ),
    ).toEqual(['Border Guard Service of Veloria', 'Border Guard Service of Veloria']);
  });

  const said = (text: string) => extract(text).statements.map((s) => text.slice(s.start, s.end));

  it('"the commission" is never a ministry that spoke before', () => {
    expect(
      said(
        'The Velorian Ministry of Defence said drones were shot down overnight. ' +
          'The commission said it remained deeply concerned about the attacks.',
      ),
    ).toEqual(['said drones were shot down overnight']);
  });

  it('two bodies that spoke in the sentence before leave "the agency" unresolved', () => {
    expect(
      said(
        'Fire crews reached the port at dawn. The Coastal Rescue Service said five people were hurt, and the Harbour ' +
          'Medical Board said two of them were children. The agency said the toll could rise.',
      ),
    ).not.toContain('said the toll could rise');
  });
});
