import { extract } from '../knownGraph';

const said = (text: string) => extract(text).statements.map((s) => [s.speaker.id, s.text]);

describe('joint attributions', () => {
  it('give the same words to each named speaker, each a statement with its own id', () => {
    const x = extract('Nikol Pashinyan and Sergei Lavrov said the talks would resume next week.');
    expect(x.statements.map((s) => s.speaker.id).sort()).toEqual([
      'actor:nikol-pashinyan',
      'actor:sergei-lavrov',
    ]);
    expect(new Set(x.statements.map((s) => s.id)).size).toBe(2);
    expect(new Set(x.statements.map((s) => s.text)).size).toBe(1);
  });

  it('leave a reciprocal report out', () => {
    expect(said('Armenia and Azerbaijan accused each other of violating the truce.')).toEqual([]);
  });
});

describe('verb-first trailing attributions', () => {
  it('give the clause before ", said X" to X, with a reporting verb inside it', () => {
    expect(
      said('The government strongly denounces the campaign of disinformation, said Lavrov in a statement.'),
    ).toEqual([['actor:sergei-lavrov', 'The government strongly denounces the campaign of disinformation']]);
  });

  it('do not read "…, said the clashes were …" as one', () => {
    const x = said('Sergei Lavrov, who arrived on Monday, said the clashes were the worst in years.');
    expect(x).toEqual([['actor:sergei-lavrov', 'said the clashes were the worst in years']]);
  });
});

describe('indefinite descriptions', () => {
  it('introduce a new source rather than refer to an earlier actor', () => {
    const x = extract(
      'Russia said the talks had failed. An official with a local association told AFP that 20 civilians were killed.',
    );
    expect(x.statements.map((s) => s.speaker.id)).toEqual([
      'actor:russia',
      expect.stringMatching(/^actor:official-with-a-local-association-[0-9a-f]{12}$/),
    ]);
  });
});

describe('"the government"', () => {
  it('is the state last named close before it, known to the graph or not', () => {
    const x = extract(
      'Western states have accused Mali’s military-dominated government of hiring mercenaries. The government has denied the claim.',
    );
    expect(x.statements.map((s) => s.speaker.id)).toContain('actor:mali');
  });
});
