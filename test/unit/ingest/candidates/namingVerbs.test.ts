import { candidates } from './found';

/** Verbs that report by naming, labelling or pressing for something, and where their words end. */
describe('naming and advocacy verbs', () => {
  it('"called the X a Y", "dubbed", "branded", "named … as": giving something a name is a statement', () => {
    expect(candidates('The governor called the blast an act of sabotage.')).toEqual([
      ['The governor', 'called the blast an act of sabotage'],
    ]);
    expect(candidates('The council later dubbed the raid a “massacre.”')).toEqual([
      ['The council', 'dubbed the raid a “massacre.”'],
    ]);
    expect(candidates('The militia named the two dead as local farmers.')).toEqual([
      ['The militia', 'named the two dead as local farmers'],
    ]);
  });

  it('calling and naming that say nothing stay out', () => {
    expect(candidates('The minister called a meeting of the cabinet.')).toEqual([]);
    expect(candidates('The operation, dubbed “Dawn,” began at night.')).toEqual([]);
    expect(candidates('The council named a new envoy to the region.')).toEqual([]);
  });

  it('"spoke out against", "are pushing for": advocacy is a statement', () => {
    expect(candidates('The bishop spoke out against the curfew.')).toEqual([
      ['The bishop', 'spoke out against the curfew'],
    ]);
    expect(
      candidates('While the envoys are pushing for a truce, the rebels have demanded a prisoner swap.'),
    ).toEqual([
      ['the envoys', 'are pushing for a truce'],
      ['the rebels', 'have demanded a prisoner swap'],
    ]);
  });

  it('", specifying that …", ", indicating there were …": participles with a clause of words', () => {
    expect(
      candidates('The navy confirmed that a drone had been shot down, indicating there were no injuries.'),
    ).toEqual([
      ['The navy', 'confirmed that a drone had been shot down'],
      ['The navy', 'indicating there were no injuries'],
    ]);
    expect(candidates('The army said it downed a drone, specifying that it fell near the dam.')).toEqual([
      ['The army', 'said it downed a drone'],
      ['The army', 'specifying that it fell near the dam'],
    ]);
    expect(candidates('The rate rose again, indicating a shift in demand.')).toEqual([]);
  });

  it('"As the agency reported, X said …": the gloss is no statement of its own', () => {
    expect(candidates('As the agency earlier reported, the envoy said that the port was mined.')).toEqual([
      ['the envoy', 'said that the port was mined'],
    ]);
  });
});
