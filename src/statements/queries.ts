import { ACTOR_FIELDS } from '../actors/fields';
import type { ActorRow } from '../actors/rows';
import { cypher } from '../db/graph';
import { EVENT_FIELDS } from '../events/fields';
import type { EventRow } from '../events/rows';
import type { Keyed } from '../graphql/loaders';
import { STATEMENT_FIELDS } from './fields';
import type { FacetRows, StatementRow } from './rows';

export const STATEMENTS_BY_ID = cypher<Keyed<StatementRow>>(
  'statementsById',
  `UNWIND $keys AS key
   MATCH (s:Statement {id: key})
   RETURN key, ${STATEMENT_FIELDS} AS value`,
);

/** The filters of `Query.statements`, every one optional. */
const STATEMENT_FILTERS = `
  ($stance IS NULL OR s.stance = $stance)
  AND ($from IS NULL OR s.date >= date($from))
  AND ($to IS NULL OR s.date <= date($to))
  AND ($speaker IS NULL OR EXISTS { (:Actor {id: $speaker})-[:SAID]->(s) })
  AND ($speakerIn IS NULL OR EXISTS {
    MATCH (x:Actor)-[:SAID]->(s)
    WHERE x.id = $speakerIn
       OR EXISTS { (x)-[:PART_OF*1..3]->(:Actor {id: $speakerIn}) }
       OR EXISTS { (x)-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(:Actor {id: $speakerIn}) }
  })
  AND ($respondsTo IS NULL OR EXISTS { (s)-[:RESPONDS_TO]->(:Event {id: $respondsTo}) })
  AND ($target IS NULL OR EXISTS { (s)-[:TARGETS]->(:Actor {id: $target}) })
  AND ($targetIn IS NULL OR EXISTS {
    MATCH (s)-[:TARGETS]->(x:Actor)
    WHERE x.id = $targetIn
       OR EXISTS { (x)-[:PART_OF*1..3]->(:Actor {id: $targetIn}) }
       OR EXISTS { (x)-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(:Actor {id: $targetIn}) }
  })
  AND ($matchIds IS NULL OR s.id IN $matchIds)
  AND ($place IS NULL OR EXISTS { (s)-[:RESPONDS_TO]->(:Event)-[:HAPPENED_IN]->(:Place)-[:IN*0..4]->(:Place {id: $place}) })
  AND ($outlet IS NULL OR EXISTS { (s)-[:SOURCE]->(:Article)-[:PUBLISHED_BY]->(o:Outlet) WHERE toLower(o.name) = toLower($outlet) })`;

/** Statements sort by date, then id; the key of a statement without a date sorts it first. */
const SORT_KEY = `coalesce(toString(s.date), '')`;

export type Direction = 'ASC' | 'DESC';

const afterClause = (direction: Direction) =>
  `$afterId IS NULL OR sortKey ${direction === 'ASC' ? '>' : '<'} $afterKey OR (sortKey = $afterKey AND s.id > $afterId)`;

/**
 * Where a `Query.statements` query starts: at the most selective filter given, so it expands from
 * one indexed node instead of scanning every statement. Fixed patterns, from this allow-list only.
 */
const ANCHORS = {
  speaker: 'MATCH (:Actor {id: $speaker})-[:SAID]->(s:Statement)',
  respondsTo: 'MATCH (s:Statement)-[:RESPONDS_TO]->(:Event {id: $respondsTo})',
  matchIds: 'UNWIND $matchIds AS matchId MATCH (s:Statement {id: matchId})',
  target: 'MATCH (s:Statement)-[:TARGETS]->(:Actor {id: $target})',
  targetIn: `MATCH (root:Actor {id: $targetIn})
     CALL (root) {
       MATCH (s:Statement)-[:TARGETS]->(:Actor)-[:PART_OF*0..3]->(root) RETURN s
       UNION
       MATCH (s:Statement)-[:TARGETS]->(:Actor)-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(root) RETURN s
     }
     WITH s`,
  all: 'MATCH (s:Statement)',
} as const;
export type StatementAnchor = keyof typeof ANCHORS;
const ANCHOR_PREFERENCE = Object.keys(ANCHORS) as StatementAnchor[];

/** The first anchor, in order of selectivity, whose filter is set. */
export function anchorFor(filters: Partial<Record<StatementAnchor, unknown>>): StatementAnchor {
  return ANCHOR_PREFERENCE.find((anchor) => anchor !== 'all' && filters[anchor] != null) ?? 'all';
}

