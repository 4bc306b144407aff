import { ACTOR_FIELDS } from '../actors/fields';
import type { ActorRow } from '../actors/rows';
import { ARTICLE_FIELDS } from '../articles/fields';
import type { ArticleRow, SourceRow } from '../articles/rows';
import { cypher } from '../db/graph';
import type { Keyed } from '../graphql/loaders';
import { PLACE_FIELDS } from '../places/fields';
import type { PlaceRow } from '../places/rows';
import { STATEMENT_FIELDS } from '../statements/fields';
import type { StatementRow } from '../statements/rows';
import { CLAIM_FIELDS, EVENT_FIELDS } from './fields';
import type { ClaimRow, EventRow, SideClaimsRow } from './rows';

export const EVENTS_BY_ID = cypher<Keyed<EventRow>>(
  'eventsById',
  `UNWIND $keys AS key
   MATCH (e:Event {id: key})
   RETURN key, ${EVENT_FIELDS} AS value`,
);

/**
 * The states an actor (bound to `x`) acts for: itself when it is one, the state it is part of, or the
 * state of an organization in which it holds a role. Read from the graph's PART_OF/HELD/OF structure.
 */
const STATES_OF = (x: string) => `COLLECT {
    MATCH (${x})-[:PART_OF*0..3]->(st:Actor {kind: 'STATE'}) RETURN st
    UNION
    MATCH (${x})-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(st:Actor {kind: 'STATE'}) RETURN st
  }`;

/**
 * Whether the event bound to `e` is contested: among its responses, actors of some state X accuse
 * state Y or its actors, and actors of Y accuse X or its actors back (X ≠ Y).
 */
const CONTESTED = (e: string) => `EXISTS {
    MATCH (sp1:Actor)-[:SAID]->(s1:Statement {stance: 'ACCUSES'})-[:RESPONDS_TO]->(${e}),
          (s1)-[:TARGETS]->(t1:Actor)
    MATCH (sp2:Actor)-[:SAID]->(s2:Statement {stance: 'ACCUSES'})-[:RESPONDS_TO]->(${e}),
          (s2)-[:TARGETS]->(t2:Actor)
    WHERE s1 <> s2
    WITH ${STATES_OF('sp1')} AS accusers, ${STATES_OF('t1')} AS accused,
         ${STATES_OF('sp2')} AS accusersBack, ${STATES_OF('t2')} AS accusedBack
    WHERE any(x IN accusers WHERE x IN accusedBack
              AND any(y IN accused WHERE y IN accusersBack AND y <> x))
  }`;

/** `Event.contested`, batched over events. */
export const CONTESTED_BY_EVENT = cypher<Keyed<boolean>>(
  'contestedByEvent',
  `UNWIND $keys AS key
   MATCH (e:Event {id: key})
   RETURN key, ${CONTESTED('e')} AS value`,
);

/**
 * The filters of `Query.events`, every one optional. A date range keeps events whose [date, endDate]
 * overlaps [from, to]; a place keeps events in that place or in a place inside it.
 */
const EVENT_FILTERS = `
  ($kind IS NULL OR e.kind = $kind)
  AND ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))
  AND ($matchIds IS NULL OR e.id IN $matchIds)
  AND ($place IS NULL OR EXISTS { (e)-[:HAPPENED_IN]->(:Place)-[:IN*0..4]->(:Place {id: $place}) })
  AND ($outlet IS NULL OR EXISTS { (e)<-[:MENTIONS]-(:Article)-[:PUBLISHED_BY]->(o:Outlet) WHERE toLower(o.name) = toLower($outlet) })
  AND ($contested IS NULL OR ${CONTESTED('e')} = $contested)`;

function eventsPage(direction: 'ASC' | 'DESC') {
  const after = direction === 'ASC' ? '>' : '<';
  return cypher<{ key: string; node: EventRow }>(
    `eventsPage${direction}`,
    `MATCH (e:Event)
     WHERE ${EVENT_FILTERS}
     WITH e, coalesce(toString(e.date), '') AS key
     WHERE $afterId IS NULL OR key ${after} $afterKey OR (key = $afterKey AND e.id > $afterId)
     RETURN key, ${EVENT_FIELDS} AS node
     ORDER BY key ${direction}, e.id
     LIMIT $fetch`,
  );
}

/** Sort directions allowed for `Query.events`, each a fixed query. */
export const EVENTS_PAGE = { ASC: eventsPage('ASC'), DESC: eventsPage('DESC') } as const;

export const EVENTS_COUNT = cypher<{ count: number }>(
  'eventsCount',
  `MATCH (e:Event) WHERE ${EVENT_FILTERS} RETURN count(e) AS count`,
);

