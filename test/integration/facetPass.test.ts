import { cypher } from '../../src/db/graph';
import { WRITE_STATEMENT_KEYS } from '../../src/db/statementKeys';
import { useSeededGraph } from '../support/fixtures';

/**
 * totalCount and the facets of a statement list come from ONE grouped pass over its members
 * (src/statements/facets.ts). These tests add a small set of statements whose counts are worked out
 * by hand below, with what a grouping can get wrong: two speakers tied on count, two actors with the
 * same name (ordered by id), a statement with two targets, an undated and a year-precise statement (in
 * no month), a statement with no source (in no outlet), a month-precise one (in its month), and
 * several parents in one query (each counts its own statements only).
 */
const seeded = useSeededGraph();

const ACTORS = [
  ['actor:fx-target-1', 'Fx Target One'],
  ['actor:fx-target-2', 'Fx Target Two'],
  ['actor:fx-alpha', 'Fx Alpha'],
  ['actor:fx-beta', 'Fx Beta'],
  ['actor:fx-zulu', 'Fx Zulu'],
  ['actor:fx-same-1', 'Fx Same'],
  ['actor:fx-same-2', 'Fx Same'],
].map(([id, name]) => ({ id, name }));

const OUTLETS = [
  { id: 'outlet:fx-one', name: 'Fx Outlet One' },
  { id: 'outlet:fx-two', name: 'Fx Outlet Two' },
];
const ARTICLES = [
  { id: 'article:fx-1', outlet: 'outlet:fx-one', published: '2021-06-10' },
  { id: 'article:fx-2', outlet: 'outlet:fx-two', published: '2021-06-11' },
  { id: 'article:fx-3', outlet: 'outlet:fx-one', published: '2021-06-12' },
];

const T1 = ['actor:fx-target-1'];
const BOTH = ['actor:fx-target-1', 'actor:fx-target-2'];
const STATEMENTS = [
  {
    id: 'statement:fx-1',
    speaker: 'actor:fx-zulu',
    stance: 'ACCUSES',
    date: '2021-03-05',
    precision: 'DAY',
    targets: BOTH,
    article: 'article:fx-1',
  },
  {
    id: 'statement:fx-2',
    speaker: 'actor:fx-zulu',
    stance: 'ACCUSES',
    date: '2021-03-20',
    precision: 'DAY',
    targets: T1,
    article: 'article:fx-1',
  },
  {
    id: 'statement:fx-3',
    speaker: 'actor:fx-alpha',
    stance: 'ACCUSES',
    date: '2021-04-01',
    precision: 'DAY',
    targets: T1,
    article: 'article:fx-2',
  },
  {
    id: 'statement:fx-4',
    speaker: 'actor:fx-alpha',
    stance: 'ACCUSES',
    date: '2021-01-01',
    precision: 'YEAR',
    targets: BOTH,
    article: 'article:fx-2',
  },
  {
    id: 'statement:fx-5',
    speaker: 'actor:fx-beta',
    stance: 'ACCUSES',
    date: null,
    precision: null,
    targets: T1,
    article: null,
  },
  {
    id: 'statement:fx-6',
    speaker: 'actor:fx-same-2',
    stance: 'ACCUSES',
    date: '2021-04-15',
    precision: 'MONTH',
    targets: T1,
    article: 'article:fx-1',
  },
  {
    id: 'statement:fx-7',
    speaker: 'actor:fx-same-1',
    stance: 'ACCUSES',
    date: '2021-05-02',
    precision: 'DAY',
    targets: T1,
    article: 'article:fx-3',
  },
  {
    id: 'statement:fx-8',
    speaker: 'actor:fx-beta',
    stance: 'DENIES',
    date: '2021-03-01',
    precision: 'DAY',
    targets: T1,
    article: 'article:fx-1',
  },
  {
    id: 'statement:fx-9',
    speaker: 'actor:fx-alpha',
    stance: 'ACCUSES',
    date: '2021-06-01',
    precision: 'DAY',
    targets: ['actor:fx-target-2'],
    article: 'article:fx-2',
  },
];

