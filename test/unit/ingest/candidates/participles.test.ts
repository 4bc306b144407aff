import { candidates } from './found';

/** Participles that carry someone's words: whose they are and where the words around them end. */
describe('participial attributions', () => {
  it('", warning that … “…”": the quote is the words of the clause the participle hangs on', () => {
    expect(
      candidates(
        'The governor urged farmers to leave the valley, warning that otherwise, “the river will take everything.”',
      ),
    ).toEqual([
      ['The governor', 'urged farmers to leave the valley'],
      ['The governor', 'the river will take everything.'],
    ]);
  });

  it('"…,” adding that “…”": the first words end with their closing mark', () => {
    expect(
      candidates('Mensah called the raid "an act of piracy," adding that "nobody will forget this day."'),
    ).toEqual([
      ['Mensah', 'called the raid "an act of piracy,"'],
      ['Mensah', 'nobody will forget this day.'],
    ]);
  });

  it('"…, a spokesman said, adding: “…”": the nearest reporting verb gives the speaker', () => {
    expect(
      candidates(
        'The convoy crossed the bridge at dawn, police spokesman Tomas Ferre said on Monday, adding: “We will escort it to the coast.”',
      ),
    ).toContainEqual(['police spokesman Tomas Ferre', 'We will escort it to the coast.']);
  });

  it('"quoted X (as) saying …": the one quoted speaks, and a clause after "but" has its own subject', () => {
    expect(
      candidates(
        'State radio quoted the health ministry as saying six people had died but one doctor, who asked not to be named, said the toll was higher.',
      ),
    ).toEqual([
      ['the health ministry', 'saying six people had died'],
      ['one doctor', 'said the toll was higher'],
    ]);
    expect(
      candidates('The charity quoted three fishermen from the island saying patrol boats had rammed them.'),
    ).toEqual([['three fishermen from the island', 'saying patrol boats had rammed them']]);
  });

  it('"said the …" opens reported words even when the tagger misses their verb; "said this week" does not', () => {
    expect(candidates('Aid workers said the second convoy fit the pattern of earlier seizures.')).toEqual([
      ['Aid workers', 'said the second convoy fit the pattern of earlier seizures'],
    ]);
    expect(candidates('The minister said this week in parliament.')).toEqual([]);
  });
});

describe('a participle the tagger read as a noun, before its object', () => {
  it('", voicing its opposition to …" continues the speaker', () => {
    expect(
      candidates('The council issued a statement on Monday, voicing its opposition to the curfew.'),
    ).toEqual([['The council', 'voicing its opposition to the curfew']]);
  });
});

describe('participles after "before"/"after", and a second participle after "and"', () => {
  it('"…,” he said before blaming …" is the same speaker\'s next statement', () => {
    expect(candidates('“We will hold the line,” he said before blaming the blockade on smugglers.')).toEqual([
      ['he', 'We will hold the line'],
      ['he', 'blaming the blockade on smugglers'],
    ]);
  });

  it('", adding that … and calling for …" is two statements', () => {
    expect(
      candidates(
        'The army said it repelled the attack, adding that two soldiers were hurt and calling for calm.',
      ),
    ).toEqual([
      ['The army', 'said it repelled the attack'],
      ['The army', 'adding that two soldiers were hurt'],
      ['The army', 'calling for calm'],
    ]);
  });

  it('participles of deeds stay out', () => {
    expect(candidates('The rebels raided the town before burning the market and killing ten.')).toEqual([]);
  });
});

describe('a participle opening the sentence', () => {
  it('"Calling for …, X warned …" is the main clause speaker\'s statement, up to its comma', () => {
    expect(
      candidates('Calling for restraint, the governor warned that the militias were regrouping.'),
    ).toEqual([
      ['the governor', 'Calling for restraint'],
      ['the governor', 'warned that the militias were regrouping'],
    ]);
    expect(candidates('Despite denying the raid, the group admitted holding two hostages.')).toContainEqual([
      'the group',
      'denying the raid',
    ]);
  });

  it('stays out with no reporting verb after it, and "Citing …" gives a reason', () => {
    expect(candidates('Promising a swift response, the army shelled the ridge.')).toEqual([]);
    expect(candidates('Citing security concerns, the ministry said the crossing would stay shut.')).toEqual([
      ['the ministry', 'said the crossing would stay shut'],
    ]);
  });
});