export const EVENT_IDS_MATCHING = cypher<{ id: string }>(
  'eventIdsMatching',
  `CALL db.index.fulltext.queryNodes('eventTitles', $lucene) YIELD node
   RETURN node.id AS id LIMIT 1000`,
);

export const PLACES_BY_EVENT = cypher<Keyed<PlaceRow>>(
  'placesByEvent',
  `UNWIND $keys AS key
   MATCH (:Event {id: key})-[:HAPPENED_IN]->(pl:Place)
   RETURN key, ${PLACE_FIELDS} AS value
   ORDER BY pl.name`,
);

export const PARTICIPANTS_BY_EVENT = cypher<Keyed<ActorRow>>(
  'participantsByEvent',
  `UNWIND $keys AS key
   MATCH (a:Actor)-[:TOOK_PART_IN]->(:Event {id: key})
   RETURN key, ${ACTOR_FIELDS} AS value
   ORDER BY a.name`,
);

export const RESPONSES_BY_EVENT = cypher<Keyed<StatementRow>>(
  'responsesByEvent',
  `UNWIND $keys AS key
   MATCH (s:Statement)-[:RESPONDS_TO]->(:Event {id: key})
   WHERE $stance IS NULL OR s.stance = $stance
   RETURN key, ${STATEMENT_FIELDS} AS value
   ORDER BY s.date, s.id`,
);

export const RESPONSE_COUNT_BY_EVENT = cypher<Keyed<number>>(
  'responseCountByEvent',
  `UNWIND $keys AS key
   MATCH (e:Event {id: key})
   RETURN key, COUNT { (:Statement)-[:RESPONDS_TO]->(e) } AS value`,
);

export const RESPONDENTS_BY_EVENT = cypher<Keyed<ActorRow>>(
  'respondentsByEvent',
  `UNWIND $keys AS key
   MATCH (a:Actor)-[:SAID]->(:Statement)-[:RESPONDS_TO]->(:Event {id: key})
   WITH DISTINCT key, a
   RETURN key, ${ACTOR_FIELDS} AS value
   ORDER BY a.name`,
);

export const CLAIMS_BY_EVENT = cypher<Keyed<ClaimRow>>(
  'claimsByEvent',
  `UNWIND $keys AS key
   MATCH (c:CasualtyClaim)-[:ABOUT]->(:Event {id: key})
   RETURN key, ${CLAIM_FIELDS} AS value
   ORDER BY c.id`,
);

export const CLAIM_SOURCES = cypher<Keyed<SourceRow>>(
  'claimSources',
  `UNWIND $keys AS key
   MATCH (:CasualtyClaim {id: key})-[src:SOURCE]->(ar:Article)
   RETURN key, {articleId: ar.id, start: src.start, end: src.end, text: src.text} AS value
   ORDER BY ar.published, src.start`,
);

export const ARTICLES_REPORTING_EVENT = cypher<Keyed<ArticleRow>>(
  'articlesReportingEvent',
  `UNWIND $keys AS key
   MATCH (ar:Article)-[:MENTIONS]->(:Event {id: key})
   WITH DISTINCT key, ar
   RETURN key, ${ARTICLE_FIELDS} AS value
   ORDER BY ar.published, ar.id`,
);

export const PARENT_EVENTS = cypher<Keyed<EventRow>>(
  'parentEvents',
  `UNWIND $keys AS key
   MATCH (:Event {id: key})-[:PART_OF]->(e:Event)
   RETURN key, ${EVENT_FIELDS} AS value
   ORDER BY e.date, e.id`,
);

export const CHILD_EVENTS = cypher<Keyed<EventRow>>(
  'childEvents',
  `UNWIND $keys AS key
   MATCH (e:Event)-[:PART_OF]->(:Event {id: key})
   RETURN key, ${EVENT_FIELDS} AS value
   ORDER BY e.date, e.id`,
);

/** The filters of `Query.claims`, every one optional; the date range overlaps the event's. */
const CLAIM_FILTERS = `
  ($event IS NULL OR e.id = $event)
  AND ($claimant IS NULL OR claimant.id = $claimant)
  AND ($side IS NULL OR EXISTS { (c)-[:SIDE]->(:Actor {id: $side}) })
  AND ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from))
  AND ($to IS NULL OR e.date <= date($to))`;

