import { SEARCH_INDEX } from '../src/db/indexNames';
import { HUB_DEGREE } from '../src/paths/hubAware';
import { luceneQuery } from '../src/search/lucene';
import type { Scenario } from './generate';

/**
 * The six questions, each asked three ways: through our API, through the @neo4j/graphql reference
 * server, and as the one hand-written Cypher query that is the floor. Every answer is normalised to the
 * same JSON shape (nested lists sorted by id, since neither GraphQL server promises their order) so
 * that the three can be compared before any timing.
 */

export type ServerName = 'ours' | 'neo4j-graphql' | 'cypher';
export const SERVERS: readonly ServerName[] = ['cypher', 'neo4j-graphql', 'ours'];

export type OperationId = 1 | 2 | 3 | 4 | 5 | 6;
export const OPERATION_IDS: readonly OperationId[] = [1, 2, 3, 4, 5, 6];

export interface GraphqlRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface Operation {
  id: OperationId;
  name: string;
  question: string;
  /** Nested operations (1, 2, 5) carry the "ours ≤ 0.5 × @neo4j/graphql" target. */
  nested: boolean;
  /** Whether the answer has the same number of items at every size (the S→L growth target applies). */
  fixedSize: boolean;
  ours: (s: Scenario) => GraphqlRequest;
  /** False when our API cannot ask the question; the request above is then the closest it can ask. */
  oursFaithful: boolean;
  oursNote?: string;
  neo4jGraphql: (s: Scenario) => GraphqlRequest;
  cypher: { text: string; params: (s: Scenario) => Record<string, unknown> };
  normalise: Record<ServerName, (data: unknown) => unknown>;
}

// ---------------------------------------------------------------------------------------------------
// Normalised shapes

export interface NActor {
  id: string;
  name: string;
}
interface NEventRef {
  id: string;
  title: string;
}
interface NResponse {
  id: string;
  text: string;
  date: string | null;
  stance: string;
  speaker: NActor | null;
  targets: NActor[];
}
interface NEvent {
  id: string;
  title: string;
  date: string | null;
  endDate: string | null;
  responses: NResponse[];
}
interface NSpeakerStatement {
  id: string;
  text: string;
  date: string | null;
  respondsTo: NEventRef[];
  targets: NActor[];
}
export interface NHit {
  id: string;
  text: string;
  speaker: NActor | null;
  /** Lucene score where the server exposes it (not part of the comparison: ours does not expose it). */
  score?: number;
}
export interface NPath {
  length: number;
  nodeIds: string[];
  relationships: string[];
}
interface NAccusation {
  id: string;
  text: string;
  date: string | null;
  speaker: NActor | null;
  targets: NActor[];
}

const byId = <T extends { id: string }>(items: readonly T[]): T[] =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const actor = (a: NActor | null | undefined): NActor | null => (a ? { id: a.id, name: a.name } : null);
const actors = (list: readonly NActor[] | null | undefined): NActor[] =>
  byId((list ?? []).map((a) => actor(a) as NActor));
const eventRefs = (list: readonly NEventRef[] | null | undefined): NEventRef[] =>
  byId((list ?? []).map((e) => ({ id: e.id, title: e.title })));

interface Edges<T> {
  edges: { node: T }[];
}
const nodes = <T>(connection: Edges<T> | null | undefined): T[] =>
  (connection?.edges ?? []).map((e) => e.node);

// ---------------------------------------------------------------------------------------------------
// 1. Events in a date range with their responses, each response's speaker and targets

interface RawResponse {
  id: string;
  text: string;
  date: string | null;
  stance: string;
  speaker: NActor | null;
  targets: NActor[];
}
interface RawEvent {
  id: string;
  title: string;
  date: string | null;
  endDate: string | null;
  responses: RawResponse[];
}
const normaliseEvents = (events: readonly RawEvent[]): NEvent[] =>
  events.map((e) => ({
    id: e.id,
    title: e.title,
    date: e.date,
    endDate: e.endDate ?? null,
    responses: byId(
      e.responses.map((r) => ({
        id: r.id,
        text: r.text,
        date: r.date,
        stance: r.stance,
        speaker: actor(r.speaker),
        targets: actors(r.targets),
      })),
    ),
  }));

