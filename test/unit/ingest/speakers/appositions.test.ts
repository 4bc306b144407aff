import { extract } from '../knownGraph';

describe('a role in apposition before the name', () => {
  it('the person speaks, however long the role before the name', () => {
    const [statement] = extract(
      'The African Union’s special representative for the Horn of Africa, Lina Marsh, said the talks would resume.',
    ).statements;
    expect(statement?.speaker).toMatchObject({ name: 'Lina Marsh', kind: 'PERSON' });
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