const WRITE_FIXTURE = cypher<never>(
  'facetPassFixture',
  `UNWIND $actors AS a
   MERGE (x:Actor {id: a.id}) SET x:Node, x.name = a.name, x.kind = 'STATE', x.provenance = 'CURATED'
   WITH count(*) AS actors
   UNWIND $outlets AS o
   MERGE (x:Outlet {id: o.id}) SET x.name = o.name
   WITH count(*) AS outlets
   UNWIND $articles AS row
   MATCH (o:Outlet {id: row.outlet})
   MERGE (ar:Article {id: row.id})
   SET ar:Node, ar.title = row.id, ar.text = row.id, ar.published = date(row.published)
   MERGE (ar)-[:PUBLISHED_BY]->(o)
   WITH count(*) AS articles
   UNWIND $statements AS row
   MATCH (speaker:Actor {id: row.speaker})
   MERGE (s:Statement {id: row.id})
   SET s:Node, s.text = row.id, s.stance = row.stance, s.date = date(row.date),
       s.datePrecision = row.precision, s.direct = true, s.channel = 'STATEMENT', s.provenance = 'CURATED'
   MERGE (speaker)-[:SAID]->(s)
   WITH s, row
   CALL (s, row) {
     UNWIND row.targets AS targetId
     MATCH (t:Actor {id: targetId})
     MERGE (s)-[:TARGETS]->(t)
   }
   CALL (s, row) {
     MATCH (ar:Article {id: row.article})
     MERGE (s)-[src:SOURCE]->(ar) SET src.start = 0, src.end = 1
   }
   ${WRITE_STATEMENT_KEYS}`,
);

interface Count {
  count: number;
}
interface Facets {
  stance: (Count & { stance: string })[];
  speakers: (Count & { actor: { id: string } })[];
  targets: (Count & { actor: { id: string } })[];
  outlets: (Count & { outlet: string })[];
  months: (Count & { month: string })[];
}
interface Faceted {
  totalCount: number;
  facets: Facets;
}

const FACETS = `facets {
  stance { stance count }
  speakers(first: 100) { actor { id } count }
  targets(first: 100) { actor { id } count }
  outlets { outlet count }
  months { month count }
}`;

/** [key, count] pairs, in the facet's order. */
const pairs = (facets: Facets) => ({
  stance: facets.stance.map((f) => [f.stance, f.count]),
  speakers: facets.speakers.map((f) => [f.actor.id, f.count]),
  targets: facets.targets.map((f) => [f.actor.id, f.count]),
  outlets: facets.outlets.map((f) => [f.outlet, f.count]),
  months: facets.months.map((f) => [f.month, f.count]),
});

/** Accusations against Target One: fx-1 … fx-7. */
const ACCUSING_T1 = {
  stance: [['ACCUSES', 7]],
  // 2 and 2 tied, by name; the two "Fx Same" by id.
  speakers: [
    ['actor:fx-alpha', 2],
    ['actor:fx-zulu', 2],
    ['actor:fx-beta', 1],
    ['actor:fx-same-1', 1],
    ['actor:fx-same-2', 1],
  ],
  targets: [
    ['actor:fx-target-1', 7],
    ['actor:fx-target-2', 2],
  ],
  // fx-5 has no source.
  outlets: [
    ['Fx Outlet One', 4],
    ['Fx Outlet Two', 2],
  ],
  // fx-4 is year-precise and fx-5 undated: in no month; fx-6 is month-precise.
  months: [
    ['2021-03', 2],
    ['2021-04', 2],
    ['2021-05', 1],
  ],
};

beforeAll(async () => {
  await seeded.db.graph.write(WRITE_FIXTURE, {
    actors: ACTORS,
    outlets: OUTLETS,
    articles: ARTICLES,
    statements: STATEMENTS,
  });
});