const RESPONSE_SELECTION = 'id text date stance speaker { id name } targets { id name }';

const eventsInRange: Operation = {
  id: 1,
  name: 'events in a date range',
  question:
    'The first 20 events (by date) overlapping a one-year range, with all their responses, each with speaker and targets',
  nested: true,
  fixedSize: false,
  ours: (s) => ({
    query: `query Op1($from: Date!, $to: Date!) {
      events(from: $from, to: $to, first: 20, orderBy: ASC) {
        edges { node { id title date endDate responses { ${RESPONSE_SELECTION} } } }
      }
    }`,
    variables: { from: s.dateFrom, to: s.dateTo },
  }),
  oursFaithful: true,
  neo4jGraphql: (s) => ({
    // [date, endDate] overlaps [from, to] ⟺ date ≤ to AND coalesce(endDate, date) ≥ from; since
    // endDate ≥ date, the second half is "date ≥ from OR endDate ≥ from".
    query: `query Op1($from: Date!, $to: Date!) {
      events(
        where: { date: { lte: $to }, OR: [{ date: { gte: $from } }, { endDate: { gte: $from } }] }
        sort: [{ date: ASC }, { id: ASC }]
        limit: 20
      ) { id title date endDate responses { ${RESPONSE_SELECTION} } }
    }`,
    variables: { from: s.dateFrom, to: s.dateTo },
  }),
  cypher: {
    // Events that started before the range and are still going, plus the first 20 that start in it
    // (read in date order from the index); then the first 20 of both. Each response's speaker is found
    // through the statement's key speakerId (a uniqueness seek), cheaper than expanding its SAID.
    text: `
      CALL () {
        MATCH (e:Event) WHERE e.endDate >= date($from) AND e.date < date($from)
        RETURN e
        UNION
        MATCH (e:Event) WHERE e.date >= date($from) AND e.date <= date($to)
        WITH e ORDER BY e.date, e.id LIMIT 20
        RETURN e
      }
      WITH e ORDER BY e.date, e.id LIMIT 20
      RETURN e.id AS id, e.title AS title, e.date AS date, e.endDate AS endDate,
        COLLECT {
          MATCH (s:Statement)-[:RESPONDS_TO]->(e)
          MATCH (sp:Actor {id: s.speakerId})
          RETURN s { .id, .text, .date, .stance, speaker: sp { .id, .name },
                     targets: COLLECT { MATCH (s)-[:TARGETS]->(t:Actor) RETURN t { .id, .name } } }
        } AS responses`,
    params: (s) => ({ from: s.dateFrom, to: s.dateTo }),
  },
  normalise: {
    ours: (data) => normaliseEvents(nodes((data as { events: Edges<RawEvent> }).events)),
    'neo4j-graphql': (data) => normaliseEvents((data as { events: RawEvent[] }).events),
    cypher: (data) => normaliseEvents(data as RawEvent[]),
  },
};

// ---------------------------------------------------------------------------------------------------
// 2. One frequent speaker's 50 latest statements with their events and targets

interface RawSpeakerStatement {
  id: string;
  text: string;
  date: string | null;
  respondsTo: NEventRef[];
  targets: NActor[];
}
const normaliseSpeakerStatements = (list: readonly RawSpeakerStatement[]): NSpeakerStatement[] =>
  list.map((s) => ({
    id: s.id,
    text: s.text,
    date: s.date,
    respondsTo: eventRefs(s.respondsTo),
    targets: actors(s.targets),
  }));

