/**
 * A statement's links to who delivered it, whom it targets and what it responds to, from a row with
 * `via`, `targets` and `respondsTo` ids; shared by the seed and the ingest, which write them alike.
 */
export const STATEMENT_LINKS = `WITH s, row
   CALL (s, row) {
     MATCH (v:Actor {id: row.via}) MERGE (s)-[:VIA]->(v)
   }
   CALL (s, row) {
     UNWIND row.targets AS targetId MATCH (t:Actor {id: targetId}) MERGE (s)-[:TARGETS]->(t)
   }
   CALL (s, row) {
     UNWIND row.respondsTo AS eventId MATCH (e:Event {id: eventId}) MERGE (s)-[:RESPONDS_TO]->(e)
   }`;
