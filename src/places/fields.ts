/** How a (pl:Place) node becomes a PlaceRow. */
export const PLACE_FIELDS = `pl {
  label: 'Place', .id, .name, .kind,
  aliases: coalesce(pl.aliases, []),
  inId: head([(pl)-[:IN]->(up:Place) | up.id])
}`;
