import { candidates } from './found';

/** A subject that is a list of three or more parties (recall12): the whole list speaks, not its last two items. */
describe('list subjects "A, B and C said"', () => {
  it('a list before the verb is the subject whole', () => {
    expect(
      candidates(
        'The Dutch Embassy in Lima, the Red Cross office in Cusco and the regional council have condemned the looting.',
      ),
    ).toEqual([
      [
        'The Dutch Embassy in Lima, the Red Cross office in Cusco and the regional council',
        'have condemned the looting',
      ],
    ]);
  });

  it('a trailing list attribution gives the clause before the list', () => {
    expect(
      candidates(
        'A landslide buried three houses near the river, farmers, teachers and a local doctor said.',
      ),
    ).toEqual([['farmers, teachers and a local doctor', 'A landslide buried three houses near the river']]);
  });

  it('a list of places inside the words is not part of the speaker', () => {
    expect(candidates('Floods hit Lamu, Kilifi and Mombasa, officials and residents said.')).toEqual([
      ['officials and residents', 'Floods hit Lamu, Kilifi and Mombasa'],
    ]);
  });

  it('an adverbial before the subject is not a list item', () => {
    expect(candidates('On Tuesday, the union and the employers said talks would resume.')).toEqual([
      ['the union and the employers', 'said talks would resume'],
    ]);
  });
});
