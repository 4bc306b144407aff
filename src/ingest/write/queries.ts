import { cypher } from '../../db/graph';
import { WRITE_STATEMENT_KEYS } from '../../db/statementKeys';
import { STATEMENT_LINKS } from '../../vocabulary/statementLinks';
import type { ActorEntry, EventEntry, PlaceEntry } from '../../vocabulary/terms';

/**
 * The ingest's writes. Extracted facts are marked EXTRACTED with a confidence. Every write MERGEs
 * on a deterministic id and sets properties only ON CREATE, and labels or links only on nodes the
 * ingest created, so a second run changes nothing and a curated node is never altered.
 */

/**
 * Taken first by every ingest's write transaction and held until it commits: ingests run one at a
 * time from reading the snapshot to committing. Ingests are rare next to reads, and one lock cannot
 * deadlock; the id is unique (migrations), so two first ingests cannot make two locks.
 */
export const TAKE_INGEST_LOCK = cypher<never>(
  'ingestTakeLock',
  `MERGE (l:IngestLock {id: 'ingest'}) SET l.takenAt = timestamp()`,
);

/** An article already in the graph with the same text (curated seeds have no textHash, so the text is compared). */
export const FIND_ARTICLE = cypher<{ id: string; curated: boolean }>(
  'ingestFindArticle',
  `MATCH (a:Article) WHERE a.textHash = $hash OR a.text = $text
   RETURN a.id AS id, coalesce(a.provenance, 'CURATED') = 'CURATED' AS curated
   ORDER BY curated DESC, a.id LIMIT 1`,
);

export const CREATE_ARTICLE = cypher<never>(
  'ingestCreateArticle',
  `MERGE (ar:Article {id: $article.id})
   ON CREATE SET ar:Node, ar.title = $article.title, ar.titleFromText = $article.titleFromText,
                 ar.published = date($article.published), ar.url = $article.url, ar.text = $article.text, ar.searchText = $article.searchText,
                 ar.textHash = $article.textHash, ar.provenance = 'EXTRACTED', ar.confidence = 1.0
   FOREACH (_ IN CASE WHEN $article.outletId IS NULL THEN [] ELSE [1] END |
     MERGE (o:Outlet {id: $article.outletId}) ON CREATE SET o.name = $article.outlet
     MERGE (ar)-[:PUBLISHED_BY]->(o))`,
);

/**
 * Per statement: already written (same id), rejected by an analyst (same id, or overlapping a
 * rejected span), covered by a curated statement of the article (overlap ≥ half the shorter), or new.
 */