const speakerLatest: Operation = {
  id: 2,
  name: "a speaker's latest statements",
  question:
    "The most frequent speaker's 50 latest statements, each with the events it responds to and its targets",
  nested: true,
  fixedSize: true,
  ours: (s) => ({
    query: `query Op2($id: ID!) {
      actor(id: $id) {
        statements(first: 50, orderBy: DATE_DESC) {
          edges { node { id text date respondsTo { id title } targets { id name } } }
        }
      }
    }`,
    variables: { id: s.frequentSpeaker },
  }),
  oursFaithful: true,
  neo4jGraphql: (s) => ({
    query: `query Op2($id: ID!) {
      actors(where: { id: { eq: $id } }) {
        statements(sort: [{ date: DESC }, { id: ASC }], limit: 50) {
          id text date respondsTo { id title } targets { id name }
        }
      }
    }`,
    variables: { id: s.frequentSpeaker },
  }),
  cypher: {
    // The speaker's key (speakerId, date): the index supplies the order once the fixed speakerId leads
    // the ORDER BY, so 50 (+ ties) entries are read, not all the speaker's statements. Every generated
    // statement is dated, so no undated branch is needed here.
    text: `
      MATCH (s:Statement) WHERE s.speakerId = $id AND s.date IS NOT NULL
      WITH s ORDER BY s.speakerId DESC, s.date DESC, s.id LIMIT 50
      RETURN s.id AS id, s.text AS text, s.date AS date,
        COLLECT { MATCH (s)-[:RESPONDS_TO]->(e:Event) RETURN e { .id, .title } } AS respondsTo,
        COLLECT { MATCH (s)-[:TARGETS]->(t:Actor) RETURN t { .id, .name } } AS targets`,
    params: (s) => ({ id: s.frequentSpeaker }),
  },
  normalise: {
    ours: (data) =>
      normaliseSpeakerStatements(
        nodes((data as { actor: { statements: Edges<RawSpeakerStatement> } | null }).actor?.statements),
      ),
    'neo4j-graphql': (data) =>
      normaliseSpeakerStatements(
        (data as { actors: { statements: RawSpeakerStatement[] }[] }).actors[0]?.statements ?? [],
      ),
    cypher: (data) => normaliseSpeakerStatements(data as RawSpeakerStatement[]),
  },
};

// ---------------------------------------------------------------------------------------------------
// 3. Full-text search over statement text, 20 hits with speakers

interface RawHit {
  __typename?: string;
  id: string;
  text: string;
  speaker: NActor | null;
  score?: number;
}
const normaliseHits = (hits: readonly RawHit[]): NHit[] =>
  hits.map((h) => ({
    // Anything that is not a statement (ours searches every index) shows up as a mismatch.
    id: h.__typename && h.__typename !== 'Statement' ? `${h.__typename}:${h.id}` : h.id,
    text: h.text,
    speaker: actor(h.speaker),
    ...(h.score === undefined ? {} : { score: h.score }),
  }));

