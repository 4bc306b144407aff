import { extract } from '../knownGraph';

const speakers = (text: string) =>
  extract(text).statements.map((s) => [s.speaker.name, s.speaker.kind, s.text] as const);
const names = (text: string) => speakers(text).map(([name]) => name);

describe('coordinated descriptions with no name (settled rule 2)', () => {
  it('an adjective alone shares the noun of the conjunct after it: one speaker each', () => {
    expect(names('Local and security sources said the village was attacked at night.')).toEqual([
      'Local sources',
      'Security sources',
    ]);
  });

  it('a described source beside a description that resolves to no one keeps its own statement', () => {
    expect(names('Farm workers and a retired judge said the bridge was blown up on Monday.')).toEqual([
      'Farm workers',
    ]);
  });

  it('officials with a nationality beside a described source: that state and the source', () => {
    expect(names('Armenian officials and a local farmer said the road was shelled.')).toEqual([
      'Armenia',
      'Local farmer',
    ]);
  });
});

describe('"the group" after a bare name nobody knew', () => {
  it('the name that spoke last is the group the description speaks of, an organization', () => {
    expect(
      speakers(
        'Velora Tanzim said in a statement that the convoy was attacked. ' +
          '"We condemn the attack," the group said.',
      ).map(([name, kind]) => [name, kind]),
    ).toEqual([
      ['Velora Tanzim', 'ORGANIZATION'],
      ['Velora Tanzim', 'ORGANIZATION'],
    ]);
  });

  it('not a person the article introduced with a role', () => {
    expect(
      names(
        'Army spokesman Dario Velkan said the post was retaken. "We hold the hill," Dario Velkan said. ' +
          '"We will return," the rebels said.',
      ),
    ).toEqual(['Dario Velkan', 'Dario Velkan']);
  });
});

describe('"the coalition" after a group described with a name or nationality', () => {
  it('the description before, named as the article names it', () => {
    expect(
      names(
        'The Kenyan-led coalition has launched strikes on the port, the agency Vasta News said. ' +
          'The coalition said it was exercising restraint.',
      ),
    ).toEqual(['Vasta News', 'Kenyan-led coalition']);
  });

  it('never a bare common noun, which would be one actor for every country', () => {
    expect(
      names('The talks failed. Armed separatists have fought the army for years. The separatists said so.'),
    ).toEqual([]);
  });
});

describe('"he" after an unnamed spokesperson (settled rule 1)', () => {
  it('the organization the spokesperson spoke for', () => {
    expect(
      names(
        'Armenia closed the road. Two posts were shelled overnight, according to the army spokesman. ' +
          'The shelling stopped at dawn, he told reporters.',
      ),
    ).toEqual(['Armed Forces of Armenia', 'Armed Forces of Armenia']);
  });
});

describe('an outlet citing an organization', () => {
  it('the cited organization speaks, the outlet delivers its words', () => {
    const [statement] = extract(
      'The Vasta News agency, citing the Armenian Foreign Ministry, said two posts were shelled.',
    ).statements;
    expect([statement?.speaker.name, statement?.via?.name]).toEqual([
      'Ministry of Foreign Affairs of Armenia',
      'Vasta News',
    ]);
  });

  it('an outlet citing unnamed sources speaks in its own name', () => {
    expect(names('The Vasta News agency, citing unnamed sources, said two posts were shelled.')).toEqual([
      'Vasta News',
    ]);
  });
});

describe('an organ named by a capitalised common noun', () => {
  it('"Police said" opening a sentence is the police of the state in the news, not a "Police" of its own', () => {
    expect(names('Armenia closed the road on Monday. Police said the posts were retaken.')).toEqual([
      'Police of Armenia',
    ]);
  });
});

describe('"officials", "the government" with nothing more', () => {
  it('the state the article is about, not the last state a sentence named', () => {
    expect(
      names(
        'Armenia closed its northern border on Monday. Armenia said two posts were shelled overnight. ' +
          'A convoy of trucks had come from Georgia. Officials said the road would reopen on Friday.',
      ),
    ).toEqual(['Armenia', 'Armenia']);
  });
});

describe('a plural description with no name and no article', () => {
  it('a source of its own, named with the state the article is about', () => {
    expect(
      names(
        'The quake hit northern Peru at dawn. Roads were shut. Schools closed. ' +
          'On Monday, relief officials said 40 houses were damaged.',
      ),
    ).toEqual(['Relief officials (Peru)']);
  });

  it('leaders or officials with a nationality are that state', () => {
    expect(names('Armenian leaders have urged the council to act.')).toEqual(['Armenia']);
  });

  it('no state in the article: no one, rather than one actor for every country', () => {
    expect(names('On Monday, relief officials said 40 houses were damaged in the north.')).toEqual([]);
  });

  it('words that count rather than describe make no source', () => {
    expect(
      names('Armenia said the road was closed. On Monday, different sources said the road was open.'),
    ).toEqual(['Armenia']);
  });
});
