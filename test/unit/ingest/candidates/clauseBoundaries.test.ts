import { candidates } from './found';

/** Clause boundaries that split one sentence into two statements, or give a second verb its speaker (recall8). */
describe('clause boundaries between statements', () => {
  it('"…, according to X, which announced …": the relative clause is X\'s own statement', () => {
    expect(
      candidates(
        'Two guards were hurt, according to the port authority, which announced an inquiry into the blast.',
      ),
    ).toEqual([
      ['the port authority', 'Two guards were hurt'],
      ['the port authority', 'announced an inquiry into the blast'],
    ]);
  });

  it('", which said …" runs to the end of the sentence, past commas inside the words', () => {
    expect(
      candidates(
        'The figure differs from one given by the regional council, which said that in all, four farmers were missing after the storm.',
      ),
    ).toContainEqual(['the regional council', 'said that in all, four farmers were missing after the storm']);
  });

  it('", which said …" after a document is not a second speaker: the words stay the publisher\'s', () => {
    expect(candidates('The council published a statement, which said the bridge would reopen.')).toEqual([
      ['The council', 'published a statement, which said the bridge would reopen'],
    ]);
  });

  it('"which it said" still glosses: no statement of its own', () => {
    expect(candidates('Rebels shelled the depot, which it said was empty.')).not.toContainEqual([
      expect.anything(),
      'said was empty',
    ]);
  });

  it('"…, and on several occasions voiced …": a coordinated verb after an adjunct is a second statement', () => {
    expect(
      candidates(
        'The union has firmly denied any role in the strike, and on several occasions voiced its support for the talks.',
      ),
    ).toEqual([
      ['The union', 'has firmly denied any role in the strike'],
      ['The union', 'voiced its support for the talks'],
    ]);
  });

  it('a participle opening a "that" clause after an object starts the same speaker\'s next words', () => {
    expect(
      candidates(
        'A coast guard officer denied that any boat had sunk near the harbour insisting that all crews were safe.',
      ),
    ).toEqual([
      ['A coast guard officer', 'denied that any boat had sunk near the harbour'],
      ['A coast guard officer', 'insisting that all crews were safe'],
    ]);
  });

  it('"footage showing the mayor declaring that …" is the mayor\'s, not a second statement of the publisher', () => {
    expect(
      candidates(
        'The party released footage showing the mayor Lena Otto declaring that the square would stay closed.',
      ),
    ).not.toContainEqual(['The party', 'declaring that the square would stay closed']);
  });

  it('"…,” he added, condemning …": a participle right after a quote\'s attribution is the same speaker\'s', () => {
    expect(
      candidates(
        'Whoever fired is either "a coward or a fool," the mayor added, condemning the shooting near the market.',
      ),
    ).toContainEqual(['the mayor', 'condemning the shooting near the market']);
  });
});

describe('verbs of saying from general English', () => {
  it('"affirmed that", "reasserted" report; "estimated/agreed/concluded that" report only with their clause', () => {
    expect(candidates('The league affirmed that the match would go ahead.')).toEqual([
      ['The league', 'affirmed that the match would go ahead'],
    ]);
    expect(candidates('The agency estimates that 4,000 families have fled.')).toEqual([
      ['The agency', 'estimates that 4,000 families have fled'],
    ]);
    expect(candidates('The two mayors agreed that the road should reopen.')).toEqual([
      ['The two mayors', 'agreed that the road should reopen'],
    ]);
    expect(candidates('The two mayors agreed to meet on Friday.')).toEqual([]);
    expect(candidates('Engineers estimated the damage at two million euros.')).toEqual([]);
  });

  it('"calling Saturday\'s vote a sham" names with a possessive object; "called his brother a day later" does not', () => {
    expect(
      candidates(
        '"We will not accept it," Ruiz said, calling Saturday\'s vote a sham staged by the council.',
      ),
    ).toContainEqual(['Ruiz', "calling Saturday's vote a sham staged by the council"]);
    expect(candidates("She called Omar's brother a day later.")).toEqual([]);
  });
});