function statementsPage(anchor: StatementAnchor, direction: Direction) {
  return cypher<{ key: string; node: StatementRow }>(
    `statementsPage_${anchor}_${direction}`,
    `${ANCHORS[anchor]}
     WHERE ${STATEMENT_FILTERS}
     WITH s, ${SORT_KEY} AS sortKey
     WHERE ${afterClause(direction)}
     RETURN sortKey AS key, ${STATEMENT_FIELDS} AS node
     ORDER BY sortKey ${direction}, s.id
     LIMIT $fetch`,
  );
}

function statementsCount(anchor: StatementAnchor) {
  return cypher<{ count: number }>(
    `statementsCount_${anchor}`,
    `${ANCHORS[anchor]} WHERE ${STATEMENT_FILTERS} RETURN count(s) AS count`,
  );
}

/** One fixed query per (anchor, sort order) of `Query.statements`. */
export const STATEMENTS_PAGE = Object.fromEntries(
  ANCHOR_PREFERENCE.map((anchor) => [
    anchor,
    { DATE_ASC: statementsPage(anchor, 'ASC'), DATE_DESC: statementsPage(anchor, 'DESC') },
  ]),
) as Record<StatementAnchor, Record<'DATE_ASC' | 'DATE_DESC', ReturnType<typeof statementsPage>>>;

export const STATEMENTS_COUNT = Object.fromEntries(
  ANCHOR_PREFERENCE.map((anchor) => [anchor, statementsCount(anchor)]),
) as Record<StatementAnchor, ReturnType<typeof statementsCount>>;

export const STATEMENT_IDS_MATCHING = cypher<{ id: string }>(
  'statementIdsMatching',
  `CALL db.index.fulltext.queryNodes('statementText', $lucene) YIELD node
   RETURN node.id AS id LIMIT 1000`,
);

/**
 * The parents a nested statement list hangs from (Actor.statements, Actor.targetedBy,
 * Article.statements): a fixed pattern per parent, from this allow-list only.
 */
const PARENT_PATTERNS = {
  speaker: '(:Actor {id: key})-[:SAID]->(s:Statement)',
  target: '(s:Statement)-[:TARGETS]->(:Actor {id: key})',
  article: '(s:Statement)-[:SOURCE]->(:Article {id: key})',
} as const;
export type StatementParent = keyof typeof PARENT_PATTERNS;

/** One page of statements for each of many parents, in one query. */
function statementsOfParents(parent: StatementParent, direction: Direction) {
  return cypher<Keyed<{ key: string; node: StatementRow }>>(
    `statementsOf_${parent}_${direction}`,
    `UNWIND $keys AS key
     CALL (key) {
       MATCH ${PARENT_PATTERNS[parent]}
       WHERE $stance IS NULL OR s.stance = $stance
       WITH s, ${SORT_KEY} AS sortKey
       WHERE ${afterClause(direction)}
       RETURN s, sortKey
       ORDER BY sortKey ${direction}, s.id
       LIMIT $fetch
     }
     RETURN key, {key: sortKey, node: ${STATEMENT_FIELDS}} AS value
     ORDER BY sortKey ${direction}, s.id`,
  );
}

function countsOfParents(parent: StatementParent) {
  return cypher<Keyed<number>>(
    `statementCountOf_${parent}`,
    `UNWIND $keys AS key
     RETURN key, COUNT { MATCH ${PARENT_PATTERNS[parent]} WHERE $stance IS NULL OR s.stance = $stance } AS value`,
  );
}

const parents = Object.keys(PARENT_PATTERNS) as StatementParent[];
export const STATEMENTS_OF_PARENTS = Object.fromEntries(
  parents.map((parent) => [
    parent,
    { ASC: statementsOfParents(parent, 'ASC'), DESC: statementsOfParents(parent, 'DESC') },
  ]),
) as Record<StatementParent, Record<Direction, ReturnType<typeof statementsOfParents>>>;
export const STATEMENT_COUNTS_OF_PARENTS = Object.fromEntries(
  parents.map((parent) => [parent, countsOfParents(parent)]),
) as Record<StatementParent, ReturnType<typeof countsOfParents>>;

export const TARGETS_BY_STATEMENT = cypher<Keyed<ActorRow>>(
  'targetsByStatement',
  `UNWIND $keys AS key
   MATCH (:Statement {id: key})-[:TARGETS]->(a:Actor)
   RETURN key, ${ACTOR_FIELDS} AS value
   ORDER BY a.name`,
);

export const EVENTS_BY_STATEMENT = cypher<Keyed<EventRow>>(
  'eventsByStatement',
  `UNWIND $keys AS key
   MATCH (:Statement {id: key})-[:RESPONDS_TO]->(e:Event)
   RETURN key, ${EVENT_FIELDS} AS value
   ORDER BY e.date, e.id`,
);

