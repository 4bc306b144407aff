import { candidates } from './found';

/** Verbs that report only with the clause they introduce, and "pressed … to". */
describe('verbs that report through their clause', () => {
  it('"charged that", "mentioned that", "indicated that", "speculated that", "found evidence that"', () => {
    expect(candidates('The agency charged that smugglers brought the rockets across the river.')).toEqual([
      ['The agency', 'charged that smugglers brought the rockets across the river'],
    ]);
    expect(candidates('A neighbour speculated that the farmer had resisted arrest.')).toEqual([
      ['A neighbour', 'speculated that the farmer had resisted arrest'],
    ]);
    expect(candidates('The panel found evidence that both militias shelled the camp.')).toEqual([
      ['The panel', 'found evidence that both militias shelled the camp'],
    ]);
  });

  it('the same verbs with other complements say nothing', () => {
    expect(candidates('The court charged the two men with arson.')).toEqual([]);
    expect(candidates('Rescuers found three survivors under the rubble.')).toEqual([]);
    expect(candidates('The widow pressed charges against the guards.')).toEqual([]);
  });

  it('"pressed someone to" is a call', () => {
    expect(candidates('Coastal states have pressed the junta to free the detained sailors.')).toEqual([
      ['Coastal states', 'have pressed the junta to free the detained sailors'],
    ]);
  });
});