describe('totalCount and facets in one pass', () => {
  it('count a root list by hand-checked numbers, together and apart', async () => {
    const { together, totalOnly, facetsOnly, top } = await seeded.api.data<{
      together: Faceted;
      totalOnly: { totalCount: number };
      facetsOnly: { facets: Facets };
      top: { totalCount: number; facets: { speakers: (Count & { actor: { id: string } })[] } };
    }>(`{
      together: statements(stance: ACCUSES, target: "actor:fx-target-1", first: 1) { totalCount ${FACETS} }
      totalOnly: statements(stance: ACCUSES, target: "actor:fx-target-1", first: 1) { totalCount }
      facetsOnly: statements(stance: ACCUSES, target: "actor:fx-target-1", first: 1) { ${FACETS} }
      top: statements(stance: ACCUSES, target: "actor:fx-target-1", first: 1) {
        totalCount facets { speakers(first: 3) { actor { id } count } }
      }
    }`);
    expect(together.totalCount).toBe(7);
    expect(pairs(together.facets)).toEqual(ACCUSING_T1);
    expect(totalOnly.totalCount).toBe(7);
    expect(pairs(facetsOnly.facets)).toEqual(ACCUSING_T1);
    expect(top.totalCount).toBe(7);
    expect(top.facets.speakers.map((f) => [f.actor.id, f.count])).toEqual(ACCUSING_T1.speakers.slice(0, 3));
  });

  it('count the page beside them unchanged, and a filter that keeps nothing as zero', async () => {
    const { page, none } = await seeded.api.data<{
      page: Faceted & { edges: { node: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
      none: Faceted;
    }>(`{
      page: statements(stance: ACCUSES, target: "actor:fx-target-1", first: 3) {
        totalCount edges { node { id } } pageInfo { hasNextPage } ${FACETS}
      }
      none: statements(stance: CALLS_FOR, target: "actor:fx-target-1", first: 3) { totalCount ${FACETS} }
    }`);
    expect(page.edges.map((e) => e.node.id)).toEqual(['statement:fx-4', 'statement:fx-1', 'statement:fx-2']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(7);
    expect(pairs(page.facets)).toEqual(ACCUSING_T1);
    expect(none.totalCount).toBe(0);
    expect(pairs(none.facets)).toEqual({ stance: [], speakers: [], targets: [], outlets: [], months: [] });
  });

  it('count each parent of a nested list apart', async () => {
    const { t1, t2, articles } = await seeded.api.data<{
      t1: { targetedBy: Faceted };
      t2: { targetedBy: Faceted };
      articles: { edges: { node: { id: string; statements: Faceted } }[] };
    }>(`{
      t1: actor(id: "actor:fx-target-1") { targetedBy(first: 1) { totalCount ${FACETS} } }
      t2: actor(id: "actor:fx-target-2") { targetedBy(first: 1, stance: ACCUSES) { totalCount ${FACETS} } }
      articles(outlet: "Fx Outlet One") { edges { node { id statements(first: 1) { totalCount ${FACETS} } } } }
    }`);
    expect(t1.targetedBy.totalCount).toBe(8);
    expect(pairs(t1.targetedBy.facets)).toMatchObject({
      stance: [
        ['ACCUSES', 7],
        ['DENIES', 1],
      ],
      speakers: [
        ['actor:fx-alpha', 2],
        ['actor:fx-beta', 2],
        ['actor:fx-zulu', 2],
        ['actor:fx-same-1', 1],
        ['actor:fx-same-2', 1],
      ],
      months: [
        ['2021-03', 3],
        ['2021-04', 2],
        ['2021-05', 1],
      ],
    });
    expect(t2.targetedBy.totalCount).toBe(3);
    expect(pairs(t2.targetedBy.facets)).toEqual({
      stance: [['ACCUSES', 3]],
      speakers: [
        ['actor:fx-alpha', 2],
        ['actor:fx-zulu', 1],
      ],
      targets: [
        ['actor:fx-target-2', 3],
        ['actor:fx-target-1', 2],
      ],
      outlets: [
        ['Fx Outlet Two', 2],
        ['Fx Outlet One', 1],
      ],
      months: [
        ['2021-03', 1],
        ['2021-06', 1],
      ],
    });
    const byArticle = Object.fromEntries(articles.edges.map((e) => [e.node.id, e.node.statements]));
    expect(Object.keys(byArticle).sort()).toEqual(['article:fx-1', 'article:fx-3']);
    expect(byArticle['article:fx-1']?.totalCount).toBe(4);
    expect(pairs((byArticle['article:fx-1'] as Faceted).facets)).toEqual({
      stance: [
        ['ACCUSES', 3],
        ['DENIES', 1],
      ],
      speakers: [
        ['actor:fx-zulu', 2],
        ['actor:fx-beta', 1],
        ['actor:fx-same-2', 1],
      ],
      targets: [
        ['actor:fx-target-1', 4],
        ['actor:fx-target-2', 1],
      ],
      outlets: [['Fx Outlet One', 4]],
      months: [
        ['2021-03', 3],
        ['2021-04', 1],
      ],
    });
    expect(byArticle['article:fx-3']?.totalCount).toBe(1);
    expect(pairs((byArticle['article:fx-3'] as Faceted).facets)).toEqual({
      stance: [['ACCUSES', 1]],
      speakers: [['actor:fx-same-1', 1]],
      targets: [['actor:fx-target-1', 1]],
      outlets: [['Fx Outlet One', 1]],
      months: [['2021-05', 1]],
    });
  });
});