const fulltext: Operation = {
  id: 3,
  name: 'full-text search',
  question: 'Full-text search over statement text, the 20 best hits (by Lucene score), each with its speaker',
  nested: false,
  fixedSize: true,
  ours: (s) => ({
    query: `query Op3($text: String!) {
      search(text: $text, first: 20) { __typename ... on Statement { id text speaker { id name } } }
    }`,
    variables: { text: s.searchText },
  }),
  oursFaithful: true,
  neo4jGraphql: (s) => ({
    query: `query Op3($phrase: String!) {
      statementsByText(phrase: $phrase, sort: [{ score: DESC }, { node: { id: ASC } }], first: 20) {
        edges { score node { id text speaker { id name } } }
      }
    }`,
    // The same Lucene query our API builds from the words (exact, prefix and fuzzy per word).
    variables: { phrase: luceneQuery(s.searchText) },
  }),
  cypher: {
    // The index our search reads (every searchable kind, one scale); the search words occur only in
    // statements here, so its 20 best hits are statements. Each hit's speaker through the statement's
    // key speakerId (a uniqueness seek, as in ops 1 and 5): at M 120 db hits where expanding SAID
    // took 221, the same answer. The Lucene query itself costs no db hits and most of the time.
    text: `
      CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene, {limit: 20}) YIELD node, score
      MATCH (sp:Actor {id: node.speakerId})
      RETURN node.id AS id, node.text AS text, sp { .id, .name } AS speaker, score
      ORDER BY score DESC, id`,
    params: (s) => ({ lucene: luceneQuery(s.searchText) }),
  },
  normalise: {
    ours: (data) => normaliseHits((data as { search: RawHit[] }).search),
    'neo4j-graphql': (data) =>
      normaliseHits(
        (
          data as { statementsByText: { edges: { score: number; node: RawHit }[] } }
        ).statementsByText.edges.map((e) => ({ ...e.node, score: e.score })),
      ),
    cypher: (data) => normaliseHits(data as RawHit[]),
  },
};

// ---------------------------------------------------------------------------------------------------
// 4. Shortest path between two actors, at most 4 hops

// Every relationship type the API shows (the SDL's RelationshipType), named in the pattern as ours
// names them: the statement keys (TARGETS_FROM) are not connections.
const PATH_TYPES =
  'ABOUT|CLAIMED_BY|GOVERNS|HAPPENED_IN|HELD|IN|MENTIONS|OF|PART_OF|PUBLISHED_BY|REPLIES_TO|RESPONDS_TO|SAID|SIDE|SOURCE|STATED_IN|TARGETS|TOOK_PART_IN|VIA';
const STEP = `[:${PATH_TYPES}]`;
const LIGHT = (x: string) => `COUNT { (${x})--() } <= ${HUB_DEGREE}`;
// Two hubs next to each other, one typed, directed Expand(Into) per type and direction: each reads the
// smaller of the two hubs' degrees of that type and direction, which for two states is nearly always 0.
const HUB_STEP = PATH_TYPES.split('|')
  .flatMap((type) => [`-[:${type}]->`, `<-[:${type}]-`])
  .map((step) => `      MATCH p = (s)-[r1]-(h1)${step}(h2)-[r3]-(t) RETURN p LIMIT 1`)
  .join('\n      UNION ALL\n');

