import { cypher } from '../../src/db/graph';
import { useSeededGraph } from '../support/fixtures';

/**
 * The analysts' fields (issue 11): facets on every statement list, targetIn, claims, places and
 * contested incidents. Expected answers are worked out here from other fields of the same API (every
 * statement, listed in full), so each facet is checked against an independent grouping by hand.
 */
const seeded = useSeededGraph();

type Edges<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};
interface Count {
  count: number;
}
interface Facets {
  stance: (Count & { stance: string })[];
  speakers: (Count & { actor: { id: string; name: string } })[];
  targets: (Count & { actor: { id: string; name: string } })[];
  outlets: (Count & { outlet: string })[];
  months: (Count & { month: string })[];
}
interface FacetedStatement {
  id: string;
  stance: string;
  date: string | null;
  datePrecision: string | null;
  speaker: { id: string; name: string };
  targets: { id: string; name: string }[];
  source: { article: { outlet: string | null } };
}

const FACETS = `facets {
  stance { stance count }
  speakers(first: 100) { actor { id name } count }
  targets(first: 100) { actor { id name } count }
  outlets { outlet count }
  months { month count }
}`;
const STATEMENT =
  'id stance date datePrecision speaker { id name } targets { id name } source { article { outlet } }';

/** Groups by key, largest count first, ties by name: what a facet must say about `statements`. */
function tally(keys: (string | null)[], byName = true): { key: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const key of keys) if (key !== null) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => (byName ? b.count - a.count : 0) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function expectFacetsOf(facets: Facets, statements: FacetedStatement[]): void {
  const names = new Map(statements.flatMap((s) => [s.speaker, ...s.targets]).map((a) => [a.id, a.name]));
  const byActor = (ids: string[]) =>
    tally(ids.map((id) => names.get(id) ?? id)).map(({ key, count }) => ({ name: key, count }));
  expect(facets.stance.map((f) => ({ key: f.stance, count: f.count }))).toEqual(
    tally(statements.map((s) => s.stance)),
  );
  expect(facets.speakers.map((f) => ({ name: f.actor.name, count: f.count }))).toEqual(
    byActor(statements.map((s) => s.speaker.id)),
  );
  expect(facets.targets.map((f) => ({ name: f.actor.name, count: f.count }))).toEqual(
    byActor(statements.flatMap((s) => s.targets.map((t) => t.id))),
  );
  expect(facets.outlets.map((f) => ({ key: f.outlet, count: f.count }))).toEqual(
    tally(statements.map((s) => s.source.article.outlet)),
  );
  const months = statements.map((s) => (s.date && s.datePrecision !== 'YEAR' ? s.date.slice(0, 7) : null));
  expect(facets.months.map((f) => ({ key: f.month, count: f.count }))).toEqual(tally(months, false));
}

