import Cypher from '@neo4j/cypher-builder';
import { SOURCES } from '../articles/sources';
import { BY_DATE, prop, propOr } from '../planner/fields';
import { incoming, outgoing } from '../planner/patterns';
import type { Args, ListPlan, PlanRegistry } from '../planner/plan';
import { type RootPlan, rootById, rootList } from '../planner/roots';
import { namedList } from '../search/ranked';

/** Actors and their roles: how their fields are read, and `Query.actors`. */

const param = (value: unknown) => new Cypher.Param(value);
const isSet = (value: unknown) => value !== null && value !== undefined;

/** Role held on a date: open ends count as held. */
function heldOn(role: Cypher.Node, at: unknown): Cypher.Predicate {
  const day = Cypher.date(param(at));
  return Cypher.and(
    Cypher.or(Cypher.isNull(role.property('since')), Cypher.lte(role.property('since'), day)),
    Cypher.or(Cypher.isNull(role.property('until')), Cypher.gte(role.property('until'), day)),
  );
}

const kindFilter = (m: Cypher.Node, args: Args) =>
  isSet(args.kind) ? Cypher.eq(m.property('kind'), param(args.kind)) : undefined;

/** `Query.actors`: by name (the name index gives the order), or with `search`, best match first. */
export const ACTORS: ListPlan = namedList({
  name: 'Query.actors',
  label: 'Actor',
  index: 'actorNames',
  filter: kindFilter,
});

export const ACTOR_PLANS: PlanRegistry = {
  Actor: {
    id: prop('id'),
    name: prop('name'),
    kind: prop('kind'),
    aliases: propOr('aliases', []),
    provenance: propOr('provenance', 'CURATED'),
    roles: {
      kind: 'many',
      type: 'Role',
      pattern: outgoing('HELD', 'Role'),
      where: (_scope, m, args) => (isSet(args.at) ? heldOn(m, args.at) : undefined),
      order: [
        ['since', 'ASC'],
        ['title', 'ASC'],
        ['id', 'ASC'],
      ],
      bound: { default: 50, max: 50 },
    },
    partOf: { kind: 'one', type: 'Actor', pattern: outgoing('PART_OF', 'Actor') },
    events: {
      kind: 'many',
      type: 'Event',
      pattern: outgoing('TOOK_PART_IN', 'Event'),
      order: BY_DATE,
      bound: { default: 100, max: 100 },
    },
  },
  Role: {
    id: prop('id'),
    title: prop('title'),
    since: prop('since'),
    until: prop('until'),
    holder: { kind: 'one', type: 'Actor', pattern: incoming('HELD', 'Actor') },
    organization: { kind: 'one', type: 'Actor', pattern: outgoing('OF', 'Actor') },
    sources: SOURCES,
  },
};

export const ACTOR_ROOTS: Record<string, RootPlan> = {
  actor: rootById('Actor'),
  actors: rootList(ACTORS),
};
