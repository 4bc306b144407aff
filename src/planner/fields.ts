import Cypher from '@neo4j/cypher-builder';
import type { ScalarPlan, Scope, SortKey } from './plan';

/** Oldest first, then by id. */
export const BY_DATE: SortKey[] = [
  ['date', 'ASC'],
  ['id', 'ASC'],
];

/** By name, then by id. */
export const BY_NAME: SortKey[] = [
  ['name', 'ASC'],
  ['id', 'ASC'],
];

/** A node property as it is stored. */
export const prop = (name: string): ScalarPlan => ({
  kind: 'scalar',
  value: ({ n }) => n.property(name),
  property: name,
});

/** A node property with the value it has when absent. */
export const propOr = (name: string, fallback: string | number | readonly string[]): ScalarPlan => ({
  kind: 'scalar',
  value: ({ n }) =>
    Cypher.coalesce(
      n.property(name),
      fallback instanceof Array ? new Cypher.List([]) : new Cypher.Literal(fallback),
    ),
});

/** A property of the relationship that reached the value (SOURCE's offsets). */
export const relProp = (name: string): ScalarPlan => ({
  kind: 'scalar',
  value: ({ r }) => {
    if (!r) throw new Error(`${name} needs the relationship that reached the value`);
    return r.property(name);
  },
});

/** How many paths the pattern has from the value: COUNT {}. */
export const countOf = (pattern: (scope: Scope) => Cypher.Pattern): ScalarPlan => ({
  kind: 'scalar',
  value: (scope) => new Cypher.Count(pattern(scope)),
});

export const param = (value: unknown): Cypher.Param => new Cypher.Param(value);
