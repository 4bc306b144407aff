/** How an (e:Event) node becomes an EventRow. */
export const EVENT_FIELDS = `e {
  label: 'Event', .id, .title, .kind, .date, .endDate, .datePrecision,
  provenance: coalesce(e.provenance, 'CURATED')
}`;

/** How a (c:CasualtyClaim) node becomes a ClaimRow. */
export const CLAIM_FIELDS = `c {
  .id, .killed, .wounded, .captured,
  claimantId: head([(c)-[:CLAIMED_BY]->(x:Actor) | x.id]),
  sideId: head([(c)-[:SIDE]->(x:Actor) | x.id]),
  eventId: head([(c)-[:ABOUT]->(x:Event) | x.id]),
  statementId: head([(c)-[:STATED_IN]->(x:Statement) | x.id])
}`;