/** Where a `Query.claims` query starts: at the most selective id given. Fixed patterns only. */
const CLAIM_ANCHORS = {
  event: 'MATCH (:Event {id: $event})<-[:ABOUT]-(c:CasualtyClaim)',
  claimant: 'MATCH (:Actor {id: $claimant})<-[:CLAIMED_BY]-(c:CasualtyClaim)',
  side: 'MATCH (:Actor {id: $side})<-[:SIDE]-(c:CasualtyClaim)',
  all: 'MATCH (c:CasualtyClaim)',
} as const;
export type ClaimAnchor = keyof typeof CLAIM_ANCHORS;
const CLAIM_ANCHOR_PREFERENCE = Object.keys(CLAIM_ANCHORS) as ClaimAnchor[];

export function claimAnchorFor(filters: Partial<Record<ClaimAnchor, unknown>>): ClaimAnchor {
  return CLAIM_ANCHOR_PREFERENCE.find((anchor) => anchor !== 'all' && filters[anchor] != null) ?? 'all';
}

const claimsMatched = (anchor: ClaimAnchor) => `${CLAIM_ANCHORS[anchor]}
  MATCH (c)-[:ABOUT]->(e:Event)
  MATCH (c)-[:CLAIMED_BY]->(claimant:Actor)
  WHERE ${CLAIM_FILTERS}`;

/** Claims sort by the event's date, then the claimant's name (dates are fixed-width, so one key). */
const CLAIM_SORT_KEY = `coalesce(toString(e.date), '') + ' ' + claimant.name`;

const claimsPage = (anchor: ClaimAnchor) =>
  cypher<{ key: string; node: ClaimRow }>(
    `claimsPage_${anchor}`,
    `${claimsMatched(anchor)}
     WITH c, ${CLAIM_SORT_KEY} AS sortKey
     WHERE $afterId IS NULL OR sortKey > $afterKey OR (sortKey = $afterKey AND c.id > $afterId)
     RETURN sortKey AS key, ${CLAIM_FIELDS} AS node
     ORDER BY sortKey, c.id
     LIMIT $fetch`,
  );

const claimsCount = (anchor: ClaimAnchor) =>
  cypher<{ count: number }>(`claimsCount_${anchor}`, `${claimsMatched(anchor)} RETURN count(c) AS count`);

/** One fixed query per anchor of `Query.claims`. */
export const CLAIMS_PAGE = Object.fromEntries(
  CLAIM_ANCHOR_PREFERENCE.map((anchor) => [anchor, claimsPage(anchor)]),
) as Record<ClaimAnchor, ReturnType<typeof claimsPage>>;
export const CLAIMS_COUNT = Object.fromEntries(
  CLAIM_ANCHOR_PREFERENCE.map((anchor) => [anchor, claimsCount(anchor)]),
) as Record<ClaimAnchor, ReturnType<typeof claimsCount>>;

const spread = (figure: string) =>
  `CASE WHEN ${figure}Claims = 0 THEN null
        ELSE {lowest: ${figure}Lowest, highest: ${figure}Highest, claims: ${figure}Claims} END`;

/** `CasualtyClaimConnection.bySide`: the filtered claims grouped by side, each figure's spread. */
const claimsBySide = (anchor: ClaimAnchor) =>
  cypher<{ row: SideClaimsRow }>(
    `claimsBySide_${anchor}`,
    `${claimsMatched(anchor)}
     OPTIONAL MATCH (c)-[:SIDE]->(side:Actor)
     WITH c, claimant, side ORDER BY claimant.name, claimant.id
     WITH side, count(c) AS claimCount, collect(DISTINCT claimant) AS claimantNodes,
          min(c.killed) AS killedLowest, max(c.killed) AS killedHighest, count(c.killed) AS killedClaims,
          min(c.wounded) AS woundedLowest, max(c.wounded) AS woundedHighest, count(c.wounded) AS woundedClaims,
          min(c.captured) AS capturedLowest, max(c.captured) AS capturedHighest, count(c.captured) AS capturedClaims
     RETURN {
       side: head([a IN CASE WHEN side IS NULL THEN [] ELSE [side] END | ${ACTOR_FIELDS}]),
       claimCount: claimCount,
       claimants: [a IN claimantNodes | ${ACTOR_FIELDS}],
       killed: ${spread('killed')},
       wounded: ${spread('wounded')},
       captured: ${spread('captured')}
     } AS row
     ORDER BY side IS NULL, claimCount DESC, side.name, side.id`,
  );
export const CLAIMS_BY_SIDE = Object.fromEntries(
  CLAIM_ANCHOR_PREFERENCE.map((anchor) => [anchor, claimsBySide(anchor)]),
) as Record<ClaimAnchor, ReturnType<typeof claimsBySide>>;