describe('statement facets', () => {
  it('count the whole filtered set of Query.statements, not the page', async () => {
    const { all } = await seeded.api.data<{ all: Edges<FacetedStatement> }>(
      `{ all: statements(first: 100) { totalCount edges { node { ${STATEMENT} } } } }`,
    );
    const statements = all.edges.map((e) => e.node);
    expect(statements).toHaveLength(all.totalCount);

    const { page } = await seeded.api.data<{ page: Edges<unknown> & { facets: Facets } }>(
      `{ page: statements(first: 1) { totalCount edges { node { id } } ${FACETS} } }`,
    );
    expect(page.edges).toHaveLength(1);
    expectFacetsOf(page.facets, statements);
    expect(page.facets.stance.reduce((sum, f) => sum + f.count, 0)).toBe(page.totalCount);
    expect(page.facets.months.map((m) => m.month)).toEqual(
      expect.arrayContaining(['2020-07', '2021-11', '2022-08', '2023-09']),
    );
    expect(page.facets.outlets[0]?.outlet).toBe('RFE/RL');
  });

  it.each([
    ['a target and a stance', '(target: "actor:azerbaijan", stance: ACCUSES'],
    ['targetIn', '(targetIn: "actor:azerbaijan"'],
    ['speakerIn and a date range', '(speakerIn: "actor:armenia", from: "2020-07-01", to: "2021-12-31"'],
    ['an outlet', '(outlet: "UPI"'],
    ['a text search', '(search: "ceasefire"'],
  ])('follow the list filters: %s', async (_what, args) => {
    const { all, page } = await seeded.api.data<{
      all: Edges<FacetedStatement>;
      page: Edges<unknown> & { facets: Facets };
    }>(
      `{ all: statements${args}, first: 100) { totalCount edges { node { ${STATEMENT} } } }
         page: statements${args}, first: 1) { totalCount ${FACETS} } }`,
    );
    expect(page.totalCount).toBe(all.totalCount);
    expectFacetsOf(
      page.facets,
      all.edges.map((e) => e.node),
    );
  });

  it('exist on Actor.statements, Actor.targetedBy and Article.statements', async () => {
    type Faceted = { totalCount: number; facets: Facets };
    type All = { edges: { node: FacetedStatement }[] };
    const { actors, articles } = await seeded.api.data<{
      actors: { edges: { node: { statements: Faceted; all: All; targetedBy: Faceted; accusedBy: All } }[] };
      articles: { edges: { node: { statements: Faceted; all: All } }[] };
    }>(`{
      actors(first: 8) { edges { node {
        statements(first: 1) { totalCount ${FACETS} }
        all: statements(first: 100) { edges { node { ${STATEMENT} } } }
        targetedBy(first: 1, stance: ACCUSES) { totalCount ${FACETS} }
        accusedBy: targetedBy(first: 100, stance: ACCUSES) { edges { node { ${STATEMENT} } } }
      } } }
      articles(first: 5) { edges { node {
        statements(first: 2) { totalCount ${FACETS} }
        all: statements(first: 100) { edges { node { ${STATEMENT} } } }
      } } }
    }`);
    for (const { node } of actors.edges) {
      expectFacetsOf(
        node.statements.facets,
        node.all.edges.map((e) => e.node),
      );
      expectFacetsOf(
        node.targetedBy.facets,
        node.accusedBy.edges.map((e) => e.node),
      );
    }
    expect(articles.edges).toHaveLength(5);
    for (const { node } of articles.edges) {
      expectFacetsOf(
        node.statements.facets,
        node.all.edges.map((e) => e.node),
      );
      expect(node.statements.facets.outlets.length).toBeLessThanOrEqual(1);
    }
    expect(articles.edges.some((e) => e.node.statements.totalCount > 0)).toBe(true);
  });

  it('of nested lists cost one query per facet and level, however many parents', async () => {
    const query = (first: number) => `{
      actors(first: ${first}) { edges { node {
        statements(first: 1) { ${FACETS} }
        targetedBy(first: 1, stance: ACCUSES) { ${FACETS} }
      } } }
    }`;
    const small = await seeded.api.run(query(2));
    const large = await seeded.api.run(query(40));
    expect(small.errors).toBeNull();
    expect(large.errors).toBeNull();
    expect(large.roundTrips).toBe(small.roundTrips);
    // the actors page, two statement pages, and five facets for each of the two lists
    expect(large.roundTrips).toBe(13);
  });

  it('cut speakers and targets at first, keeping the largest', async () => {
    const { statements } = await seeded.api.data<{ statements: { facets: Facets } }>(
      '{ statements(first: 1) { facets { speakers(first: 2) { actor { name } count } targets { count } } } }',
    );
    expect(statements.facets.speakers).toHaveLength(2);
    expect(statements.facets.speakers[0]?.count).toBeGreaterThanOrEqual(
      statements.facets.speakers[1]?.count ?? 0,
    );
    expect(statements.facets.targets.length).toBeLessThanOrEqual(10);
  });

  it('answer an empty set with empty facets', async () => {
    const { statements } = await seeded.api.data<{ statements: { totalCount: number; facets: Facets } }>(
      `{ statements(target: "actor:no-such-actor", first: 5) { totalCount ${FACETS} } }`,
    );
    expect(statements.totalCount).toBe(0);
    expect(statements.facets).toEqual({ stance: [], speakers: [], targets: [], outlets: [], months: [] });
  });
});

