import { extract, said } from '../knownGraph';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

describe('organs of states the graph has none for', () => {
  it('are made under the seed’s pattern and found again as "the ministry" or "the army"', () => {
    expect(
      speakers(
        'The Foreign Ministry of Kenya said the border had been violated. ' +
          'The Ministry of Foreign Affairs also said talks would resume.',
      ),
    ).toEqual(['Ministry of Foreign Affairs of Kenya', 'Ministry of Foreign Affairs of Kenya']);
    expect(
      speakers(
        'The Somali forces said in a statement that two suspects crossed the line. ' +
          '"Troops fired warning shots," the army said.',
      ),
    ).toEqual(['Armed Forces of Somalia', 'Armed Forces of Somalia']);
  });

  it('keep their own proper name, and "the government" is the state itself', () => {
    expect(speakers("Kenya's National Border Police said the crossing was closed.")).toEqual([
      "Kenya's National Border Police",
    ]);
    expect(speakers("Kenya's government said the crossing was closed.")).toEqual(['Kenya']);
  });

  it('an unnamed spokesperson of an organ speaks for the organ; a role of the state is a person', () => {
    expect(speakers('A Somali military spokesperson said the crossing was closed.')).toEqual([
      'Armed Forces of Somalia',
    ]);
    expect(
      speakers("The interior minister of Kenya's interim government said the crossing was closed."),
    ).toEqual(["interior minister of Kenya's interim government"]);
  });
});

describe('people the article introduces by role', () => {
  it('are "the minister" and "he" later, even when they have not spoken yet', () => {
    const text =
      'The talks were convened by Trade Minister Laura Pineda, who arrived on Monday. ' +
      'Delegates met for six hours. ' +
      '"We made progress," the minister said. "The next round is in May," she added.';
    expect(speakers(text)).toEqual(['Laura Pineda', 'Laura Pineda']);
  });

  it('a person named inside someone’s quote is not who "he" is', () => {
    const text =
      'Colonel Mateo Ruiz, a spokesman for the council, said the curfew would end. ' +
      '"Under the guidance of Chairman Pablo Ortega, order is returning," he added.';
    expect(speakers(text)).toEqual(['Mateo Ruiz', 'Mateo Ruiz']);
  });

  it('a role, then the name in apposition: the person speaks', () => {
    expect(
      speakers(
        'Speaking to reporters, Press Secretary for the Office of the President, Ana Flores, said the vote would go ahead.',
      ),
    ).toEqual(['Ana Flores']);
    expect(
      speakers('The spokesman for the National Guard Service Tomas Berg said the vote would go ahead.'),
    ).toEqual(['Tomas Berg']);
  });
});

describe('described sources', () => {
  it('an indefinite source stays a source whatever places its description names', () => {
    expect(speakers('Shots were fired overnight, a security source in northern Kenya said.')).toEqual([
      'Security source in northern Kenya',
    ]);
    expect(speakers('Several witnesses said the shelling lasted all night.')).toEqual(['Witnesses']);
    expect(said('A Georgian military source said the post was hit.')[0]?.[0]).toBe(
      'actor:georgian-military-source',
    );
  });
});