describe('reactions carried by nouns, verbs beside a quote, responses by saying (recall8)', () => {
  it('"drew condemnation from X and Y": the reaction is theirs; a vague group at the end names no one', () => {
    expect(
      candidates('The raid drew sharp condemnation from Norway, Chile, and a host of aid groups.'),
    ).toEqual([['Norway, Chile', 'drew sharp condemnation from Norway, Chile']]);
    expect(candidates('The ruling drew crowds from across the region.')).toEqual([]);
  });

  it('"…,” read the statement." and "…,” Ruiz listed." attribute the quote beside them', () => {
    expect(candidates('"The bridge was hit twice in one night," read the statement.')).toEqual([
      ['the statement', 'The bridge was hit twice in one night'],
    ]);
    expect(candidates('"Four trucks were lost on the road," Ruiz listed on her channel.')).toEqual([
      ['Ruiz', 'Four trucks were lost on the road'],
    ]);
  });

  it('"responded by saying …" reports; "accused X of a provocation by encouraging …" stays one charge', () => {
    expect(
      candidates('The council responded on Monday by saying "the vote was never valid".'),
    ).toContainEqual(['The council', 'saying "the vote was never valid"']);
    expect(
      candidates(
        'Oslo accused the junta of planning a provocation by encouraging crowds to cross the bridge.',
      ),
    ).toEqual([
      ['Oslo', 'accused the junta of planning a provocation by encouraging crowds to cross the bridge'],
    ]);
  });

  it('"made it clear that …", "took responsibility for …", "declared X responsible for …"', () => {
    expect(candidates('The envoy made it clear that the deadline would not move.')).toEqual([
      ['The envoy', 'made it clear that the deadline would not move'],
    ]);
    expect(candidates('A little-known militia took responsibility for the ambush.')).toEqual([
      ['A little-known militia', 'took responsibility for the ambush'],
    ]);
    expect(candidates('The governor on Friday declared the gangs responsible for the looting.')).toEqual([
      ['The governor', 'declared the gangs responsible for the looting'],
    ]);
    expect(candidates('The team took credit cards and cash.')).toEqual([]);
  });
});

describe('passives with a speaking agent, verbs in quotation marks (recall8)', () => {
  it('"The claim was denied by the government": a lower-case agent that names a speaker', () => {
    expect(candidates('The claim was denied by the government on Monday.')).toEqual([
      ['the government on Monday', 'The claim was denied'],
    ]);
    expect(candidates('The proposal was welcomed by the crowd.')).toEqual([]);
  });

  it('"has been accused by rights groups of abuses": the agent ends at the charge', () => {
    expect(candidates('The unit has been accused by rights groups of torture.')).toEqual([
      ['rights groups', 'The unit has been accused'],
    ]);
  });

  it('"condemned the raid and “demanded” Oslo punish …": a verb in quotation marks is the reporter\'s, marked', () => {
    expect(
      candidates('The ministry condemned the raid and "demanded" Oslo punish those responsible.'),
    ).toEqual([
      ['The ministry', 'condemned the raid'],
      ['The ministry', '"demanded" Oslo punish those responsible'],
    ]);
  });
});

describe('present tenses the tagger reads as nouns, "cited X as saying" (recall8)', () => {
  it('"Oslo claims its …", "the militia claims to …", "that the rebels claim belonged …"', () => {
    expect(candidates('Oslo claims its patrol never crossed the line.')).toEqual([
      ['Oslo', 'claims its patrol never crossed the line'],
    ]);
    expect(candidates('The militia claims to protect the herders.')).toEqual([
      ['The militia', 'claims to protect the herders'],
    ]);
    expect(candidates('Police found rifles that the rebels claim belonged to the army.')).toEqual([
      ['the rebels', 'claim belonged to the army'],
    ]);
    expect(candidates('The land claims to the valley were dropped.')).toEqual([]);
    expect(candidates('The rebels claim was rejected.')).toEqual([]);
  });

  it('"the report cited witnesses as saying …": the witnesses speak', () => {
    expect(candidates('The report cited witnesses as saying the convoy was shelled.')).toEqual([
      ['witnesses', 'saying the convoy was shelled'],
    ]);
  });
});
