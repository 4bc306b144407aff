import type { FieldNode, GraphQLField, GraphQLObjectType, SelectionSetNode } from 'graphql';
import { getArgumentValues, isAbstractType, isObjectType } from 'graphql';
import type { Args, Bound, PlanRegistry } from './plan';
import { type Operation, collectFields, subSelections } from './selection';

/**
 * The most items an answer can hold, computed from the plans' bounds before anything runs: a list
 * field multiplies what each of its items selects by the most items it can return. This is the
 * operation's cost (the hardening limit refuses operations above a maximum).
 */
export interface CostModel extends Operation {
  plans: PlanRegistry;
}

/** The largest size a bounded list may return for these arguments (its maximum if they are out of range). */
export function worstSize(bound: Bound | undefined, args: Args): number {
  if (!bound) return 1;
  const asked = bound.arg ? args[bound.arg] : undefined;
  if (typeof asked !== 'number' || !Number.isInteger(asked) || asked < 1) return bound.default;
  return Math.min(asked, bound.max);
}

/**
 * A field's argument values, each worked out (as `getArgumentValues` does) only when it is read: the
 * cost reads the sizes (`first`, `maxHops`), so it depends on their variables alone, never on the
 * ids and texts of the other arguments, and can be remembered across requests that differ only in
 * those (the limits plugin's estimate, src/graphql/cost.ts). Throws, as `getArgumentValues` would,
 * when the argument read has no valid value.
 */
export function argumentsAsRead(
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
): Args {
  const read = new Map<string, unknown>();
  const valueOf = (name: string): unknown => {
    const definition = field.args.filter((arg) => arg.name === name);
    return definition.length === 0
      ? undefined
      : getArgumentValues({ ...field, args: definition }, node, variables)[name];
  };
  return new Proxy({} as Args, {
    get: (_target, name) => {
      if (typeof name !== 'string') return undefined;
      if (!read.has(name)) read.set(name, valueOf(name));
      return read.get(name);
    },
  });
}

function objectType(model: CostModel, name: string): GraphQLObjectType | undefined {
  const type = model.schema.getType(name);
  return isObjectType(type) ? type : undefined;
}

/** Items under a value of `typeName` (an abstract type costs as its most expensive member). */
export function valueCost(
  model: CostModel,
  typeName: string,
  selections: readonly SelectionSetNode[],
): number {
  const type = model.schema.getType(typeName);
  if (isAbstractType(type)) {
    return Math.max(0, ...model.schema.getPossibleTypes(type).map((t) => objectCost(model, t, selections)));
  }
  const object = objectType(model, typeName);
  return object ? objectCost(model, object, selections) : 0;
}

function objectCost(
  model: CostModel,
  type: GraphQLObjectType,
  selections: readonly SelectionSetNode[],
): number {
  let total = 0;
  for (const nodes of collectFields(model, type, selections).values()) {
    const node = nodes[0] as FieldNode;
    const plan = model.plans[type.name]?.[node.name.value];
    if (!plan || plan.kind === 'scalar') continue;
    const field = type.getFields()[node.name.value];
    const args = field ? argumentsAsRead(field, node, model.variables) : {};
    const sub = subSelections(nodes);
    if (plan.kind === 'self') total += valueCost(model, plan.type, sub);
    else if (plan.kind === 'one') total += 1 + valueCost(model, plan.type, sub);
    else if (plan.kind === 'many' || plan.kind === 'computed')
      total += worstSize(plan.bound, args) * (1 + valueCost(model, plan.type, sub));
    else total += connectionCost(model, plan.type, worstSize(plan.bound, args), sub);
  }
  return total;
}

/** A page of `size` items, each costing what its `edges { node }` selects. */
export function connectionCost(
  model: CostModel,
  nodeType: string,
  size: number,
  selections: readonly SelectionSetNode[],
): number {
  const connection = objectType(model, `${nodeType}Connection`);
  const edge = objectType(model, `${nodeType}Edge`);
  if (!connection || !edge) return size;
  let perItem = 0;
  let beside = 0;
  for (const edges of collectFields(model, connection, selections).values()) {
    if ((edges[0] as FieldNode).name.value !== 'edges') continue;
    for (const nodes of collectFields(model, edge, subSelections(edges)).values()) {
      if ((nodes[0] as FieldNode).name.value === 'node')
        perItem += valueCost(model, nodeType, subSelections(nodes));
    }
  }
  // What the connection computes over all its members (facets, bySide), by the bounds of its plan.
  beside += objectCost(model, connection, selections);
  return size * (1 + perItem) + beside;
}