describe('targetIn', () => {
  it('keeps what target keeps, and statements against the bodies and officials of the actor', async () => {
    const { direct, wide, armenian } = await seeded.api.data<{
      direct: Edges<{ id: string }>;
      wide: Edges<{ id: string; targets: { id: string; partOf: { id: string } | null }[] }>;
      armenian: Edges<{ id: string }>;
    }>(
      `{ direct: statements(target: "actor:armenia", first: 100) { totalCount edges { node { id } } }
         wide: statements(targetIn: "actor:armenia", first: 100) { totalCount edges { node { id targets { id partOf { id } } } } }
         armenian: statements(speakerIn: "actor:armenia", first: 100) { totalCount edges { node { id } } } }`,
    );
    const wideIds = wide.edges.map((e) => e.node.id);
    expect(wideIds).toEqual(expect.arrayContaining(direct.edges.map((e) => e.node.id)));
    expect(wide.totalCount).toBe(wideIds.length);
    // Every statement kept targets Armenia, a part of it, or someone holding a role in one of those.
    const { actors } = await seeded.api.data<{
      actors: Edges<{
        id: string;
        partOf: { id: string } | null;
        roles: { organization: { id: string; partOf: { id: string } | null } | null }[];
      }>;
    }>(
      '{ actors(first: 100) { edges { node { id partOf { id } roles { organization { id partOf { id } } } } } } }',
    );
    const ofArmenia = new Set(
      actors.edges
        .map((e) => e.node)
        .filter(
          (a) =>
            a.id === 'actor:armenia' ||
            a.partOf?.id === 'actor:armenia' ||
            a.roles.some(
              (r) => r.organization?.id === 'actor:armenia' || r.organization?.partOf?.id === 'actor:armenia',
            ),
        )
        .map((a) => a.id),
    );
    expect(ofArmenia.size).toBeGreaterThan(3);
    for (const { node } of wide.edges) expect(node.targets.some((t) => ofArmenia.has(t.id))).toBe(true);
    expect(armenian.totalCount).toBeGreaterThan(0);
  });

  it('combines with the other filters and pages', async () => {
    const first = await seeded.api.data<{ statements: Edges<{ id: string; stance: string }> }>(
      '{ statements(targetIn: "actor:azerbaijan", stance: ACCUSES, first: 2) { totalCount edges { node { id stance } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.statements.edges.every((e) => e.node.stance === 'ACCUSES')).toBe(true);
    const rest = await seeded.api.data<{ statements: Edges<{ id: string }> }>(
      'query($after: String) { statements(targetIn: "actor:azerbaijan", stance: ACCUSES, first: 100, after: $after) { edges { node { id } } } }',
      { after: first.statements.pageInfo.endCursor },
    );
    const ids = [...first.statements.edges, ...rest.statements.edges].map((e) => e.node.id);
    expect(new Set(ids).size).toBe(first.statements.totalCount);
  });

  it('keeps nothing for an unknown actor', async () => {
    const { statements } = await seeded.api.data<{ statements: { totalCount: number } }>(
      '{ statements(targetIn: "actor:nobody", first: 5) { totalCount } }',
    );
    expect(statements.totalCount).toBe(0);
  });
});

interface Claim {
  id: string;
  claimant: { id: string; name: string };
  side: { id: string } | null;
  killed: number | null;
  event: { id: string; date: string; endDate: string | null };
}
const CLAIM = 'id claimant { id name } side { id } killed event { id date endDate }';

describe('claims', () => {
  async function allClaims(): Promise<Claim[]> {
    const { claims } = await seeded.api.data<{ claims: Edges<Claim> }>(
      `{ claims(first: 100) { totalCount edges { node { ${CLAIM} } } } }`,
    );
    expect(claims.edges).toHaveLength(claims.totalCount);
    return claims.edges.map((e) => e.node);
  }

  it('lists every claim once, by event date then claimant, the same as the events hold them', async () => {
    const claims = await allClaims();
    const { events } = await seeded.api.data<{ events: Edges<{ casualtyClaims: { id: string }[] }> }>(
      '{ events(first: 100) { edges { node { casualtyClaims { id } } } } }',
    );
    const viaEvents = events.edges.flatMap((e) => e.node.casualtyClaims.map((c) => c.id));
    expect(claims.map((c) => c.id).sort()).toEqual([...new Set(viaEvents)].sort());
    const keys = claims.map((c) => [c.event.date, c.claimant.name]);
    expect(keys).toEqual([...keys].sort((a, b) => (a[0] + ' ' + a[1] < b[0] + ' ' + b[1] ? -1 : 1)));
  });

  it('filters by event, claimant, side and a date range that overlaps the event', async () => {
    const claims = await allClaims();
    const sample = claims.find((c) => c.side) ?? claims[0];
    if (!sample) throw new Error('the seed graph has casualty claims');
    const cases: [string, Record<string, string>, (c: Claim) => boolean][] = [
      ['event', { event: sample.event.id }, (c) => c.event.id === sample.event.id],
      ['claimant', { claimant: sample.claimant.id }, (c) => c.claimant.id === sample.claimant.id],
      ['side', { side: sample.side?.id ?? '' }, (c) => c.side?.id === sample.side?.id],
      [
        'range',
        { from: '2023-09-01', to: '2023-09-30' },
        (c) => (c.event.endDate ?? c.event.date) >= '2023-09-01' && c.event.date <= '2023-09-30',
      ],
      [
        'everything',
        {
          event: sample.event.id,
          claimant: sample.claimant.id,
          from: sample.event.date,
          to: sample.event.date,
        },
        (c) => c.event.id === sample.event.id && c.claimant.id === sample.claimant.id,
      ],
    ];
    for (const [, filters, keep] of cases) {
      const { claims: filtered } = await seeded.api.data<{ claims: Edges<Claim> }>(
        `query($event: ID, $claimant: ID, $side: ID, $from: Date, $to: Date) {
           claims(event: $event, claimant: $claimant, side: $side, from: $from, to: $to, first: 100) {
             totalCount edges { node { ${CLAIM} } } } }`,
        filters,
      );
      const expected = claims.filter(keep).map((c) => c.id);
      expect(expected.length).toBeGreaterThan(0);
      expect(filtered.edges.map((e) => e.node.id)).toEqual(expected);
      expect(filtered.totalCount).toBe(expected.length);
    }
  });

  it("spread each side's figures: lowest and highest claimed, over the whole filtered set", async () => {
    type Spread = { lowest: number; highest: number; claims: number } | null;
    type Row = {
      side: { id: string } | null;
      claimCount: number;
      claimants: { name: string }[];
      killed: Spread;
      wounded: Spread;
    };
    const full = `totalCount bySide { side { id } claimCount claimants { name } killed { lowest highest claims } wounded { lowest highest claims } }
      edges { node { id side { id } claimant { name } killed wounded } }`;
    type Answer = Edges<Claim & { wounded: number | null }> & { bySide: Row[] };
    for (const args of [
      'first: 1',
      'first: 1, from: "2023-09-01", to: "2023-09-30"',
      'first: 1, side: "actor:azerbaijan"',
    ]) {
      const { page, all } = await seeded.api.data<{ page: Answer; all: Answer }>(
        `{ page: claims(${args}) { ${full} } all: claims(${args.replace('first: 1', 'first: 100')}) { ${full} } }`,
      );
      expect(page.bySide).toEqual(all.bySide);
      const claims = all.edges.map((e) => e.node);
      const sides = [...new Set(claims.map((c) => c.side?.id ?? null))];
      expect(page.bySide.map((r) => r.side?.id ?? null).sort()).toEqual([...sides].sort());
      expect(page.bySide.reduce((n, r) => n + r.claimCount, 0)).toBe(all.totalCount);
      for (const row of page.bySide) {
        const mine = claims.filter((c) => (c.side?.id ?? null) === (row.side?.id ?? null));
        const spreadOf = (figures: (number | null)[]): Spread => {
          const given = figures.filter((f): f is number => f !== null);
          return given.length
            ? { lowest: Math.min(...given), highest: Math.max(...given), claims: given.length }
            : null;
        };
        expect(row.claimCount).toBe(mine.length);
        expect(row.killed).toEqual(spreadOf(mine.map((c) => c.killed)));
        expect(row.wounded).toEqual(spreadOf(mine.map((c) => c.wounded)));
        const names = [...new Set(mine.map((c) => c.claimant.name))].sort();
        expect(row.claimants.map((c) => c.name)).toEqual(names);
      }
      const counts = page.bySide.map((r) => r.claimCount);
      expect(counts).toEqual([...counts].sort((x, y) => y - x));
    }
  });

  it('pages with cursors without repeats', async () => {
    const claims = await allClaims();
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: { claims: Edges<{ id: string }> } = await seeded.api.data(
        'query($after: String) { claims(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...page.claims.edges.map((e) => e.node.id));
      after = page.claims.pageInfo.hasNextPage ? page.claims.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(claims.map((c) => c.id));
  });
});

describe('places', () => {
  it('lists places by name with paging and a count', async () => {
    const first = await seeded.api.data<{ places: Edges<{ name: string }> }>(
      '{ places(first: 3) { totalCount edges { node { name } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.places.pageInfo.hasNextPage).toBe(true);
    const rest = await seeded.api.data<{ places: Edges<{ name: string }> }>(
      'query($after: String) { places(first: 100, after: $after) { edges { node { name } } pageInfo { hasNextPage } } }',
      { after: first.places.pageInfo.endCursor },
    );
    const names = [...first.places.edges, ...rest.places.edges].map((e) => e.node.name);
    expect(names).toHaveLength(first.places.totalCount);
    expect(names).toEqual([...names].sort());
    expect(names).toEqual(expect.arrayContaining(['Nagorno-Karabakh', 'Lachin corridor', 'Sotk', 'Norabak']));
  });

  it('searches names and aliases, spelling variants included, best match first', async () => {
    const { places } = await seeded.api.data<{ places: Edges<{ name: string; aliases: string[] }> }>(
      '{ places(search: "Kalbacar", first: 3) { totalCount edges { node { name aliases } } } }',
    );
    expect(places.edges[0]?.node.name).toBe('Kalbajar');
    expect(places.totalCount).toBeGreaterThanOrEqual(1);
    const { exact } = await seeded.api.data<{ exact: Edges<{ name: string }> }>(
      '{ exact: places(search: "Lachin corridor", first: 1) { edges { node { name } } } }',
    );
    expect(exact.edges[0]?.node.name).toBe('Lachin corridor');
  });
});

describe('contested', () => {
  it('is true where two states accused each other and false where only one side accused', async () => {
    const { events } = await seeded.api.data<{
      events: Edges<{ title: string; date: string; contested: boolean }>;
    }>('{ events(first: 100) { edges { node { title date kind contested } } } }');
    const on = (date: string, kind: RegExp) =>
      events.edges
        .filter((e) => e.node.date === date && kind.test(e.node.title))
        .map((e) => e.node.contested);
    expect(on('2022-08-03', /Lachin/)).toEqual([true]);
    expect(on('2023-09-01', /clashes/)).toEqual([false]);
    expect(on('2022-08-03', /Telephone/)).toEqual([false]);
  });

  it('filters the events list: contested incidents only, or the others', async () => {
    const { all, yes, no } = await seeded.api.data<
      Record<'all' | 'yes' | 'no', Edges<{ id: string; contested: boolean }>>
    >(
      `{ all: events(first: 100) { totalCount edges { node { id contested } } }
         yes: events(contested: true, first: 100) { totalCount edges { node { id contested } } }
         no: events(contested: false, kind: CLASH, first: 100) { totalCount edges { node { id contested } } } }`,
    );
    const contested = all.edges.filter((e) => e.node.contested).map((e) => e.node.id);
    expect(contested.length).toBeGreaterThan(0);
    expect(yes.edges.map((e) => e.node.id)).toEqual(contested);
    expect(yes.totalCount).toBe(contested.length);
    expect(no.edges.every((e) => !e.node.contested)).toBe(true);
    expect(no.totalCount).toBeGreaterThan(0);
  });

  it('is read from the graph: states, their parts and office holders, whatever their names', async () => {
    // Two made-up states, each with a ministry and an official holding a role in that ministry.
    await seeded.db.graph.write(
      cypher<never>(
        'testContestedFixture',
        `UNWIND ['north', 'south'] AS side
         MERGE (st:Actor:Node {id: 'actor:test-' + side}) SET st.name = 'Test ' + side, st.kind = 'STATE'
         MERGE (m:Actor:Node {id: 'actor:test-' + side + '-ministry'}) SET m.name = 'Ministry ' + side, m.kind = 'ORGANIZATION'
         MERGE (m)-[:PART_OF]->(st)
         MERGE (p:Actor:Node {id: 'actor:test-' + side + '-official'}) SET p.name = 'Official ' + side, p.kind = 'PERSON'
         MERGE (p)-[:HELD]->(r:Role:Node {id: 'role:test-' + side})-[:OF]->(m)
         WITH collect(side) AS sides
         UNWIND [['one', 'north-official', 'south-ministry'], ['one', 'south', 'north-official'],
                 ['two', 'north', 'south'], ['two', 'north-ministry', 'north'],
                 ['three', 'south', 'north-ministry'], ['three', 'south-official', 'north-official']] AS row
         MERGE (e:Event:Node {id: 'event:test-' + row[0]}) SET e.title = 'Test ' + row[0], e.kind = 'CLASH'
         CREATE (s:Statement:Node {id: 'statement:test-' + row[0] + '-' + row[1] + '-' + row[2], stance: 'ACCUSES', text: 'x'})
         WITH e, s, row
         MATCH (sp:Actor {id: 'actor:test-' + row[1]}), (t:Actor {id: 'actor:test-' + row[2]})
         CREATE (sp)-[:SAID]->(s)-[:RESPONDS_TO]->(e), (s)-[:TARGETS]->(t)`,
      ),
    );
    // Three accused each other (an official and a state against the other's ministry and official);
    // two only had one state accuse the other and itself; three had one side accuse twice.
    const { one, two, three } = await seeded.api.data<
      Record<'one' | 'two' | 'three', { contested: boolean }>
    >(
      '{ one: event(id: "event:test-one") { contested } two: event(id: "event:test-two") { contested } three: event(id: "event:test-three") { contested } }',
    );
    expect(one.contested).toBe(true);
    expect(two.contested).toBe(false);
    expect(three.contested).toBe(false);
    const { events } = await seeded.api.data<{ events: Edges<{ id: string }> }>(
      '{ events(contested: true, kind: CLASH, first: 100) { edges { node { id } } } }',
    );
    expect(events.edges.map((e) => e.node.id)).toContain('event:test-one');
    expect(events.edges.map((e) => e.node.id)).not.toContain('event:test-two');
  });
});

describe('search', () => {
  const HITS = `query($text: String!) { search(text: $text, first: 100) {
    __typename
    ... on Article { id text }
    ... on Statement { id text }
    ... on Event { id title }
  } }`;
  type Hit = { __typename: string; id?: string; text?: string; title?: string };

  it('"ceasefire" and "cease-fire" find each other everywhere, articles too, and nothing else', async () => {
    const { articles } = await seeded.api.data<{ articles: Edges<{ id: string; text: string }> }>(
      '{ articles(first: 100) { edges { node { id text } } } }',
    );
    const writing = (re: RegExp) => articles.edges.filter((e) => re.test(e.node.text)).map((e) => e.node.id);
    // The seed articles are split between the spellings, so each query must bridge to the other.
    expect(writing(/ceasefire/i).length).toBeGreaterThan(0);
    expect(writing(/cease-fire/i).length).toBeGreaterThan(0);
    const expected = writing(/cease-?fire/i).sort();
    for (const text of ['ceasefire', 'cease-fire', 'Cease-Fire']) {
      const { search } = await seeded.api.data<{ search: Hit[] }>(HITS, { text });
      const ids = (type: string) =>
        search
          .filter((h) => h.__typename === type)
          .map((h) => h.id)
          .sort();
      expect(ids('Article')).toEqual(expected);
      for (const hit of search.filter((h) => h.__typename !== 'Article'))
        expect(hit.text ?? hit.title).toMatch(/cease[- ]?fire/i);
      expect(ids('Statement').length).toBeGreaterThan(0);
    }
    const lists = await seeded.api.data<Record<'a' | 'b', Edges<{ id: string }>>>(
      `{ a: statements(search: "ceasefire", first: 100) { totalCount edges { node { id } } }
         b: statements(search: "cease-fire", first: 100) { totalCount edges { node { id } } } }`,
    );
    expect(lists.a.edges.map((e) => e.node.id).sort()).toEqual(lists.b.edges.map((e) => e.node.id).sort());
  });

  it('keeps fuzzy matches for long words only, and ranks the exact spelling first', async () => {
    const { pashinian, kalbacar, peace } = await seeded.api.data<{
      pashinian: Edges<{ name: string }>;
      kalbacar: { __typename: string; name?: string }[];
      peace: { __typename: string; text?: string }[];
    }>(
      `{ pashinian: actors(search: "Pashinian", first: 5) { edges { node { name } } }
         kalbacar: search(text: "Kalbacar", first: 5) { __typename ... on Place { name } }
         peace: search(text: "cease", first: 100) { __typename ... on Statement { text } } }`,
    );
    expect(pashinian.edges[0]?.node.name).toBe('Nikol Pashinyan');
    expect(kalbacar[0]?.name).toBe('Kalbajar');
    // "peace" is two edits from "cease": a 5-letter word tolerates one, so no "peace" statement comes back.
    const statements = peace.filter((h) => h.__typename === 'Statement');
    expect(statements.length).toBeGreaterThan(0);
    for (const hit of statements) expect(hit.text).toMatch(/cease/i);
  });

  it('knows the capital of every state in the graph as an alias of that state', async () => {
    const { states } = await seeded.api.data<{ states: Edges<{ name: string; aliases: string[] }> }>(
      '{ states: actors(kind: STATE, first: 100) { edges { node { name aliases } } } }',
    );
    const byName = new Map(states.edges.map((e) => [e.node.name, e.node.aliases]));
    for (const [state, capital] of [
      ['Armenia', 'Yerevan'],
      ['Azerbaijan', 'Baku'],
      ['Russia', 'Moscow'],
      ['Turkey', 'Ankara'],
      ['United States', 'Washington'],
      ['France', 'Paris'],
    ] as const) {
      expect(byName.get(state)).toContain(capital);
      const { actors } = await seeded.api.data<{ actors: Edges<{ name: string }> }>(
        'query($q: String!) { actors(search: $q, first: 1) { edges { node { name } } } }',
        { q: capital },
      );
      expect(actors.edges[0]?.node.name).toBe(state);
    }
    expect(byName.size).toBe(states.edges.length);
  });
});

describe('paths', () => {
  type PathAnswer = { length: number; relationships: string[]; nodes: { id: string }[] };
  const PATH = 'length relationships nodes { id }';
  const ends = { from: 'actor:sergei-lavrov', to: 'actor:nikol-pashinyan' };
  const ids = (p: PathAnswer) => p.nodes.map((n) => n.id);

  it('returns every equally short path, stably ordered, the first matching path', async () => {
    const { path, paths } = await seeded.api.data<{ path: PathAnswer; paths: PathAnswer[] }>(
      `query($from: ID!, $to: ID!) { path(from: $from, to: $to) { ${PATH} } paths(from: $from, to: $to, first: 100) { ${PATH} } }`,
      ends,
    );
    expect(paths.length).toBeGreaterThan(1);
    const keys = paths.map((p) => ids(p).join(' '));
    expect(new Set(keys).size).toBe(paths.length);
    for (const p of paths) {
      expect(p.length).toBe(path.length);
      expect(p.nodes).toHaveLength(p.length + 1);
      expect(p.relationships).toHaveLength(p.length);
      expect(ids(p)[0]).toBe(ends.from);
      expect(ids(p).at(-1)).toBe(ends.to);
    }
    const again = await seeded.api.data<{ paths: PathAnswer[] }>(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 2) { ${PATH} } }`,
      ends,
    );
    expect(again.paths.map((p) => ids(p).join(' '))).toEqual(keys.slice(0, 2));
  });

  it('avoids hub nodes and kinds of link on request', async () => {
    const plain = await seeded.api.data<{ paths: PathAnswer[] }>(
      `query($from: ID!, $to: ID!) { paths(from: $from, to: $to, first: 100) { ${PATH} } }`,
      ends,
    );
    const hub = 'event:nagorno-karabakh-conflict';
    expect(plain.paths.some((p) => ids(p).includes(hub))).toBe(true);
    const { path, paths, unfiltered } = await seeded.api.data<{
      path: PathAnswer;
      paths: PathAnswer[];
      unfiltered: PathAnswer[];
    }>(
      `query($from: ID!, $to: ID!, $hub: ID!) {
         path(from: $from, to: $to, avoid: [$hub], avoidRelationships: [MENTIONS, SOURCE]) { ${PATH} }
         paths(from: $from, to: $to, avoid: [$hub], avoidRelationships: [MENTIONS, SOURCE], first: 100) { ${PATH} }
         unfiltered: paths(from: $from, to: $to, maxDegree: 100000, first: 100) { ${PATH} } }`,
      { ...ends, hub },
    );
    expect(paths.length).toBeGreaterThan(0);
    for (const p of [path, ...paths]) {
      expect(ids(p)).not.toContain(hub);
      expect(p.relationships).not.toContain('MENTIONS');
      expect(p.relationships).not.toContain('SOURCE');
    }
    expect(unfiltered).toEqual(plain.paths);
  });

  it('is the node itself from a node to itself, and nothing for unknown ids', async () => {
    const { self, none } = await seeded.api.data<{ self: PathAnswer[]; none: PathAnswer[] }>(
      `{ self: paths(from: "actor:armenia", to: "actor:armenia") { ${PATH} }
         none: paths(from: "actor:armenia", to: "actor:nobody") { ${PATH} } }`,
    );
    expect(self).toEqual([{ length: 0, relationships: [], nodes: [{ id: 'actor:armenia' }] }]);
    expect(none).toEqual([]);
  });
});

describe('bad input to the analysts fields', () => {
  it('rejects an unparsable date in a claims variable as BAD_USER_INPUT', async () => {
    const answer = await seeded.api.run('query($from: Date) { claims(from: $from) { totalCount } }', {
      from: '2023-13-45',
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['{ statements { facets { speakers(first: 0) { count } } } }', /between 1 and 100/],
    ['{ statements { facets { targets(first: 101) { count } } } }', /between 1 and 100/],
    [
      '{ actor(id: "actor:armenia") { statements { facets { speakers(first: 500) { count } } } } }',
      /between 1 and 100/,
    ],
    ['{ claims(first: 101) { totalCount } }', /between 1 and 100/],
    ['{ claims(after: "garbage") { totalCount } }', /not a cursor/],
    ['{ places(first: 0) { totalCount } }', /between 1 and 100/],
    ['{ places(after: "nope") { totalCount } }', /not a cursor/],
    ['{ places(search: "--") { totalCount } }', /at least one letter/],
    [
      '{ paths(from: "actor:armenia", to: "actor:russia", maxHops: 7) { length } }',
      /maxHops must be between 1 and 6/,
    ],
    ['{ paths(from: "actor:armenia", to: "actor:russia", first: 0) { length } }', /between 1 and 100/],
    ['{ paths(from: "actor:armenia", to: "actor:russia", maxDegree: 0) { length } }', /maxDegree/],
    ['{ path(from: "actor:armenia", to: "actor:russia", maxDegree: -3) { length } }', /maxDegree/],
  ])('%s is BAD_USER_INPUT saying what and why', async (query, message) => {
    const answer = await seeded.api.run(query);
    expect(answer.errors).toHaveLength(1);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(message);
  });
});