export const STATEMENT_STATUS = cypher<{
  id: string;
  status: 'NEW' | 'UNCHANGED' | 'COVERED_BY_CURATED' | 'REJECTED';
}>(
  'ingestStatementStatus',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   OPTIONAL MATCH (existing:Statement {id: row.id})
   OPTIONAL MATCH (rejected:RejectedStatement {id: row.id})
   WITH ar, row, existing, rejected,
        [(c)-[src:SOURCE]->(ar) WHERE (c:RejectedStatement OR (c:Statement AND coalesce(c.provenance, 'CURATED') = 'CURATED'))
            AND 2 * ((CASE WHEN src.end < row.end THEN src.end ELSE row.end END)
                     - (CASE WHEN src.start > row.start THEN src.start ELSE row.start END))
                >= (CASE WHEN src.end - src.start < row.end - row.start THEN src.end - src.start ELSE row.end - row.start END)
         | c:RejectedStatement] AS covering
   RETURN row.id AS id,
          CASE WHEN existing IS NOT NULL THEN 'UNCHANGED'
               WHEN rejected IS NOT NULL OR true IN covering THEN 'REJECTED'
               WHEN size(covering) > 0 THEN 'COVERED_BY_CURATED'
               ELSE 'NEW' END AS status`,
);

export const MERGE_ACTORS = cypher<{ id: string; created: boolean }>(
  'ingestActors',
  `UNWIND $rows AS row
   OPTIONAL MATCH (before:Actor {id: row.id})
   WITH row, before IS NULL AS created
   MERGE (a:Actor {id: row.id})
   ON CREATE SET a:Node, a.name = row.name, a.kind = row.kind, a.orgType = row.orgType, a.aliases = row.aliases,
                 a.aliasText = row.aliasText, a.searchText = row.searchText, a.nameKeys = row.nameKeys, a.provenance = 'EXTRACTED', a.confidence = row.confidence,
                 a.described = row.described
   WITH a, row, created
   // Labels and links only on actors the ingest made, and only for the kind they were made with.
   FOREACH (_ IN CASE WHEN created AND row.kind = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
   FOREACH (_ IN CASE WHEN created AND row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
   FOREACH (_ IN CASE WHEN created AND row.kind = 'STATE' THEN [1] ELSE [] END | SET a:State)
   WITH a, row, created
   CALL (a, row, created) {
     MATCH (p:Actor {id: row.partOf}) WHERE created MERGE (a)-[:PART_OF]->(p)
   }
   RETURN row.id AS id, created`,
);

export const MERGE_EVENTS = cypher<{ id: string; created: boolean }>(
  'ingestEvents',
  `UNWIND $rows AS row
   OPTIONAL MATCH (before:Event {id: row.id})
   WITH row, before IS NULL AS created
   MERGE (e:Event {id: row.id})
   ON CREATE SET e:Node, e.title = row.title, e.searchText = row.searchText, e.kind = row.kind, e.date = date(row.date), e.datePrecision = row.datePrecision,
                 e.provenance = 'EXTRACTED', e.confidence = row.confidence
   WITH e, row, created
   CALL (e, row, created) {
     UNWIND row.places AS placeId MATCH (pl:Place {id: placeId}) WHERE created MERGE (e)-[:HAPPENED_IN]->(pl)
   }
   CALL (e, row, created) {
     UNWIND row.participants AS actorId MATCH (a:Actor {id: actorId}) WHERE created MERGE (a)-[:TOOK_PART_IN]->(e)
   }
   RETURN row.id AS id, created`,
);

export const CREATE_STATEMENTS = cypher<never>(
  'ingestStatements',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (speaker:Actor {id: row.speaker})
   MERGE (s:Statement {id: row.id})
   ON CREATE SET s:Node, s.text = row.text, s.searchText = row.searchText, s.direct = row.direct, s.date = date(row.date), s.datePrecision = row.datePrecision,
                 s.channel = row.channel, s.stance = row.stance, s.provenance = 'EXTRACTED', s.confidence = row.confidence
   MERGE (speaker)-[:SAID]->(s)
   MERGE (s)-[src:SOURCE]->(ar) ON CREATE SET src.start = row.start, src.end = row.end
   ${STATEMENT_LINKS}
   ${WRITE_STATEMENT_KEYS}`,
);

export const MERGE_CLAIMS = cypher<never>(
  'ingestClaims',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (s:Statement {id: row.statement, provenance: 'EXTRACTED'}), (claimant:Actor {id: row.claimant}), (e:Event {id: row.event})
   MERGE (c:CasualtyClaim {id: row.id})
   ON CREATE SET c.killed = row.killed, c.wounded = row.wounded, c.captured = row.captured, c.provenance = 'EXTRACTED',
                 c.confidence = row.confidence
   MERGE (c)-[:CLAIMED_BY]->(claimant)
   MERGE (c)-[:ABOUT]->(e)
   MERGE (c)-[:STATED_IN]->(s)
   MERGE (c)-[src:SOURCE {start: row.start, end: row.end}]->(ar) ON CREATE SET src.text = row.text
   WITH c, row
   CALL (c, row) {
     MATCH (side:Actor {id: row.side}) MERGE (c)-[:SIDE]->(side)
   }`,
);

export const MERGE_MENTIONS = cypher<never>(
  'ingestMentions',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (e:Event {id: row.event})
   MERGE (ar)-[m:MENTIONS {start: row.start, end: row.end}]->(e) ON CREATE SET m.text = row.text`,
);

/** What the graph knows, read before extraction: the same shapes as the seed files. */
export const SNAPSHOT_ACTORS = cypher<ActorEntry>(
  'ingestSnapshotActors',
  `MATCH (a:Actor)
   // An unnamed source described by another article ("Residents") is that article's own, never this one's.
   WHERE NOT coalesce(a.described, false)
   RETURN a.id AS id, a.name AS name, a.kind AS kind, a.orgType AS orgType, coalesce(a.aliases, []) AS aliases,
          head([(a)-[:PART_OF]->(p:Actor) | p.id]) AS partOf
   ORDER BY a.id`,
);

export const SNAPSHOT_PLACES = cypher<PlaceEntry>(
  'ingestSnapshotPlaces',
  `MATCH (pl:Place)
   RETURN pl.id AS id, pl.name AS name, pl.kind AS kind, coalesce(pl.aliases, []) AS aliases,
          head([(pl)-[:IN]->(up:Place) | up.id]) AS in, head([(s:Actor)-[:GOVERNS]->(pl) | s.id]) AS state
   ORDER BY pl.id`,
);

export const SNAPSHOT_EVENTS = cypher<EventEntry>(
  'ingestSnapshotEvents',
  `MATCH (e:Event)
   RETURN e.id AS id, e.title AS title, e.kind AS kind, e.date AS date, e.endDate AS endDate, e.datePrecision AS datePrecision,
          [(e)-[:HAPPENED_IN]->(pl:Place) | pl.id] AS places, [(a:Actor)-[:TOOK_PART_IN]->(e) | a.id] AS participants,
          [(e)-[:PART_OF]->(p:Event) | p.id] AS partOf
   ORDER BY e.id`,
);

export const WRITE_QUERIES = [
  TAKE_INGEST_LOCK,
  FIND_ARTICLE,
  CREATE_ARTICLE,
  STATEMENT_STATUS,
  MERGE_ACTORS,
  MERGE_EVENTS,
  CREATE_STATEMENTS,
  MERGE_CLAIMS,
  MERGE_MENTIONS,
];

export const SNAPSHOT_QUERIES = [SNAPSHOT_ACTORS, SNAPSHOT_PLACES, SNAPSHOT_EVENTS];
