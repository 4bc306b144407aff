/** How an (a:Actor) node becomes an ActorRow. */
export const ACTOR_FIELDS = `a {
  label: 'Actor', .id, .name, .kind,
  aliases: coalesce(a.aliases, []),
  partOfId: head([(a)-[:PART_OF]->(p:Actor) | p.id]),
  provenance: coalesce(a.provenance, 'CURATED')
}`;
