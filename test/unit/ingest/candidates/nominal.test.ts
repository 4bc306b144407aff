import { candidates } from './found';

describe('statements carried by nouns and loose participles', () => {
  it('reads a denial carried by a noun after the clause it denies', () => {
    expect(
      candidates('The depot was hit by a drone and burned, the rebels said, a claim the army denied.'),
    ).toEqual([
      ['the rebels', 'The depot was hit by a drone and burned'],
      ['the army', 'a claim the army denied'],
    ]);
  });

  it('reads a participle after a document noun, with the subject after it', () => {
    expect(
      candidates('In a statement vowing retaliation, the council said the raid killed six people.'),
    ).toEqual([
      ['the council', 'vowing retaliation'],
      ['the council', 'said the raid killed six people'],
    ]);
  });

  it('shares a subject out among "some …, others …"', () => {
    expect(
      candidates(
        'Local officials gave conflicting accounts, some blaming rebel shelling, others saying the bridge fell on its own.',
      ),
    ).toEqual([
      ['Local officials', 'blaming rebel shelling'],
      ['Local officials', 'saying the bridge fell on its own'],
    ]);
  });

  it('gives "with X denouncing …" to X and ends it where the closing attribution starts', () => {
    expect(
      candidates(
        'The bloc approved new sanctions, with the junta denouncing them as “illegal and cruel,” local media reported.',
      ),
    ).toContainEqual(['the junta', 'denouncing them as “illegal and cruel,”']);
  });

  it('reads invitations, tributes, pointing to and naming in quoted words', () => {
    expect(candidates('The envoy has sent an invitation to both leaders for talks in the capital.')).toEqual([
      ['The envoy', 'has sent an invitation to both leaders for talks in the capital'],
    ]);
    expect(candidates('The president paid tribute to the fallen soldiers.')).toEqual([
      ['The president', 'paid tribute to the fallen soldiers'],
    ]);
    expect(candidates('He pointed to shelling near the plant.')).toEqual([
      ['He', 'pointed to shelling near the plant'],
    ]);
    expect(candidates('The militia called the army’s raid a “brutal assault”.')).toEqual([
      ['The militia', 'called the army’s raid a “brutal assault”'],
    ]);
    expect(candidates('The militia called a ceasefire on Sunday.')).toEqual([]);
  });

  it('ends a dismissal where the reporter’s next clause begins', () => {
    expect(
      candidates('Rebel leaders dismissed his move as a “ruse,” and protesters have held fast.'),
    ).toEqual([['Rebel leaders', 'dismissed his move as a “ruse,”']]);
  });

  it('ends a content-first clause at an attribution followed by a reduced relative', () => {
    expect(
      candidates(
        'The army is preparing for war in the north, spokesman Tun Aung said at a briefing held by the group.',
      ),
    ).toEqual([['spokesman Tun Aung', 'The army is preparing for war in the north']]);
  });

  it('leaves out what the outlet’s own correspondent reports', () => {
    expect(candidates('An AFP correspondent said the blast took place near the village.')).toEqual([]);
    expect(
      candidates(
        'Gunfire was heard near the palace, according to an Anadolu Agency (AA) reporter in the capital.',
      ),
    ).toEqual([]);
    expect(candidates('A witness said the blast took place near the village.')).toEqual([
      ['A witness', 'said the blast took place near the village'],
    ]);
  });

  it('reads a tribute paid in quoted words and casualties recorded', () => {
    expect(candidates('The president paid ‘tribute to our fallen soldiers.’')).toEqual([
      ['The president', 'paid ‘tribute to our fallen soldiers.’'],
    ]);
    expect(candidates('The health ministry recorded four dead and 44 wounded in the raid.')).toEqual([
      ['The health ministry', 'recorded four dead and 44 wounded in the raid'],
    ]);
    expect(candidates('The band recorded an album in the capital.')).toEqual([]);
  });

  it('takes an inverted attribution whose apposition ends in a relative clause', () => {
    expect(
      candidates(
        'The envoy would be expelled “for espionage,” said Col Ana Ruiz, a member of the council that was set up by soldiers.',
      ),
    ).toEqual([['Col Ana Ruiz', 'The envoy would be expelled “for espionage']]);
  });

  it('reads a call carried by someone’s noun, up to its phrase’s end', () => {
    expect(candidates("The envoy's plea for calm went unheeded as fighting spread.")).toEqual([
      ['The envoy', 'plea for calm'],
    ]);
    expect(candidates('The council renewed its call for talks on Sunday.')).toEqual([
      ['The council', 'renewed its call for talks on Sunday'],
    ]);
  });

  it('reads "in which he asserted that …" but not the gloss "which they said"', () => {
    expect(
      candidates('The minister gave a speech in which he asserted that the army will reply if provoked.'),
    ).toEqual([['he', 'asserted that the army will reply if provoked']]);
    expect(candidates('The rebels seized the depot, which they said held weapons.')).toEqual([]);
  });
});

describe('passives with an agent', () => {
  it('"…, a claim denied by X but supported by Y": each answer is its agent\'s statement', () => {
    expect(
      candidates(
        'Lagos accuses Accra of arming the rebels, a claim denied by Accra, but supported by the United Nations, Norway and Chile.',
      ),
    ).toEqual([
      ['Lagos', 'accuses Accra of arming the rebels'],
      ['Accra', 'a claim denied'],
      ['the United Nations, Norway and Chile', 'supported'],
    ]);
  });

  it('"The plan was welcomed by X": a judging verb in the passive, from its subject to the verb', () => {
    expect(candidates('The truce plan was welcomed by al-Sadr and his allies.')).toEqual([
      ['al-Sadr and his allies', 'The truce plan was welcomed'],
    ]);
    expect(candidates('The convoy was stopped by soldiers at the border.')).toEqual([]);
    expect(candidates('The plan was rejected by a wide margin.')).toEqual([]);
  });

  it('"condemned the attack stating …": a bare participle after the object starts the same speaker\'s words', () => {
    expect(
      candidates('The envoy condemned the shelling stating he was "appalled by the loss of life."'),
    ).toEqual([
      ['The envoy', 'condemned the shelling'],
      ['The envoy', 'stating he was "appalled by the loss of life."'],
    ]);
  });
});