export const REPLIED_TO_BY_STATEMENT = cypher<Keyed<StatementRow>>(
  'repliedToByStatement',
  `UNWIND $keys AS key
   MATCH (:Statement {id: key})-[:REPLIES_TO]->(s:Statement)
   RETURN key, ${STATEMENT_FIELDS} AS value
   ORDER BY s.date, s.id`,
);

export const REPLIES_TO_STATEMENT = cypher<Keyed<StatementRow>>(
  'repliesToStatement',
  `UNWIND $keys AS key
   MATCH (s:Statement)-[:REPLIES_TO]->(:Statement {id: key})
   RETURN key, ${STATEMENT_FIELDS} AS value
   ORDER BY s.date, s.id`,
);

/**
 * Each facet of a statement list as a tail that follows any MATCH binding the filtered statements `s`:
 * it aggregates over the whole set and returns one `row` per value with the keys to sort it by
 * (largest count first, ties by name; months in calendar order). Speakers and targets keep `$limit`.
 */
const FACET_TAILS = {
  stance: `WITH s.stance AS stance, count(s) AS count
    RETURN {stance: stance, count: count} AS row, count AS sortCount, stance AS sortName`,
  speakers: `MATCH (a:Actor)-[:SAID]->(s)
    WITH a, count(DISTINCT s) AS count
    ORDER BY count DESC, a.name, a.id LIMIT $limit
    RETURN {actor: ${ACTOR_FIELDS}, count: count} AS row, count AS sortCount, a.name AS sortName`,
  targets: `MATCH (s)-[:TARGETS]->(a:Actor)
    WITH a, count(DISTINCT s) AS count
    ORDER BY count DESC, a.name, a.id LIMIT $limit
    RETURN {actor: ${ACTOR_FIELDS}, count: count} AS row, count AS sortCount, a.name AS sortName`,
  outlets: `MATCH (s)-[:SOURCE]->(:Article)-[:PUBLISHED_BY]->(o:Outlet)
    WITH o.name AS outlet, count(DISTINCT s) AS count
    RETURN {outlet: outlet, count: count} AS row, count AS sortCount, outlet AS sortName`,
  // A year-precise date names no month, so such a statement is left out like an undated one.
  months: `WITH s WHERE s.date IS NOT NULL AND coalesce(s.datePrecision, 'DAY') <> 'YEAR'
    WITH substring(toString(s.date), 0, 7) AS month, count(s) AS count
    RETURN {month: month, count: count} AS row, 0 AS sortCount, month AS sortName`,
} as const;
export type FacetName = keyof typeof FACET_TAILS;
const FACET_NAMES = Object.keys(FACET_TAILS) as FacetName[];
const FACET_ORDER = 'ORDER BY sortCount DESC, sortName';

function statementFacet<F extends FacetName>(anchor: StatementAnchor, facet: F) {
  return cypher<{ row: FacetRows[F] }>(
    `statementFacet_${facet}_${anchor}`,
    `${ANCHORS[anchor]}
     WHERE ${STATEMENT_FILTERS}
     ${FACET_TAILS[facet]}
     ${FACET_ORDER}`,
  );
}

function facetOfParents<F extends FacetName>(parent: StatementParent, facet: F) {
  return cypher<Keyed<FacetRows[F]>>(
    `statementFacetOf_${facet}_${parent}`,
    `UNWIND $keys AS key
     CALL (key) {
       MATCH ${PARENT_PATTERNS[parent]}
       WHERE $stance IS NULL OR s.stance = $stance
       ${FACET_TAILS[facet]}
     }
     RETURN key, row AS value
     ${FACET_ORDER}`,
  );
}

type FacetQueries<Make extends (facet: FacetName) => unknown> = { [F in FacetName]: ReturnType<Make> };
const facetsBy = <Make extends (facet: FacetName) => unknown>(make: Make) =>
  Object.fromEntries(FACET_NAMES.map((facet) => [facet, make(facet)])) as FacetQueries<Make>;

/** `StatementConnection.facets` of `Query.statements`: one fixed query per (anchor, facet). */
export const STATEMENT_FACETS = Object.fromEntries(
  ANCHOR_PREFERENCE.map((anchor) => [anchor, facetsBy((facet) => statementFacet(anchor, facet))]),
) as Record<StatementAnchor, { [F in FacetName]: ReturnType<typeof statementFacet<F>> }>;

/** The same facets for the nested lists, batched over their parents. */
export const STATEMENT_FACETS_OF_PARENTS = Object.fromEntries(
  parents.map((parent) => [parent, facetsBy((facet) => facetOfParents(parent, facet))]),
) as Record<StatementParent, { [F in FacetName]: ReturnType<typeof facetOfParents<F>> }>;