// The hub-aware shortest path ours sends (src/paths/hubAware.ts, where the argument for its being a
// shortest is), written by hand (a hub: more than HUB_DEGREE relationships of any type): lengths 1 and 2; 3 with a non-hub inside (hash joins); 3 through two
// hubs (typed checks); 4 through non-hubs next to the ends (a hash join on the middle node, which is
// never expanded); each stage only while nothing shorter was found; `shortestPath` when nothing is
// found within 4 or an end is a hub. Until 2026-12-01 it was `shortestPath` alone, which expands the
// hubs: at L, 109,723 db hits through actor:state-0 for a path of length 4 between two actors of degree
// 60 and 20. Since then it is ours' search in every choice the planner's tie-breaks see: it runs from
// s, the end with fewer relationships, to t, and the path is turned round when the ends were swapped;
// stage 2 is a hash join on the middle node; stage 3 tries y light first, expanding the heavier end's
// neighbours. The hash joins' sides have equal estimates, so which one is built (read in full) is the
// planner's tie-break, and it follows the variables' names: with these names it builds s's side at
// L (1,416 db hits; named a and b, the same text built the heavier side, 1,844). bench/README.md has
// the figures.
const SHORTEST_PATH = `
  MATCH (from:Node {id: $from}), (to:Node {id: $to})
  WITH from, to, COUNT { (from)--() } AS fromDegree, COUNT { (to)--() } AS toDegree
  WITH fromDegree > toDegree AS swapped, fromDegree <= ${HUB_DEGREE} AND toDegree <= ${HUB_DEGREE} AS light,
    CASE WHEN fromDegree > toDegree THEN to ELSE from END AS s,
    CASE WHEN fromDegree > toDegree THEN from ELSE to END AS t
  OPTIONAL CALL (s, t, light) {
    WITH * WHERE light
    MATCH p = (s)-${STEP}-(t)
    RETURN p AS p1 LIMIT 1
  }
  OPTIONAL CALL (s, t, light, p1) {
    WITH * WHERE light AND p1 IS NULL
    MATCH p = (s)-${STEP}-(mid:Node)-${STEP}-(t)
    USING JOIN ON mid
    RETURN p AS p2 LIMIT 1
  }
  OPTIONAL CALL (s, t, light, p1, p2) {
    WITH * WHERE light AND p1 IS NULL AND p2 IS NULL
    CALL (s, t) {
      MATCH p = (s)-${STEP}-(x:Node)-${STEP}-(y:Node)-${STEP}-(t)
      USING JOIN ON x
      WHERE ${LIGHT('y')}
      RETURN p LIMIT 1
      UNION ALL
      MATCH p = (s)-${STEP}-(x:Node)-${STEP}-(y:Node)-${STEP}-(t)
      USING JOIN ON y
      WHERE ${LIGHT('x')}
      RETURN p LIMIT 1
    }
    RETURN p AS p3 LIMIT 1
  }
  OPTIONAL CALL (s, t, light, p1, p2, p3) {
    WITH * WHERE light AND p1 IS NULL AND p2 IS NULL AND p3 IS NULL
    MATCH (s)-[r1:${PATH_TYPES}]-(h1:Node) WHERE NOT ${LIGHT('h1')}
    MATCH (t)-[r3:${PATH_TYPES}]-(h2:Node) WHERE h2 <> h1 AND NOT ${LIGHT('h2')}
    CALL (s, t, r1, h1, h2, r3) {
${HUB_STEP}
    }
    RETURN p AS hubs LIMIT 1
  }
  OPTIONAL CALL (s, t, light, p1, p2, p3, hubs) {
    WITH * WHERE light AND p1 IS NULL AND p2 IS NULL AND p3 IS NULL AND hubs IS NULL
    MATCH p = (s)-${STEP}-(x:Node)-${STEP}-(m:Node)-${STEP}-(y:Node)-${STEP}-(t)
    USING JOIN ON m
    WHERE ${LIGHT('x')} AND ${LIGHT('y')}
    RETURN p AS p4 LIMIT 1
  }
  WITH s, t, swapped, coalesce(p1, p2, p3, hubs, p4) AS found
  OPTIONAL CALL (s, t, found) {
    WITH * WHERE found IS NULL
    MATCH p = shortestPath((s)-[:${PATH_TYPES}*..4]-(t))
    WHERE all(n IN nodes(p) WHERE n:Node)
    RETURN p AS fallback LIMIT 1
  }
  WITH swapped, coalesce(found, fallback) AS p
  WHERE p IS NOT NULL
  WITH CASE WHEN swapped THEN reverse(nodes(p)) ELSE nodes(p) END AS nodes,
    CASE WHEN swapped THEN reverse(relationships(p)) ELSE relationships(p) END AS relationships
  RETURN size(relationships) AS length, [n IN nodes | n.id] AS nodeIds, [r IN relationships | type(r)] AS relationships`;

const normalisePath = (path: NPath | null | undefined): NPath | null =>
  path ? { length: path.length, nodeIds: path.nodeIds, relationships: path.relationships } : null;

