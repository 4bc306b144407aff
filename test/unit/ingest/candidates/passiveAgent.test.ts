import { extract } from '../knownGraph';

describe('a participle after a passive with its agent', () => {
  it('belongs to the agent, not to the subject that suffered the act', () => {
    const [statement] = extract(
      'The shelling was condemned by the European Union, saying that civilians must never be targeted.',
    ).statements.filter((s) => s.text.startsWith('saying'));
    expect(statement?.speaker.id).toBe('actor:european-union');
  });
});
