import { cypher } from '../../src/db/graph';
import { useSeededGraph } from '../support/fixtures';

/** The seed graph's facts, checked directly in Neo4j (the API tests check the same through GraphQL). */
const seeded = useSeededGraph();

const CLASHES_IN = cypher<{ id: string; date: string; articles: number; respondents: string[] }>(
  'factsClashesIn',
  `MATCH (e:Event {kind: 'CLASH'})
   WHERE e.date <= date($to) AND coalesce(e.endDate, e.date) >= date($from)
   RETURN e.id AS id, e.date AS date,
          COUNT { MATCH (ar:Article)-[:MENTIONS]->(e) RETURN DISTINCT ar } AS articles,
          COLLECT { MATCH (a:Actor)-[:SAID]->(:Statement)-[:RESPONDS_TO]->(e) RETURN DISTINCT a.name } AS respondents`,
);

const clashesIn = (from: string, to: string) => seeded.db.graph.read(CLASHES_IN, { from, to });

it('holds one node for the 3 August 2022 incident, reported by UPI and RFE/RL', async () => {
  const clashes = await clashesIn('2022-08-01', '2022-08-31');
  expect(clashes).toHaveLength(1);
  expect(clashes[0]?.date).toBe('2022-08-03');
  expect(clashes[0]?.articles).toBe(2);
  expect(clashes[0]?.respondents).toEqual(
    expect.arrayContaining([
      'European Union',
      'Ministry of Foreign Affairs of Armenia',
      'Ministry of Foreign Affairs of Azerbaijan',
    ]),
  );
});

it('knows who responded to the July 2020 clashes', async () => {
  const clashes = await clashesIn('2020-07-01', '2020-07-31');
  expect(clashes).toHaveLength(1);
  expect(clashes[0]?.respondents).toEqual(
    expect.arrayContaining(['Ilham Aliyev', 'Nikol Pashinyan', 'European Union', 'Sergei Lavrov']),
  );
});

it('knows who responded to the November 2021 clashes', async () => {
  const clashes = await clashesIn('2021-11-01', '2021-11-30');
  expect(clashes).toHaveLength(1);
  expect(clashes[0]?.respondents).toEqual(
    expect.arrayContaining(['Farhan Haq', 'Charles Michel', 'Hulusi Akar']),
  );
});

const CLAIMS_OF_EVENT = cypher<{
  claimant: string;
  side: string | null;
  killed: number | null;
  wounded: number | null;
  sources: number;
}>(
  'factsClaims',
  `MATCH (c:CasualtyClaim)-[:ABOUT]->(e:Event {id: $event}), (c)-[:CLAIMED_BY]->(claimant:Actor)
   RETURN claimant.name AS claimant, head([(c)-[:SIDE]->(s) | s.name]) AS side, c.killed AS killed, c.wounded AS wounded,
          COUNT { (c)-[:SOURCE]->(:Article) } AS sources`,
);

it('records each side’s casualty claims about 1 September 2023 as claims of their makers', async () => {
  const [clash] = await clashesIn('2023-09-01', '2023-09-30');
  const claims = await seeded.db.graph.read(CLAIMS_OF_EVENT, { event: clash?.id });
  const sum = (rows: typeof claims, field: 'killed' | 'wounded') =>
    rows.reduce((n, c) => n + (c[field] ?? 0), 0);
  const armenianMod = claims.filter((c) => c.claimant === 'Ministry of Defense of Armenia');
  expect(sum(armenianMod, 'killed')).toBe(4);
  expect(sum(armenianMod, 'wounded')).toBe(1);
  expect(
    sum(
      claims.filter((c) => c.side === 'Azerbaijan'),
      'wounded',
    ),
  ).toBe(3);
});

it('keeps the Kazimov claim reported by two articles as one claim with two sources', async () => {
  const [clash] = await clashesIn('2022-08-01', '2022-08-31');
  const claims = await seeded.db.graph.read(CLAIMS_OF_EVENT, { event: clash?.id });
  const azerbaijaniDead = claims.filter((c) => c.side === 'Azerbaijan' && c.killed === 1);
  expect(azerbaijaniDead).toHaveLength(1);
  expect(azerbaijaniDead[0]?.sources).toBe(2);
});

const ACCUSERS_OF = cypher<{ name: string }>(
  'factsAccusers',
  `MATCH (a:Actor)-[:SAID]->(s:Statement {stance: 'ACCUSES'})-[:TARGETS]->(:Actor {name: $target})
   RETURN DISTINCT a.name AS name`,
);

it('knows who accused Armenia, and that Armenia did not accuse itself', async () => {
  const names = (await seeded.db.graph.read(ACCUSERS_OF, { target: 'Armenia' })).map((r) => r.name);
  expect(names).toEqual(
    expect.arrayContaining([
      'Ilham Aliyev',
      'Ministry of Foreign Affairs of Azerbaijan',
      'Ministry of Defense of Azerbaijan',
    ]),
  );
  expect(names).not.toContain('Nikol Pashinyan');
  expect(names).not.toContain('Ministry of Foreign Affairs of Armenia');
});

const STATEMENT_SPANS = cypher<{ id: string; text: string; start: number; end: number; article: string }>(
  'factsSpans',
  `MATCH (s:Statement)-[src:SOURCE]->(ar:Article)
   RETURN s.id AS id, s.text AS text, src.start AS start, src.end AS end, ar.text AS article`,
);

it('points every statement at the exact characters of its article', async () => {
  const rows = await seeded.db.graph.read(STATEMENT_SPANS);
  expect(rows.length).toBeGreaterThan(30);
  for (const row of rows) expect([row.id, row.article.slice(row.start, row.end)]).toEqual([row.id, row.text]);
});

const ACTOR_BY_ALIAS = cypher<{ name: string; kind: string }>(
  'factsAlias',
  `MATCH (a:Actor) WHERE $alias IN a.aliases RETURN a.name AS name, a.kind AS kind`,
);

it.each([
  ['Pashinian', 'Nikol Pashinyan', 'PERSON'],
  ['Haratiunian', 'Arayik Harutyunyan', 'PERSON'],
  ['Baku', 'Azerbaijan', 'STATE'],
  ['Yerevan', 'Armenia', 'STATE'],
])('resolves the spelling %p to the one node %p', async (alias, name, kind) => {
  expect(await seeded.db.graph.read(ACTOR_BY_ALIAS, { alias })).toEqual([{ name, kind }]);
});

const ROLES_OF = cypher<{ title: string; organization: string | null }>(
  'factsRoles',
  `MATCH (:Actor {name: $name})-[:HELD]->(r:Role)
   RETURN r.title AS title, head([(r)-[:OF]->(o) | o.name]) AS organization`,
);

it.each([
  ['Farhan Haq', /spokesperson/i, 'United Nations'],
  ['Charles Michel', /President of the European Council/i, 'European Council'],
])('knows the role of %p', async (name, title, organization) => {
  const roles = await seeded.db.graph.read(ROLES_OF, { name });
  expect(roles.some((r) => title.test(r.title) && r.organization === organization)).toBe(true);
});

const PLACE_CHAIN = cypher<{ chain: string[] }>(
  'factsPlaceChain',
  `MATCH p = (:Place {name: $name})-[:IN*]->(:Place {name: $country}) RETURN [n IN nodes(p) | n.name] AS chain`,
);

it.each([
  ['Sotk', 'Armenia'],
  ['Kalbajar', 'Azerbaijan'],
])('places %p inside %p', async (name, country) => {
  expect((await seeded.db.graph.read(PLACE_CHAIN, { name, country })).length).toBeGreaterThan(0);
});
