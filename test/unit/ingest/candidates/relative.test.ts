import { candidates } from './found';

/** A reporting verb in a relative clause with its own subject reports that subject's words. */
describe('attributions in relative clauses', () => {
  it('"which X said …" after a comma: the clause up to its end', () => {
    expect(
      candidates(
        'Police reported a blast at the depot, which the fire brigade said had injured six workers.',
      ),
    ).toContainEqual(['the fire brigade', 'said had injured six workers']);
  });

  it('"that X says …" inside someone else\'s words: both statements, the outer one whole', () => {
    expect(
      candidates(
        'The militia said the bridge, which lies in a district that the army says it holds, was destroyed overnight.',
      ),
    ).toEqual([
      [
        'The militia',
        'said the bridge, which lies in a district that the army says it holds, was destroyed overnight',
      ],
      ['the army', 'says it holds'],
    ]);
  });

  it('a reduced relative: "an operation it said targeted …", "villagers they accuse of …"', () => {
    expect(
      candidates('The navy confirmed one death during a raid it said targeted smugglers.'),
    ).toContainEqual(['it', 'said targeted smugglers']);
    expect(
      candidates(
        'The rebels have detained farmers, mostly herders they accuse of spying for the government.',
      ),
    ).toContainEqual(['they', 'accuse of spying for the government']);
  });

  it('"who it says …": the pronoun reports, "who" is the subject of the words', () => {
    expect(
      candidates('The army said the raid killed Omar Dagan, who it says led the attack on the depot.'),
    ).toContainEqual(['it', 'says led the attack on the depot']);
    expect(
      candidates('The mayor blamed the generals, who he claimed were behind the shelling.'),
    ).toContainEqual(['he', 'claimed were behind the shelling']);
  });

  it('"which X called …" names something', () => {
    expect(
      candidates(
        'Troops crossed the river after the shelling of the port, which the governor called a war crime.',
      ),
    ).toContainEqual(['the governor', 'called a war crime']);
  });

  it('"a soldier who said …": the relative pronoun stands for the phrase before it, and the main verb still reports', () => {
    expect(candidates('A medic who said she treated the wounded said four children had died.')).toEqual([
      ['A medic', 'said she treated the wounded'],
      ['A medic', 'said four children had died'],
    ]);
  });

  it('"said in a statement that …" and "told reporters that …" open the reported words, not a relative clause', () => {
    expect(candidates('The mayor said in a statement that he would ask the army to leave.')).toEqual([
      ['The mayor', 'said in a statement that he would ask the army to leave'],
    ]);
    expect(candidates('The envoy told reporters on Monday that she warned both sides.')).toEqual([
      ['The envoy', 'told reporters on Monday that she warned both sides'],
    ]);
  });

  it('", which it said …" about the speaker\'s own words stays a gloss inside them', () => {
    expect(
      candidates('The ministry voiced concern over the raids, which it said endangered the truce.'),
    ).toEqual([['The ministry', 'voiced concern over the raids, which it said endangered the truce']]);
  });
});

/** A relative clause after a comma with its own speaker ends the words around it and is a statement of its own. */
describe('relative clauses with their own attribution after a comma', () => {
  it('", where the UN said …" ends the ministry\'s words', () => {
    expect(
      candidates(
        'The ministry said 50 people had left the plant in Tarvo, where the UN said a convoy was waiting.',
      ),
    ).toEqual([
      ['The ministry', 'said 50 people had left the plant in Tarvo'],
      ['the UN', 'said a convoy was waiting'],
    ]);
  });

  it('"…,” said lawyer Ana Ruiz, who said she counted eight dead": the relative pronoun after a comma', () => {
    expect(candidates('“It was a raid,” said lawyer Ana Ruiz, who said she counted eight dead.')).toEqual([
      ['lawyer Ana Ruiz', 'It was a raid'],
      ['lawyer Ana Ruiz', 'said she counted eight dead'],
    ]);
  });
});
