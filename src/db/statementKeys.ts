import { cypher } from './graph';
import { COUNT_STATEMENT, UNCOUNT_STATEMENT } from './statementTallies';

/**
 * Keys that put a statement question's equality part in front of its date, so that a composite
 * range index answers it in date order and a page stops after `first + 1` entries (docs/model.md,
 * "Keys for lists that would grow with the graph"):
 *
 * - `Statement.speakerId`: its speaker's id, indexed with `date` (`statement_speaker_date`);
 * - `(s)-[:TARGETS_FROM {speakerIn, stance, date}]->(target)`: one per target and per actor the
 *   speaker acts for — itself, what it is PART_OF (3 levels), the organizations it holds a role in and
 *   what those are PART_OF (3 levels), exactly what `speakerIn` admits (src/statements/plan.ts,
 *   `within`) — indexed on (speakerIn, stance, date) (`targets_from_key`).
 *
 * They are derived data: every writer calls the fragment below after it wrote a statement's speaker,
 * targets, stance and date, and a change to PART_OF, HELD or OF rewrites the keys of the statements
 * of every actor below the changed one.
 */

/** The actors a speaker `sp` speaks for, as ids: the `speakerIn` closure. */
const SPEAKS_FOR = `COLLECT {
       MATCH (sp)-[:PART_OF*0..3]->(x:Actor) RETURN x.id AS id
       UNION
       MATCH (sp)-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(x:Actor) RETURN x.id AS id
     }`;

/**
 * Rewrites the keys of the statement bound to `s` (a fragment: it follows a clause that binds `s`
 * and leaves `s` bound). Old TARGETS_FROM relationships go first, so it can run any number of times.
 * The statement's tallies (src/db/statementTallies.ts) follow its keys: un-counted from the old ones,
 * counted from the new ones.
 */
export const WRITE_STATEMENT_KEYS = `WITH s
   ${UNCOUNT_STATEMENT}
   CALL (s) {
     MATCH (s)-[old:TARGETS_FROM]->() DELETE old
   }
   CALL (s) {
     OPTIONAL MATCH (sp:Actor)-[:SAID]->(s)
     WITH s, sp LIMIT 1
     SET s.speakerId = sp.id
     WITH s, sp, ${SPEAKS_FOR} AS speaksFor
     MATCH (s)-[:TARGETS]->(t:Actor)
     UNWIND speaksFor AS within
     CREATE (s)-[:TARGETS_FROM {speakerIn: within, stance: s.stance, date: s.date}]->(t)
   }
   ${COUNT_STATEMENT}`;

/** Rewrites the keys of the statements with these ids (after a correction, after the seed). */
export const REFRESH_STATEMENT_KEYS = cypher<never>(
  'refreshStatementKeys',
  `UNWIND $ids AS id
   MATCH (s:Statement {id: id})
   ${WRITE_STATEMENT_KEYS}`,
);

/**
 * After PART_OF, HELD or OF changed at these actors (the actor a PART_OF or HELD starts from, the
 * organization a role is OF): rewrites the keys of every statement said by an actor whose `speakerIn`
 * closure reaches one of them. Links into an actor do not change when its own links change, so the
 * actors below it are the same before and after the change.
 */
export const REFRESH_KEYS_BELOW = cypher<never>(
  'refreshKeysBelow',
  `UNWIND $actorIds AS actorId
   MATCH (a:Actor {id: actorId})
   CALL (a) {
     MATCH (sp:Actor)-[:PART_OF*0..3]->(a) RETURN sp
     UNION
     MATCH (sp:Actor)-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(a) RETURN sp
   }
   MATCH (sp)-[:SAID]->(s:Statement)
   WITH DISTINCT s
   ${WRITE_STATEMENT_KEYS}`,
);

/** Marks a one-time data migration as done (a node outside the API's labels). */
export const MIGRATION_DONE = cypher<{ done: boolean }>(
  'migrationDone',
  `RETURN EXISTS { MATCH (:Migration {id: $id}) } AS done`,
);
export const RECORD_MIGRATION = cypher<never>(
  'recordMigration',
  `MERGE (m:Migration {id: $id}) ON CREATE SET m.appliedAt = datetime()`,
);

/**
 * Writes the keys of every statement that has none yet (a database from before the keys), in
 * batches of 10,000 statements per transaction: it must run outside an explicit transaction.
 */
export const BACKFILL_STATEMENT_KEYS = cypher<never>(
  'backfillStatementKeys',
  `MATCH (s:Statement) WHERE s.speakerId IS NULL
   CALL (s) {
     ${WRITE_STATEMENT_KEYS}
   } IN TRANSACTIONS OF 10000 ROWS`,
);

export const STATEMENT_KEYS_MIGRATION = 'statementKeys1';
