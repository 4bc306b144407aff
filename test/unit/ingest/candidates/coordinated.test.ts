import { candidates } from './found';

/** A verb coordinated with an attribution ("said and explained that …") shares its speaker. */
describe('coordinated attributions', () => {
  it('"said and explained that “…”": the second quote is the same speaker’s', () => {
    expect(
      candidates('"The convoy was ambushed," the colonel said and explained that "the roads are mined."'),
    ).toEqual([
      ['the colonel', 'The convoy was ambushed'],
      ['the colonel', 'the roads are mined.'],
    ]);
  });

  it('"said and rejected …": never a subject inside the quote before it', () => {
    expect(
      candidates('"Norland is arming the rebels," Ortega said and rejected the raids in the north.'),
    ).toEqual([
      ['Ortega', 'Norland is arming the rebels'],
      ['Ortega', 'rejected the raids in the north'],
    ]);
  });
});

/** A second verb after "and"/"but" with no subject of its own is the first attribution's speaker's. */
describe('coordinated verbs after an attribution', () => {
  it('"confirmed the raid and said …": the same speaker, two statements', () => {
    expect(
      candidates('A farmer, who asked not to be named, confirmed the raid and said he saw six trucks.'),
    ).toEqual([
      ['A farmer', 'confirmed the raid'],
      ['A farmer', 'said he saw six trucks'],
    ]);
  });

  it('", but cautioned that …" after words holding a subordinate clause', () => {
    expect(
      candidates(
        'The envoy said 40 people had died since the fighting began, but cautioned that the toll would rise.',
      ),
    ).toEqual([
      ['The envoy', 'said 40 people had died since the fighting began'],
      ['The envoy', 'cautioned that the toll would rise'],
    ]);
  });

  it('", and promised …" after a verb with an object', () => {
    expect(candidates('The navy praised the crew as heroes, and promised to rebuild the harbour.')).toEqual([
      ['The navy', 'praised the crew as heroes'],
      ['The navy', 'promised to rebuild the harbour'],
    ]);
  });
});

describe('a coordinated verb after quoted words with a verb in them', () => {
  it('"urged X to see that Y “stops its raids” and called for …": two statements', () => {
    expect(
      candidates(
        'Norland “urges” the council to act so that Kestan “stops its raids at once” and called for a meeting.',
      ),
    ).toEqual([
      ['Norland', '“urges” the council to act so that Kestan “stops its raids at once”'],
      ['Norland', 'called for a meeting'],
    ]);
  });
});

describe('"and" with no comma before a new subject', () => {
  it('opens the verb’s own clause after a clause of its own', () => {
    expect(candidates('The army shelled the town and the rebels said ten people died.')).toEqual([
      ['the rebels', 'said ten people died'],
    ]);
    expect(
      candidates('The floods have displaced many families and the Red Crescent has warned of disease.'),
    ).toEqual([['the Red Crescent', 'has warned of disease']]);
  });

  it('joins two speakers after a comma or a relative clause, or in a list', () => {
    expect(candidates('Ten shops burned in the raid, local officials and residents said.')).toEqual([
      ['local officials and residents', 'Ten shops burned in the raid'],
    ]);
    expect(candidates('The envoy, who met the rebels and the army chief, said talks would resume.')).toEqual([
      ['The envoy', 'said talks would resume'],
    ]);
    expect(candidates('Lorvia and Kestan accused each other of shelling the dam.')).toEqual([
      ['Lorvia and Kestan', 'accused each other of shelling the dam'],
    ]);
  });
});

describe('a verb coordinated with a first verb that reports nothing', () => {
  it('"as" with no verb after it is a preposition, not the second verb’s clause', () => {
    expect(
      candidates(
        'The colonel repeated the charge that the rebels used farmers as "human shields" and said the roads were mined.',
      ),
    ).toEqual([['The colonel', 'said the roads were mined']]);
  });

  it('"as" opening a clause still bounds it', () => {
    expect(candidates('The town fell as the rebels advanced and the governor said ten people died.')).toEqual(
      [['the governor', 'said ten people died']],
    );
  });
});