const shortestPath: Operation = {
  id: 4,
  name: 'shortest path',
  question: 'A shortest path (at most 4 hops, through nodes the API shows) between two mid-frequency actors',
  nested: false,
  fixedSize: true,
  ours: (s) => ({
    query: `query Op4($from: ID!, $to: ID!) {
      path(from: $from, to: $to, maxHops: 4) { length nodes { id } relationships }
    }`,
    variables: { from: s.pathFrom, to: s.pathTo },
  }),
  oursFaithful: true,
  neo4jGraphql: (s) => ({
    query: `query Op4($from: ID!, $to: ID!) {
      shortestPath(from: $from, to: $to) { length nodeIds relationships }
    }`,
    variables: { from: s.pathFrom, to: s.pathTo },
  }),
  cypher: { text: SHORTEST_PATH, params: (s) => ({ from: s.pathFrom, to: s.pathTo }) },
  normalise: {
    ours: (data) => {
      const path = (
        data as { path: { length: number; nodes: { id: string }[]; relationships: string[] } | null }
      ).path;
      return normalisePath(path ? { ...path, nodeIds: path.nodes.map((n) => n.id) } : null);
    },
    'neo4j-graphql': (data) => normalisePath((data as { shortestPath: NPath | null }).shortestPath),
    cypher: (data) => normalisePath((data as NPath[])[0]),
  },
};

// ---------------------------------------------------------------------------------------------------
// 5. Accusations from one state's actors against another state, newest first, 50

interface RawAccusation {
  id: string;
  text: string;
  date: string | null;
  speaker: NActor | null;
  targets: NActor[];
}
const normaliseAccusations = (list: readonly RawAccusation[]): NAccusation[] =>
  list.map((s) => ({
    id: s.id,
    text: s.text,
    date: s.date,
    speaker: actor(s.speaker),
    targets: actors(s.targets),
  }));

const accusations: Operation = {
  id: 5,
  name: 'accusations between states',
  question:
    'The 50 newest ACCUSES statements by state A or an actor PART_OF A that target state B, with speaker and targets',
  nested: true,
  fixedSize: true,
  ours: (s) => ({
    query: `query Op5($state: ID!, $target: ID!) {
      statements(stance: ACCUSES, speakerIn: $state, target: $target, orderBy: DATE_DESC, first: 50) {
        edges { node { id text date speaker { id name } targets { id name } } }
      }
    }`,
    variables: { state: s.accusingState, target: s.accusedState },
  }),
  oursFaithful: true,
  oursNote:
    '`speakerIn` also admits actors PART_OF A through up to 3 levels and holders of a role in such an ' +
    'organization; the synthetic graph has neither beyond direct PART_OF, so the answers must be equal.',
  neo4jGraphql: (s) => ({
    query: `query Op5($state: ID!, $target: ID!) {
      statements(
        where: {
          stance: { eq: ACCUSES }
          targets: { some: { id: { eq: $target } } }
          speaker: { OR: [{ id: { eq: $state } }, { partOf: { id: { eq: $state } } }] }
        }
        sort: [{ date: DESC }, { id: ASC }]
        limit: 50
      ) { id text date speaker { id name } targets { id name } }
    }`,
    variables: { state: s.accusingState, target: s.accusedState },
  }),
  cypher: {
    // The key TARGETS_FROM {speakerIn, stance, date}, read in date order from its index and kept when
    // it ends at the target: about 50 / (B's share of A's accusations) entries at any size. The end
    // node has no label, so the planner cannot start from B and expand all of its accusations. The
    // speaker through the key speakerId, as in op 1.
    text: `
      MATCH (s:Statement)-[k:TARGETS_FROM]->(t)
      WHERE k.speakerIn = $state AND k.stance = 'ACCUSES' AND k.date IS NOT NULL AND t.id = $target
      WITH s ORDER BY k.speakerIn DESC, k.stance DESC, k.date DESC, s.id LIMIT 50
      MATCH (sp:Actor {id: s.speakerId})
      RETURN s.id AS id, s.text AS text, s.date AS date, sp { .id, .name } AS speaker,
        COLLECT { MATCH (s)-[:TARGETS]->(t:Actor) RETURN t { .id, .name } } AS targets`,
    params: (s) => ({ state: s.accusingState, target: s.accusedState }),
  },
  normalise: {
    ours: (data) => normaliseAccusations(nodes((data as { statements: Edges<RawAccusation> }).statements)),
    'neo4j-graphql': (data) => normaliseAccusations((data as { statements: RawAccusation[] }).statements),
    cypher: (data) => normaliseAccusations(data as RawAccusation[]),
  },
};

