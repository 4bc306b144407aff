import { extract } from '../knownGraph';

describe('a record that names its author (issue 13, speakers14)', () => {
  it('"figures from X", "a statement from X": the author speaks, named by its own words', () => {
    const statements = extract(
      'At least 40 people died in the strikes, according to figures from the EU staff union. ' +
        'A statement from the Tamsa state governor’s office confirmed the attack.',
    ).statements;
    expect(statements.map((s) => [s.speaker.name, s.speaker.mention])).toEqual([
      ['EU staff union', 'the EU staff union'],
      ['Office of Tamsa', 'the Tamsa state governor’s office'],
    ]);
  });

  it('a count "compiled by" a state: the state', () => {
    const [statement] = extract(
      'The attack killed 12 people, according to a tally compiled by Armenia’s government.',
    ).statements;
    expect(statement?.speaker).toMatchObject({ name: 'Armenia', mention: 'Armenia’s government' });
  });
});
