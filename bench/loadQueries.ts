import { cypher } from '../src/db/graph';
import { WRITE_STATEMENT_KEYS } from '../src/db/statementKeys';

/**
 * The benchmark's writes: batched `UNWIND $rows … CREATE` into a database that was emptied and then
 * migrated (constraints and indexes from src/db/migrations.ts), one transaction per batch. CREATE is
 * right here because every id is new; the seed loader MERGEs because it may run twice. Labels and
 * properties are the ones src/seed/queries.ts writes, so the API reads these nodes like seeded ones.
 * Reference lookups (MATCH … {id}) go through the uniqueness constraints' indexes.
 */

const ACTOR_PROPERTIES = `id: row.id, name: row.name, kind: row.kind, orgType: row.orgType, aliases: row.aliases,
  aliasText: row.aliasText, searchText: row.searchText, nameKeys: row.nameKeys, provenance: 'EXTRACTED', confidence: 1.0`;

export const CREATE_OUTLETS = cypher<never>(
  'benchOutlets',
  `UNWIND $rows AS row CREATE (:Outlet {id: row.id, name: row.name})`,
);

/** One query per actor kind: labels are fixed text, never data. */
export const CREATE_ACTORS = {
  STATE: cypher<never>('benchStates', `UNWIND $rows AS row CREATE (:Actor:Node:State {${ACTOR_PROPERTIES}})`),
  ORGANIZATION: cypher<never>(
    'benchOrganizations',
    `UNWIND $rows AS row CREATE (:Actor:Node:Organization {${ACTOR_PROPERTIES}})`,
  ),
  PERSON: cypher<never>(
    'benchPersons',
    `UNWIND $rows AS row CREATE (:Actor:Node:Person {${ACTOR_PROPERTIES}})`,
  ),
} as const;

export const LINK_ACTOR_PART_OF = cypher<never>(
  'benchActorPartOf',
  `UNWIND $rows AS row
   MATCH (a:Actor {id: row.id}) MATCH (p:Actor {id: row.to})
   CREATE (a)-[:PART_OF]->(p)`,
);

export const CREATE_PLACES = cypher<never>(
  'benchPlaces',
  `UNWIND $rows AS row
   CREATE (:Place:Node {id: row.id, name: row.name, kind: row.kind, aliases: row.aliases, aliasText: row.aliasText,
                        searchText: row.searchText, nameKeys: row.nameKeys})`,
);

export const LINK_PLACE_IN = cypher<never>(
  'benchPlaceIn',
  `UNWIND $rows AS row
   MATCH (pl:Place {id: row.id}) MATCH (up:Place {id: row.to})
   CREATE (pl)-[:IN]->(up)`,
);

export const LINK_GOVERNS = cypher<never>(
  'benchGoverns',
  `UNWIND $rows AS row
   MATCH (s:Actor {id: row.id}) MATCH (pl:Place {id: row.to})
   CREATE (s)-[:GOVERNS]->(pl)`,
);

export const CREATE_EVENTS = cypher<never>(
  'benchEvents',
  `UNWIND $rows AS row
   CREATE (e:Event:Node {id: row.id, title: row.title, searchText: row.searchText, kind: row.kind,
                         date: date(row.date), endDate: date(row.endDate), datePrecision: row.datePrecision,
                         provenance: 'EXTRACTED', confidence: 1.0})
   WITH e, row
   CALL (e, row) {
     UNWIND row.places AS placeId MATCH (pl:Place {id: placeId}) CREATE (e)-[:HAPPENED_IN]->(pl)
   }
   CALL (e, row) {
     UNWIND row.participants AS actorId MATCH (a:Actor {id: actorId}) CREATE (a)-[:TOOK_PART_IN]->(e)
   }`,
);

export const LINK_EVENT_PART_OF = cypher<never>(
  'benchEventPartOf',
  `UNWIND $rows AS row
   MATCH (e:Event {id: row.id}) MATCH (p:Event {id: row.to})
   CREATE (e)-[:PART_OF]->(p)`,
);

export const CREATE_ROLES = cypher<never>(
  'benchRoles',
  `UNWIND $rows AS row
   MATCH (person:Actor {id: row.person}) MATCH (o:Actor {id: row.organization})
   CREATE (r:Role {id: row.id, title: row.title, since: date(row.since), until: date(row.until)})
   CREATE (person)-[:HELD]->(r)
   CREATE (r)-[:OF]->(o)`,
);

