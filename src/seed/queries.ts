import { cypher } from '../db/graph';
import { WRITE_STATEMENT_KEYS } from '../db/statementKeys';
import { STATEMENT_LINKS } from '../vocabulary/statementLinks';

/**
 * The seed's writes: batched UNWIND … MERGE on ids, so loading the same files again changes nothing.
 * Seeded facts are marked CURATED.
 */
export const MERGE_OUTLETS = cypher<never>(
  'seedOutlets',
  `UNWIND $rows AS row
   MERGE (o:Outlet {id: row.id}) SET o.name = row.name`,
);

export const MERGE_ACTORS = cypher<never>(
  'seedActors',
  `UNWIND $rows AS row
   MERGE (a:Actor {id: row.id})
   SET a:Node, a.name = row.name, a.kind = row.kind, a.orgType = row.orgType, a.aliases = row.aliases,
       a.aliasText = row.aliasText, a.searchText = row.searchText, a.nameKeys = row.nameKeys, a.provenance = 'CURATED', a.confidence = 1.0
   // One label per kind as well, so Browser can colour them; labels are fixed here, never from input.
   FOREACH (_ IN CASE WHEN row.kind = 'PERSON' THEN [1] ELSE [] END | SET a:Person)
   FOREACH (_ IN CASE WHEN row.kind = 'ORGANIZATION' THEN [1] ELSE [] END | SET a:Organization)
   FOREACH (_ IN CASE WHEN row.kind = 'STATE' THEN [1] ELSE [] END | SET a:State)`,
);

export const LINK_ACTORS = cypher<never>(
  'seedActorLinks',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id}), (p:Actor {id: row.partOf})
   MERGE (a)-[:PART_OF]->(p)`,
);

export const MERGE_PLACES = cypher<never>(
  'seedPlaces',
  `UNWIND $rows AS row
   MERGE (pl:Place {id: row.id})
   SET pl:Node, pl.name = row.name, pl.kind = row.kind, pl.aliases = row.aliases, pl.aliasText = row.aliasText,
       pl.searchText = row.searchText, pl.nameKeys = row.nameKeys`,
);

export const LINK_PLACES = cypher<never>(
  'seedPlaceLinks',
  `UNWIND $rows AS row
   MATCH (pl:Place {id: row.id})
   CALL (pl, row) {
     MATCH (up:Place {id: row.in}) MERGE (pl)-[:IN]->(up)
   }
   CALL (pl, row) {
     MATCH (s:Actor {id: row.state}) MERGE (s)-[:GOVERNS]->(pl)
   }`,
);

export const MERGE_EVENTS = cypher<never>(
  'seedEvents',
  `UNWIND $rows AS row
   MERGE (e:Event {id: row.id})
   SET e:Node, e.title = row.title, e.searchText = row.searchText, e.kind = row.kind, e.date = date(row.date), e.endDate = date(row.endDate),
       e.datePrecision = row.datePrecision, e.provenance = 'CURATED', e.confidence = 1.0
   WITH e, row
   CALL (e, row) {
     UNWIND row.places AS placeId MATCH (pl:Place {id: placeId}) MERGE (e)-[:HAPPENED_IN]->(pl)
   }
   CALL (e, row) {
     UNWIND row.participants AS actorId MATCH (a:Actor {id: actorId}) MERGE (a)-[:TOOK_PART_IN]->(e)
   }`,
);

export const LINK_EVENTS = cypher<never>(
  'seedEventLinks',
  `UNWIND $rows AS row
   MATCH (e:Event {id: row.id})
   UNWIND row.partOf AS parentId
   MATCH (p:Event {id: parentId})
   MERGE (e)-[:PART_OF]->(p)`,
);

export const MERGE_ARTICLE = cypher<never>(
  'seedArticle',
  `MERGE (ar:Article {id: $article.id})
   SET ar:Node, ar.title = $article.title, ar.titleFromText = $article.titleFromText, ar.published = date($article.published),
       ar.url = $article.url, ar.text = $article.text, ar.searchText = $article.searchText, ar.file = $article.file
   WITH ar
   CALL (ar) {
     MATCH (o:Outlet {id: $article.outletId}) MERGE (ar)-[:PUBLISHED_BY]->(o)
   }`,
);

export const MERGE_MENTIONS = cypher<never>(
  'seedMentions',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (e:Event {id: row.event})
   MERGE (ar)-[m:MENTIONS {start: row.start, end: row.end}]->(e)
   SET m.text = row.text`,
);

export const MERGE_ROLES = cypher<never>(
  'seedRoles',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (person:Actor {id: row.person})
   MERGE (r:Role {id: row.id})
   SET r.title = row.title, r.since = date(row.since), r.until = date(row.until)
   MERGE (person)-[:HELD]->(r)
   MERGE (r)-[src:SOURCE {start: row.start, end: row.end}]->(ar)
   SET src.text = row.text
   WITH r, row
   CALL (r, row) {
     MATCH (o:Actor {id: row.organization}) MERGE (r)-[:OF]->(o)
   }`,
);

export const MERGE_STATEMENTS = cypher<never>(
  'seedStatements',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (speaker:Actor {id: row.speaker})
   MERGE (s:Statement {id: row.id})
   SET s:Node, s.text = row.text, s.searchText = row.searchText, s.direct = row.direct, s.date = date(row.date), s.datePrecision = row.datePrecision,
       s.channel = row.channel, s.stance = row.stance, s.provenance = 'CURATED', s.confidence = 1.0
   MERGE (speaker)-[:SAID]->(s)
   MERGE (s)-[src:SOURCE]->(ar)
   SET src.start = row.start, src.end = row.end
   ${STATEMENT_LINKS}
   ${WRITE_STATEMENT_KEYS}`,
);

/** After all statements exist, since a statement may answer one from another article. */
export const LINK_REPLIES = cypher<never>(
  'seedReplies',
  `UNWIND $rows AS row
   MATCH (s:Statement {id: row.id})
   UNWIND row.repliesTo AS otherId
   MATCH (other:Statement {id: otherId})
   MERGE (s)-[:REPLIES_TO]->(other)`,
);

export const MERGE_CLAIMS = cypher<never>(
  'seedClaims',
  `MATCH (ar:Article {id: $articleId})
   UNWIND $rows AS row
   MATCH (claimant:Actor {id: row.claimant}), (e:Event {id: row.event}), (s:Statement {id: row.statement})
   MERGE (c:CasualtyClaim {id: row.id})
   SET c.killed = row.killed, c.wounded = row.wounded, c.captured = row.captured, c.provenance = 'CURATED'
   MERGE (c)-[:CLAIMED_BY]->(claimant)
   MERGE (c)-[:ABOUT]->(e)
   MERGE (c)-[:STATED_IN]->(s)
   MERGE (c)-[src:SOURCE {start: row.start, end: row.end}]->(ar)
   SET src.text = row.text
   WITH c, row
   CALL (c, row) {
     MATCH (side:Actor {id: row.side}) MERGE (c)-[:SIDE]->(side)
   }`,
);

export const GRAPH_COUNTS = cypher<{ label: string; count: number }>(
  'graphCounts',
  `CALL db.labels() YIELD label
   CALL (label) { MATCH (n) WHERE label IN labels(n) RETURN count(n) AS count }
   RETURN label, count ORDER BY label`,
);

export const RELATIONSHIP_COUNT = cypher<{ count: number }>(
  'relationshipCount',
  `MATCH ()-[r]->() RETURN count(r) AS count`,
);

export const IS_EMPTY = cypher<{ empty: boolean }>('isEmpty', `RETURN NOT EXISTS { MATCH (:Article) } AS empty`);
