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

  it('a state’s media speak for themselves; "the official website" is not officials', () => {
    expect(speakers('Five fighters were killed, according to Kenyan state television.')).toEqual([
      'Kenyan state television',
    ]);
    expect(speakers("Kenya's state media said the crossing was closed.")).toEqual(["Kenya's state media"]);
    expect(
      speakers(
        'Kenya closed the border on Monday. The official website of the port said ships were turned away.',
      ),
    ).not.toContain('Kenya');
  });

  it('"the statement released by" its issuer is the issuer’s; Türkiye is Turkey', () => {
    expect(
      speakers(
        'Kenya closed the border on Monday. The statement released by the Kenyan Foreign Ministry says the crossing will reopen.',
      ),
    ).toEqual(['Ministry of Foreign Affairs of Kenya']);
    expect(speakers('Türkiye said the crossing was closed.')).toEqual(['Turkey']);
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
    expect(said('A Georgian military source said the post was hit.')[0]?.[0]).toMatch(
      /^actor:georgian-military-source-[0-9a-f]{12}$/,
    );
  });
});

describe('seats, juntas, bodies and plain officials', () => {
  it('the Kremlin is the president’s office; a junta is the armed forces', () => {
    expect(speakers('The Kremlin said the talks were over.')).toEqual(['Kremlin']);
    expect(speakers("Kenya's junta said the curfew would end.")).toEqual(['Armed Forces of Kenya']);
  });

  it('a mission of an organization is a body of its own', () => {
    expect(speakers('The European Union mission in Kenya condemned the attack.')).toEqual([
      'European Union mission in Kenya',
    ]);
    expect(speakers('The EU border agency said 300 people crossed.')).toEqual(['EU border agency']);
    expect(speakers('European Union rights experts said the vote was unfair.')).toEqual([
      'European Union rights experts',
    ]);
    expect(speakers('A European Union panel of experts said the vote was unfair.')).toEqual([
      'European Union panel of experts',
    ]);
  });

  it('"officials said" is the state the article is about; anonymous officials are a source', () => {
    expect(
      speakers(
        'A market in the Kenyan capital was shelled on Monday, killing five Kenyan traders, officials said.',
      ),
    ).toEqual(['Kenya']);
    expect(
      speakers('Kenyan officials, speaking on condition of anonymity, said the market was shelled.'),
    ).toEqual(['Kenyan officials']);
  });

  it('an indefinite role is the person the next sentence names with it', () => {
    expect(
      speakers(
        'A Kenyan minister accused the rebels of shelling the market. ' +
          '"This is a crime," the Kenyan Minister of Trade, Laura Pineda, said.',
      ),
    ).toEqual(['Laura Pineda', 'Laura Pineda']);
  });
});

describe('roles that name a leader', () => {
  it('"the Kenyan leader" is the person introduced as head of that state, not the one beside them', () => {
    expect(
      speakers(
        'The envoy invited Kenya’s President Laura Pineda and Somalia’s Prime Minister Pablo Ortega to talks. ' +
          'The Kenyan leader said the talks were pointless.',
      ),
    ).toEqual(['Laura Pineda']);
  });
});

describe('ministries of movements the graph does not know as states', () => {
  it('are named as the seed names ministries', () => {
    expect(speakers("The Taliban's foreign ministry said the crossing was closed.")).toEqual([
      'Ministry of Foreign Affairs of the Taliban',
    ]);
    expect(speakers('The Taliban said the crossing was closed.')).toEqual(['Taliban']);
  });
});
