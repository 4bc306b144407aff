import { cypher } from '../db/graph';
import type { Keyed } from '../graphql/loaders';
import type { EventRow } from '../events/rows';
import { EVENT_FIELDS } from '../events/fields';
import { ACTOR_FIELDS } from './fields';
import type { SourceRow } from '../articles/rows';
import type { ActorRow, RoleRow } from './rows';

export const ACTORS_BY_ID = cypher<Keyed<ActorRow>>(
  'actorsById',
  `UNWIND $keys AS key
   MATCH (a:Actor {id: key})
   RETURN key, ${ACTOR_FIELDS} AS value`,
);

export const ACTORS_PAGE = cypher<{ key: string; node: ActorRow }>(
  'actorsPage',
  `MATCH (a:Actor)
   WHERE ($kind IS NULL OR a.kind = $kind)
     AND ($afterId IS NULL OR a.name > $afterKey OR (a.name = $afterKey AND a.id > $afterId))
   RETURN a.name AS key, ${ACTOR_FIELDS} AS node
   ORDER BY a.name, a.id
   LIMIT $fetch`,
);

export const ACTORS_COUNT = cypher<{ count: number }>(
  'actorsCount',
  `MATCH (a:Actor) WHERE $kind IS NULL OR a.kind = $kind RETURN count(a) AS count`,
);

/** Full-text match on names and aliases; an exact name or alias outranks any fuzzy match. */
export const ACTORS_SEARCH_PAGE = cypher<{ key: number; node: ActorRow }>(
  'actorsSearchPage',
  `CALL db.index.fulltext.queryNodes('actorNames', $lucene) YIELD node AS a, score
   WHERE $kind IS NULL OR a.kind = $kind
   WITH a, score + CASE WHEN $exact IN a.nameKeys THEN 100.0 ELSE 0.0 END AS rank
   WHERE $afterId IS NULL OR rank < $afterKey OR (rank = $afterKey AND a.id > $afterId)
   RETURN rank AS key, ${ACTOR_FIELDS} AS node
   ORDER BY rank DESC, a.id
   LIMIT $fetch`,
);

export const ACTORS_SEARCH_COUNT = cypher<{ count: number }>(
  'actorsSearchCount',
  `CALL db.index.fulltext.queryNodes('actorNames', $lucene) YIELD node AS a
   WHERE $kind IS NULL OR a.kind = $kind
   RETURN count(a) AS count`,
);

export const ROLES_BY_HOLDER = cypher<Keyed<RoleRow>>(
  'rolesByHolder',
  `UNWIND $keys AS key
   MATCH (:Actor {id: key})-[:HELD]->(r:Role)
   WHERE $at IS NULL OR ((r.since IS NULL OR r.since <= date($at)) AND (r.until IS NULL OR r.until >= date($at)))
   RETURN key, r {
     .id, .title, holderId: key,
     organizationId: head([(r)-[:OF]->(o:Actor) | o.id]),
     since: r.since, until: r.until
   } AS value
   ORDER BY r.since, r.title`,
);

export const STATEMENT_COUNT_BY_SPEAKER = cypher<Keyed<number>>(
  'statementCountBySpeaker',
  `UNWIND $keys AS key
   MATCH (a:Actor {id: key})
   RETURN key, COUNT { (a)-[:SAID]->(:Statement) } AS value`,
);

export const EVENTS_BY_PARTICIPANT = cypher<Keyed<EventRow>>(
  'eventsByParticipant',
  `UNWIND $keys AS key
   MATCH (:Actor {id: key})-[:TOOK_PART_IN]->(e:Event)
   RETURN key, ${EVENT_FIELDS} AS value
   ORDER BY e.date, e.id`,
);

export const ROLE_SOURCES = cypher<Keyed<SourceRow>>(
  'roleSources',
  `UNWIND $keys AS key
   MATCH (:Role {id: key})-[src:SOURCE]->(ar:Article)
   RETURN key, {articleId: ar.id, start: src.start, end: src.end, text: src.text} AS value
   ORDER BY ar.published, src.start`,
);
