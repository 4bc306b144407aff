import { extract } from '../knownGraph';

describe('a role in apposition before the name', () => {
  it("past the role's acronym and the place of the office, or with a dateline's dash before the name", () => {
    const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);
    expect(
      speakers(
        'Capital City Police Officer (CCPO), Tamsa, Karim Aziz Khan, said one police officer was killed. ' +
          'VASTA, Tamsa Region - Omar Kaya, general commander of the Free Vasta Forces (FVF), on Saturday blamed the ' +
          'army for the drone attack. Jonas Berg, a resident of Tamsa, which is close to the border, said the attack ' +
          'started at night.',
      ),
    ).toEqual(['Karim Aziz Khan', 'Omar Kaya', 'Jonas Berg']);
  });

  it('the person speaks, however long the role before the name', () => {
    const [statement] = extract(
      'The African Union’s special representative for the Horn of Africa, Lina Marsh, said the talks would resume.',
    ).statements;
    expect(statement?.speaker).toMatchObject({ name: 'Lina Marsh', kind: 'PERSON' });
  });

  it('a role of a place or a possessive role names the person after the comma, past a short complement', () => {
    const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);
    expect(
      speakers(
        'The governor of the province of Vasta in the north of Lumbria, Tomas Rell, said two bridges fell.',
      ),
    ).toEqual(['Tomas Rell']);
    expect(
      speakers(
        'Two soldiers died on Friday, said the navy’s spokesman in the south, Petra Ilves. ' +
          'A depot burned in a second raid, said the navy’s spokesman in that region, Arno Kask.',
      ),
    ).toEqual(['Petra Ilves', 'Arno Kask']);
  });
});

describe('a role that names someone introduced before or after it', () => {
  const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

  it('a description then a comma and a titled name: the person named', () => {
    expect(
      speakers(
        'The charge was echoed by another of its officials, Trade Minister Laura Pineda. ' +
          '"This is an attack on us," she said.',
      ),
    ).toEqual(['Laura Pineda', 'Laura Pineda']);
  });

  it('"the Port spokesperson" after "Port spokesperson Marek Holt": that person, not the port', () => {
    expect(
      speakers(
        'Port spokesperson Marek Holt said the ships would be searched. The Port spokesperson added that the cranes were repaired.',
      ),
    ).toEqual(['Marek Holt', 'Marek Holt']);
  });
});

describe('names with a particle', () => {
  it('keeps "al-" and "bin" inside a new person’s name, and the surname alone names them again', () => {
    const { statements, newActors } = extract(
      'Militia leader Karim al-Fadhli said the convoy was attacked. Al-Fadhli later said the road was reopened. ' +
        'Envoy Rashid bin Tamer said talks would resume.',
    );
    expect(newActors.map((a) => a.name)).toEqual(
      expect.arrayContaining(['Karim al-Fadhli', 'Rashid bin Tamer']),
    );
    expect(statements.slice(0, 2).map((s) => s.speaker.name)).toEqual(['Karim al-Fadhli', 'Karim al-Fadhli']);
  });
});

describe('a person named beside a described individual or a role (issue 13, speakers14)', () => {
  const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

  it('the name after "another witness," past a word saying what the person is, or closing the sentence', () => {
    expect(
      speakers(
        'Another witness, shopkeeper Jonas Berg, told reporters the police opened fire after the blast. ' +
          'Another witness, Petra Ilves, said heavy rain had sent people inside. ' +
          '"I saw the bodies of several people," said one witness, Arno Kask.',
      ),
    ).toEqual(['Jonas Berg', 'Petra Ilves', 'Arno Kask']);
  });

  it('a titled name after a role with its complement, and a capitalised "Witness" before a name', () => {
    expect(
      speakers(
        'The governor of the country’s Tamsa region, Colonel Tomas Rell, said that 15 bodies had been found. ' +
          'Witness Lina Marsh said there had been dozens of people in the market.',
      ),
    ).toEqual(['Tomas Rell', 'Lina Marsh']);
  });

  it('a name before its owner’s role, after the closing quotation mark', () => {
    expect(
      speakers(
        '"The regime will not escape accountability,” Karim Aziz, the front’s spokesman said on Monday.',
      ),
    ).toEqual(['Karim Aziz']);
  });
});
