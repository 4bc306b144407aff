/** How an (s:Statement) node becomes a StatementRow; its one source is the SOURCE relationship. */
export const STATEMENT_FIELDS = `s {
  label: 'Statement', .id, .text, .direct, .date, .datePrecision, .stance, .channel,
  speakerId: head([(sp:Actor)-[:SAID]->(s) | sp.id]),
  viaId: head([(s)-[:VIA]->(v:Actor) | v.id]),
  articleId: head([(s)-[:SOURCE]->(ar:Article) | ar.id]),
  start: head([(s)-[src:SOURCE]->(:Article) | src.start]),
  end: head([(s)-[src:SOURCE]->(:Article) | src.end]),
  provenance: coalesce(s.provenance, 'CURATED'),
  confidence: coalesce(s.confidence, 1.0)
}`;
