import { extract } from '../knownGraph';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

describe('"he" and "she" after a person the article introduces', () => {
  it('the person introduced by role since the last speaker, not the last speaker', () => {
    expect(
      speakers(
        'Josep Borrell said the talks would resume. The reply came on Monday from government spokeswoman ' +
          'Lina Marsh. “The talks are over,” she said.',
      ),
    ).toEqual(['Josep Borrell', 'Lina Marsh']);
  });

  it('a person in apposition to the role of an "Authority" is introduced; the Authority is no person', () => {
    expect(
      speakers(
        'The Executive Secretary of the Regional Authority for Fisheries (RAF), Marek Holt, opened the port. ' +
          '“The port is open again”, he stated.',
      ),
    ).toEqual(['Marek Holt']);
  });

  it('a lawmaker is a role that introduces a person', () => {
    expect(
      speakers(
        'Josep Borrell said the talks would resume. Opposition lawmaker Tomas Verhal visited the border ' +
          'on Friday. “We were shot at,” he said.',
      ),
    ).toEqual(['Josep Borrell', 'Tomas Verhal']);
  });

  it('a person a sentence says is a member of a body is introduced too', () => {
    expect(
      speakers(
        'Laura Pineda said the port would reopen. Marek Holt is a member of the port council. ' +
          'He said the ships would be searched.',
      ),
    ).toEqual(['Laura Pineda', 'Marek Holt']);
  });

  it('the last speaker when no one was introduced since', () => {
    expect(
      speakers(
        'Government spokeswoman Lina Marsh said the talks were over. The border stayed closed. “We will not reopen it,” she said.',
      ),
    ).toEqual(['Lina Marsh', 'Lina Marsh']);
  });

  it('"the official" is the person who spoke last, not the state', () => {
    expect(
      speakers(
        'Armenia closed the road on Monday. A senior police official said the convoy was stopped at the border. ' +
          'The official said the drivers were safe.',
      ),
    ).toEqual(['Senior police official', 'Senior police official']);
  });

  it('"It" opening a sentence is the state or organization that opened the sentence before', () => {
    const ids = (text: string) => extract(text).statements.map((s) => s.speaker.id);
    const [, second] = ids(
      'The European Union said the monitors would stay. Armenia has been at odds with its neighbour for years. ' +
        'It has accused Azerbaijan of shelling border villages.',
    );
    expect(second).toBe('actor:armenia');
    // "It's the first time …" names no one.
    expect(
      ids(
        'The European Union said the monitors would stay. Armenia has been at odds with its neighbour for years. ' +
          'It is clear that Azerbaijan shelled the villages, the mission said.',
      ),
    ).not.toContain('actor:armenia');
  });
});

describe('"it" opening a sentence', () => {
  it('is the organization the sentence before opened with as its subject, though that sentence said nothing', () => {
    expect(
      speakers(
        'Laura Pineda said the port would reopen. The Kenyan foreign ministry responded on Friday with a note. ' +
          'It added that ships would be searched.',
      ),
    ).toEqual(['Laura Pineda', 'Ministry of Foreign Affairs of Kenya']);
  });
});
