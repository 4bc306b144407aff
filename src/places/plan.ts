import Cypher from '@neo4j/cypher-builder';
import { BY_DATE, BY_NAME, prop, propOr } from '../planner/fields';
import { incoming, outgoing } from '../planner/patterns';
import type { PlanRegistry } from '../planner/plan';
import { type RootPlan, rootById, rootList } from '../planner/roots';
import { namedList } from '../search/ranked';

/** Places: how their fields are read (Place.events reaches events in places inside it too). */

export const PLACE_PLANS: PlanRegistry = {
  Place: {
    id: prop('id'),
    name: prop('name'),
    kind: prop('kind'),
    aliases: propOr('aliases', []),
    in: { kind: 'one', type: 'Place', pattern: outgoing('IN', 'Place') },
    contains: {
      kind: 'many',
      type: 'Place',
      pattern: incoming('IN', 'Place'),
      order: BY_NAME,
      bound: { default: 100, max: 100 },
    },
    events: {
      kind: 'many',
      type: 'Event',
      pattern: (scope, m) =>
        new Cypher.Pattern(m, { labels: ['Event'] })
          .related({ type: 'HAPPENED_IN' })
          .to({ labels: ['Place'] })
          .related({ type: 'IN', length: { min: 0, max: 4 } })
          .to(scope.n),
      distinct: true,
      order: BY_DATE,
      bound: { default: 100, max: 100 },
    },
  },
};

export const PLACE_ROOTS: Record<string, RootPlan> = {
  place: rootById('Place'),
  places: rootList(namedList({ name: 'Query.places', label: 'Place', index: 'placeNames' })),
};
