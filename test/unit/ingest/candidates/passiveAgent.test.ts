import { candidates } from './found';
import { extract } from '../knownGraph';

/** A reporting or judging verb in the passive, with its agent: the agent's statement about the subject. */
describe('passives with their agent', () => {
  it('reports in the passive ("was announced by", "was echoed by")', () => {
    expect(candidates('The curfew was announced by Mara Voss, the mayor of the port, on a visit.')).toEqual([
      ['Mara Voss', 'The curfew was announced'],
    ]);
    expect(candidates('The charge was echoed by another minister, Ivo Brandt.')).toEqual([
      ['another minister, Ivo Brandt', 'The charge was echoed'],
    ]);
  });

  it('an adverb between the auxiliary and the participle; a participle after it is the agent’s', () => {
    expect(
      candidates('The raids were also condemned by the Delta Council, stating that they broke the truce.'),
    ).toEqual([
      ['the Delta Council', 'The raids were also condemned'],
      ['the Delta Council', 'stating that they broke the truce'],
    ]);
  });

  it('"echo" reports only a claim or a call, not a sound', () => {
    expect(candidates('Gunfire echoed across the valley on Sunday.')).toEqual([]);
  });
});

describe('a participle after a passive with its agent', () => {
  it('belongs to the agent, not to the subject that suffered the act', () => {
    const [statement] = extract(
      'The shelling was condemned by the European Union, saying that civilians must never be targeted.',
    ).statements.filter((s) => s.text.startsWith('saying'));
    expect(statement?.speaker.id).toBe('actor:european-union');
  });
});

/** Settled rule 10: "an attack claimed by X" is X's statement, spanning the noun and the participle. */
describe('a reduced passive with a speaking agent', () => {
  it('spans the noun phrase and the participle, the agent speaking', () => {
    expect(candidates('Smoke rose over the depot after an attack claimed by the Norland Front.')).toEqual([
      ['the Norland Front', 'an attack claimed'],
    ]);
  });

  it('leaves the closing attribution its clause, and stops the agent before where and when', () => {
    expect(
      candidates(
        'Nine guards died in a bombing claimed by the Crimson Brigade in the town of Ostra on Monday, police said.',
      ),
    ).toEqual([
      [
        'police',
        'Nine guards died in a bombing claimed by the Crimson Brigade in the town of Ostra on Monday',
      ],
      ['the Crimson Brigade', 'a bombing claimed'],
    ]);
  });

  it('after a comma, an apposition that ends the words before it', () => {
    expect(
      candidates(
        'Villagers told the agency that the bridge had fallen, an outcome also confirmed by the Interior Ministry.',
      ),
    ).toEqual([
      ['Villagers', 'told the agency that the bridge had fallen'],
      ['the Interior Ministry', 'an outcome also confirmed'],
    ]);
  });

  it('a territory claimed, or a claim denied, is not such a statement', () => {
    expect(candidates('Fighting broke out in the valley claimed by both states.')).toEqual([]);
  });
});