// ---------------------------------------------------------------------------------------------------
// 6. Who accused a state most, by month: facets over every accusation against state B

interface NSpeakerCount extends NActor {
  count: number;
}
interface NFacets {
  total: number;
  speakers: NSpeakerCount[];
  months: { month: string; count: number }[];
}

/** Largest count first, ties by name then id: the order every server's answer is compared in. */
const bySpeakerCount = (a: NSpeakerCount, b: NSpeakerCount): number =>
  b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

const TOP_SPEAKERS = 10;

/** A statement's month, unless its date is missing or only year-precise (as our facets count). */
const monthOf = (s: { date: string | null; datePrecision: string | null }): string | null =>
  s.date && s.datePrecision !== 'YEAR' ? s.date.slice(0, 7) : null;

const normaliseFacets = (facets: NFacets): NFacets => ({
  total: facets.total,
  speakers: facets.speakers.map((s) => ({ id: s.id, name: s.name, count: s.count })),
  months: facets.months.map((m) => ({ month: m.month, count: m.count })),
});

const ACCUSATIONS_OF_STATE = '{ stance: { eq: ACCUSES }, targets: { some: { id: { eq: $state } } } }';

const facetsOfAccusations: Operation = {
  id: 6,
  name: 'facets: who accused a state most, by month',
  question:
    'Over every ACCUSES statement targeting state B: how many, the 10 speakers who made most of them (with counts), and the count per month',
  nested: false,
  fixedSize: true,
  ours: (s) => ({
    query: `query Op6($state: ID!) {
      statements(stance: ACCUSES, target: $state, first: 1) {
        totalCount
        facets { speakers(first: ${TOP_SPEAKERS}) { actor { id name } count } months { month count } }
      }
    }`,
    variables: { state: s.accusedState },
  }),
  oursFaithful: true,
  neo4jGraphql: (s) => ({
    // @neo4j/graphql 7 counts (`aggregate { count }`) but cannot group or sort by a count: the request
    // asks every accusing actor for its filtered count, and every accusation for its date; the top 10
    // and the months are then picked on the client (in `normalise`, outside the timed request).
    query: `query Op6($state: ID!) {
      statementsConnection(where: ${ACCUSATIONS_OF_STATE}) { aggregate { count { nodes } } }
      actors(where: { statements: { some: ${ACCUSATIONS_OF_STATE} } }) {
        id
        name
        statementsConnection(where: { node: ${ACCUSATIONS_OF_STATE} }) { aggregate { count { nodes } } }
      }
      statements(where: ${ACCUSATIONS_OF_STATE}) { date datePrecision }
    }`,
    variables: { state: s.accusedState },
  }),
  cypher: {
    // Since 2026-12-01, from the tallies (src/db/statementTallies.ts: counters per (target, stance),
    // per speaker and per year, kept by every writer in the statement's own transaction): the total
    // is one counter, the top 10 speakers the 10 largest speaker counters of (B, ACCUSES) read from
    // the index tally_count in its order, then every counter at least as large as the 10th (ties go
    // by name, then id), and the months one counter per year with accusations (its `months`: twelve
    // counts, January first), each year's properties read once. Its work depends on the answer's
    // speakers and years, not on how many accusations there are. Before, it counted every accusation
    // against B by (speakerId, month) as they streamed and summed the groups (60× from S to L); until
    // session 10, it read one counter per month (~120 at S, ~300 at L).
    text: `
      CALL () {
        OPTIONAL MATCH (c:Tally {targetId: $state, stance: 'ACCUSES', facet: 'total', value: ''})
        RETURN coalesce(c.n, 0) AS total
      }
      CALL () {
        MATCH (c:Tally)
        WHERE c.targetId = $state AND c.stance = 'ACCUSES' AND c.facet = 'speaker' AND c.n > 0
        // Every property of the index tally_count: only so is it read backwards in order, 10 entries.
        WITH c ORDER BY c.targetId DESC, c.stance DESC, c.facet DESC, c.n DESC LIMIT ${TOP_SPEAKERS}
        WITH min(c.n) AS least
        MATCH (c:Tally)
        WHERE c.targetId = $state AND c.stance = 'ACCUSES' AND c.facet = 'speaker' AND c.n >= least
        MATCH (sp:Actor {id: c.value})
        WITH sp, c.n AS count ORDER BY count DESC, sp.name, sp.id
        LIMIT ${TOP_SPEAKERS}
        RETURN collect(sp { .id, .name, count: count }) AS speakers
      }
      CALL () {
        MATCH (c:Tally)
        WHERE c.targetId = $state AND c.stance = 'ACCUSES' AND c.facet = 'year' AND c.n > 0
        WITH c.value AS year, c.months AS counts
        UNWIND range(0, 11) AS i
        WITH year + '-' + right('0' + toString(i + 1), 2) AS month, counts[i] AS count
        WHERE count > 0
        WITH month, count ORDER BY month
        RETURN collect({month: month, count: count}) AS months
      }
      RETURN total, speakers, months`,
    params: (s) => ({ state: s.accusedState }),
  },
  normalise: {
    ours: (data) => {
      const { statements } = data as {
        statements: {
          totalCount: number;
          facets: {
            speakers: { actor: NActor; count: number }[];
            months: { month: string; count: number }[];
          };
        };
      };
      return normaliseFacets({
        total: statements.totalCount,
        speakers: statements.facets.speakers.map((f) => ({ ...f.actor, count: f.count })),
        months: statements.facets.months,
      });
    },
    'neo4j-graphql': (data) => {
      const answer = data as {
        statementsConnection: { aggregate: { count: { nodes: number } } };
        actors: (NActor & { statementsConnection: { aggregate: { count: { nodes: number } } } })[];
        statements: { date: string | null; datePrecision: string | null }[];
      };
      const speakers = answer.actors
        .map((a) => ({ id: a.id, name: a.name, count: a.statementsConnection.aggregate.count.nodes }))
        .sort(bySpeakerCount)
        .slice(0, TOP_SPEAKERS);
      const months = new Map<string, number>();
      for (const month of answer.statements.map(monthOf))
        if (month) months.set(month, (months.get(month) ?? 0) + 1);
      return normaliseFacets({
        total: answer.statementsConnection.aggregate.count.nodes,
        speakers,
        months: [...months].sort(([a], [b]) => (a < b ? -1 : 1)).map(([month, count]) => ({ month, count })),
      });
    },
    cypher: (data) => normaliseFacets((data as NFacets[])[0] ?? { total: 0, speakers: [], months: [] }),
  },
};

export const OPERATIONS: Record<OperationId, Operation> = {
  1: eventsInRange,
  2: speakerLatest,
  3: fulltext,
  4: shortestPath,
  5: accusations,
  6: facetsOfAccusations,
};

/** How many items an answer holds (top-level plus nested), to show whether result sizes are fixed. */
export function resultItems(value: unknown): number {
  if (Array.isArray(value))
    return value.reduce((sum: number, item: unknown) => sum + 1 + resultItems(item), 0);
  if (value && typeof value === 'object') {
    return Object.values(value as Record<string, unknown>).reduce(
      (sum: number, item) => sum + (Array.isArray(item) ? resultItems(item) : 0),
      0,
    );
  }
  return 0;
}
