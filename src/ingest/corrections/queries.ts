import { cypher } from '../../db/graph';
import { WRITE_STATEMENT_KEYS } from '../../db/statementKeys';
import { UNCOUNT_STATEMENT } from '../../db/statementTallies';

/**
 * An analyst's verdict on an extracted statement. A confirmed or corrected statement becomes
 * CURATED (confidence 1): a re-ingest of its article finds it by id and leaves it alone, and
 * any extracted statement overlapping it is "covered by curated". A rejected one keeps its id and
 * source span under the label RejectedStatement only, so the API no longer shows it and a re-ingest
 * does not write it again.
 */

export const STATEMENT_TO_CORRECT = cypher<{
  id: string;
  provenance: string;
  curation: string | null;
  rejected: boolean;
  articleText: string;
}>(
  'correctFindStatement',
  `OPTIONAL MATCH (kept:Statement {id: $id})
   OPTIONAL MATCH (gone:RejectedStatement {id: $id})
   WITH coalesce(kept, gone) AS s
   MATCH (s)-[:SOURCE]->(ar:Article)
   RETURN s.id AS id, coalesce(s.provenance, 'CURATED') AS provenance, s.curation AS curation,
          s:RejectedStatement AS rejected, ar.text AS articleText`,
);

export const EXISTING_ACTORS = cypher<{ id: string }>(
  'correctExistingActors',
  `UNWIND $ids AS id MATCH (a:Actor {id: id}) RETURN a.id AS id`,
);

/** Confirm or correct: the given fields replace the extracted ones; null leaves a field as it is. */
export const CURATE_STATEMENT = cypher<never>(
  'correctCurateStatement',
  `MATCH (s:Statement {id: $id})-[src:SOURCE]->(:Article)
   SET s.extractedConfidence = coalesce(s.extractedConfidence, s.confidence)
   SET s.provenance = 'CURATED', s.confidence = 1.0, s.curation = $curation, s.curatedAt = datetime(),
       s.curationNote = $note, s.stance = coalesce($stance, s.stance)
   FOREACH (_ IN CASE WHEN $span IS NULL THEN [] ELSE [1] END |
     SET src.start = $span.start, src.end = $span.end, s.text = $span.text, s.searchText = $span.searchText)
   WITH s
   CALL (s) {
     MATCH (old:Actor)-[said:SAID]->(s) WHERE $speaker IS NOT NULL AND old.id <> $speaker
     DELETE said
   }
   CALL (s) {
     MATCH (speaker:Actor {id: $speaker}) MERGE (speaker)-[:SAID]->(s)
   }
   CALL (s) {
     MATCH (s)-[t:TARGETS]->(:Actor) WHERE $targets IS NOT NULL
     DELETE t
   }
   CALL (s) {
     UNWIND coalesce($targets, []) AS targetId MATCH (t:Actor {id: targetId}) MERGE (s)-[:TARGETS]->(t)
   }
   // Speaker, targets and stance are what the statement's keys are made of.
   ${WRITE_STATEMENT_KEYS}`,
);

/** Reject: out of the API's sight (no :Statement, no :Node), its extracted casualty claims with it. */
export const REJECT_STATEMENT = cypher<never>(
  'correctRejectStatement',
  `MATCH (s:Statement {id: $id})
   CALL (s) {
     MATCH (c:CasualtyClaim {provenance: 'EXTRACTED'})-[:STATED_IN]->(s) DETACH DELETE c
   }
   // Its keys too: no list may reach it through an index; and it is no longer counted.
   ${UNCOUNT_STATEMENT}
   CALL (s) {
     MATCH (s)-[k:TARGETS_FROM]->() DELETE k
   }
   REMOVE s:Statement:Node, s.speakerId
   SET s:RejectedStatement, s.curation = 'REJECTED', s.curatedAt = datetime(), s.curationNote = $note`,
);

export const CORRECTED_STATEMENT = cypher<{
  id: string;
  curation: string;
  provenance: string;
  text: string;
  start: number;
  end: number;
  stance: string;
  speakerId: string | null;
  targetIds: string[];
}>(
  'correctReadBack',
  `OPTIONAL MATCH (kept:Statement {id: $id})
   OPTIONAL MATCH (gone:RejectedStatement {id: $id})
   WITH coalesce(kept, gone) AS s
   MATCH (s)-[src:SOURCE]->(:Article)
   RETURN s.id AS id, s.curation AS curation, coalesce(s.provenance, 'CURATED') AS provenance, s.text AS text,
          src.start AS start, src.end AS end, s.stance AS stance,
          head([(a:Actor)-[:SAID]->(s) | a.id]) AS speakerId,
          [(s)-[:TARGETS]->(t:Actor) | t.id] AS targetIds`,
);

export const CORRECTION_QUERIES = [
  STATEMENT_TO_CORRECT,
  EXISTING_ACTORS,
  CURATE_STATEMENT,
  REJECT_STATEMENT,
  CORRECTED_STATEMENT,
];
