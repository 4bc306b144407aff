import { extract } from '../knownGraph';

/** New organizations named by the article: the whole name, an organization, not a person or a place. */
describe('organizations the graph does not know', () => {
  const made = (text: string) => extract(text).newActors.map((a) => [a.name, a.kind] as [string, string]);

  it('keeps the head noun and the words before it', () => {
    expect(made('The Veloran Water Ministry said the dam was intact.')).toContainEqual([
      'Veloran Water Ministry',
      'ORGANIZATION',
    ]);
  });

  it('keeps a name that ends with a head noun whole, and finds it again as "the <name> <noun>"', () => {
    const { statements } = extract(
      'The Free Valley Front News Agency said the road was closed. The Free Valley agency said two bridges fell.',
    );
    expect(statements.map((s) => s.speaker.name)).toEqual([
      'Free Valley Front News Agency',
      'Free Valley Front News Agency',
    ]);
  });

  it('keeps a complement after the head, not only the place in it', () => {
    expect(made('The Spanish Consulate General in Tarvona said the road was closed.')).toContainEqual([
      'Spanish Consulate General in Tarvona',
      'ORGANIZATION',
    ]);
    expect(made('The Spanish Consulate-General in Tarvona said the road was closed.')).toContainEqual([
      'Spanish Consulate-General in Tarvona',
      'ORGANIZATION',
    ]);
    expect(
      made('Police in Dorvani in the province of East Kelmar said two officers were hurt.'),
    ).toContainEqual(['Police in Dorvani', 'ORGANIZATION']);
  });

  it('a state possessive before the name is part of it, and the organization part of the state', () => {
    const actors = extract(
      'Pakistan’s Ministry of Overseas Affairs said the visas were suspended.',
    ).newActors;
    expect(actors).toContainEqual(
      expect.objectContaining({ name: 'Ministry of Overseas Affairs of Pakistan', kind: 'ORGANIZATION' }),
    );
  });

  it('a state organ named by its function, and a person named after an organization, are left as they were', () => {
    expect(made('Pakistan’s Foreign Ministry said the visas were suspended.')).not.toContainEqual(
      expect.arrayContaining(['PERSON']),
    );
    expect(made('Security Council secretary Lina Marsh said talks would resume.')).toContainEqual([
      'Lina Marsh',
      'PERSON',
    ]);
  });
});

describe('"the Republic of …"', () => {
  it('names the state, not a new actor called "Republic"', () => {
    const x = extract('The government of the Republic of Armenia said the border would stay open.');
    expect(x.statements[0]?.speaker.id).toBe('actor:armenia');
    expect(x.newActors.map((a) => a.name)).not.toContain('Republic');
  });
});

describe('a one-word name the article uses as a group’s', () => {
  const kindOf = (text: string, name: string) => extract(text).newActors.find((a) => a.name === name)?.kind;

  it('is an organization', () => {
    expect(kindOf('Velkar fighters held the bridge. Velkar said the bridge was taken.', 'Velkar')).toBe(
      'ORGANIZATION',
    );
    expect(
      kindOf('The Velkar-run ministry reported shelling. Velkar said the bridge was taken.', 'Velkar'),
    ).toBe('ORGANIZATION');
  });

  it('a surname used on its own stays a person', () => {
    expect(kindOf('Mirov said the bridge was taken.', 'Mirov')).toBe('PERSON');
  });
});
