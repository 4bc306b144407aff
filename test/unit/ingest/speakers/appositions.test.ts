import { extract } from '../knownGraph';

describe('a role in apposition before the name', () => {
  it('the person speaks, however long the role before the name', () => {
    const [statement] = extract(
      'The African Union’s special representative for the Horn of Africa, Lina Marsh, said the talks would resume.',
    ).statements;
    expect(statement?.speaker).toMatchObject({ name: 'Lina Marsh', kind: 'PERSON' });
  });
});