export const CREATE_ARTICLES = cypher<never>(
  'benchArticles',
  `UNWIND $rows AS row
   MATCH (o:Outlet {id: row.outlet})
   CREATE (ar:Article:Node {id: row.id, title: row.title, titleFromText: false, published: date(row.published),
                            text: row.text})
   CREATE (ar)-[:PUBLISHED_BY]->(o)
   WITH ar, row
   CALL (ar, row) {
     UNWIND row.mentions AS m
     MATCH (e:Event {id: m.event})
     CREATE (ar)-[:MENTIONS {start: m.start, end: m.end, text: m.text}]->(e)
   }`,
);

export const CREATE_STATEMENTS = cypher<never>(
  'benchStatements',
  `UNWIND $rows AS row
   MATCH (speaker:Actor {id: row.speaker})
   MATCH (ar:Article {id: row.article})
   CREATE (s:Statement:Node {id: row.id, text: row.text, searchText: row.searchText, direct: row.direct,
                             date: date(row.date), datePrecision: 'DAY', channel: row.channel, stance: row.stance,
                             provenance: 'EXTRACTED', confidence: row.confidence})
   CREATE (speaker)-[:SAID]->(s)
   CREATE (s)-[:SOURCE {start: row.start, end: row.end}]->(ar)
   WITH s, row
   CALL (s, row) {
     UNWIND row.targets AS targetId MATCH (t:Actor {id: targetId}) CREATE (s)-[:TARGETS]->(t)
   }
   CALL (s, row) {
     UNWIND row.events AS eventId MATCH (e:Event {id: eventId}) CREATE (s)-[:RESPONDS_TO]->(e)
   }
   CALL (s, row) {
     UNWIND row.via AS viaId MATCH (v:Actor {id: viaId}) CREATE (s)-[:VIA]->(v)
   }
   ${WRITE_STATEMENT_KEYS}`,
);

export const LINK_REPLIES = cypher<never>(
  'benchReplies',
  `UNWIND $rows AS row
   MATCH (s:Statement {id: row.id}) MATCH (other:Statement {id: row.to})
   CREATE (s)-[:REPLIES_TO]->(other)`,
);

export const CREATE_CLAIMS = cypher<never>(
  'benchClaims',
  `UNWIND $rows AS row
   MATCH (claimant:Actor {id: row.claimant}) MATCH (side:Actor {id: row.side})
   MATCH (e:Event {id: row.event}) MATCH (s:Statement {id: row.statement}) MATCH (ar:Article {id: row.article})
   CREATE (c:CasualtyClaim {id: row.id, killed: row.killed, wounded: row.wounded, captured: row.captured,
                            provenance: 'EXTRACTED'})
   CREATE (c)-[:CLAIMED_BY]->(claimant)
   CREATE (c)-[:SIDE]->(side)
   CREATE (c)-[:ABOUT]->(e)
   CREATE (c)-[:STATED_IN]->(s)
   CREATE (c)-[:SOURCE {start: row.start, end: row.end, text: row.text}]->(ar)`,
);

export const LABELS = [
  'Node',
  'Actor',
  'State',
  'Organization',
  'Person',
  'Place',
  'Event',
  'Article',
  'Statement',
  'CasualtyClaim',
  'Role',
  'Outlet',
] as const;

export const RELATIONSHIP_TYPES = [
  'SAID',
  'SOURCE',
  'TARGETS',
  'RESPONDS_TO',
  'VIA',
  'REPLIES_TO',
  'PART_OF',
  'IN',
  'GOVERNS',
  'HAPPENED_IN',
  'TOOK_PART_IN',
  'MENTIONS',
  'PUBLISHED_BY',
  'HELD',
  'OF',
  'CLAIMED_BY',
  'SIDE',
  'ABOUT',
  'STATED_IN',
  'TARGETS_FROM',
] as const;

/** Counts come from the count store (label or type only), so they cost nothing at any size. */
export const labelCount = (label: (typeof LABELS)[number]) =>
  cypher<{ count: number }>(`count${label}`, `MATCH (n:${label}) RETURN count(n) AS count`);
export const relationshipCount = (type: (typeof RELATIONSHIP_TYPES)[number]) =>
  cypher<{ count: number }>(`count${type}`, `MATCH ()-[r:${type}]->() RETURN count(r) AS count`);

export const IS_EMPTY = cypher<{ nodes: number }>('benchIsEmpty', 'MATCH (n) RETURN count(n) AS nodes');
