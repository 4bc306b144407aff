import Cypher from '@neo4j/cypher-builder';
import type { FieldNode, GraphQLObjectType, SelectionSetNode } from 'graphql';
import { Level } from '../planner/plan';
import { badInput } from '../graphql/errors';
import { type Compilation, projectValue } from '../planner/compile';
import { byId } from '../planner/patterns';
import { type RootPlan, shaped } from '../planner/roots';
import { collectFields, subSelections } from '../planner/selection';

/** The path's nodes in order, each projected as its own type. */
function nodesOf(c: Compilation, p: Cypher.PathVariable, selections: SelectionSetNode[]): Cypher.Clause {
  const x = new Cypher.Node();
  const level = new Level();
  const value = projectValue(c, 'Node', level.scope(x), selections);
  return level.finish(new Cypher.Unwind([Cypher.nodes(p), x]).with(x), value);
}

/** The hop bound must be a literal in Cypher, so it comes from this integer allow-list only. */
export const MAX_HOPS = 6;

/** Path's scalar fields, by response key (its nodes are set by the caller). */
function projectPath(
  c: Compilation,
  selections: Parameters<typeof collectFields>[2],
  length: Cypher.Expr,
  relationships: Cypher.Expr,
): Cypher.Map {
  const map = new Cypher.Map();
  const type = c.schema.getType('Path') as GraphQLObjectType;
  for (const [key, fields] of collectFields(c, type, selections)) {
    const name = (fields[0] as FieldNode).name.value;
    if (name === 'length') map.set(key, length);
    else if (name === 'relationships') map.set(key, relationships);
    else if (name === '__typename') map.set(key, new Cypher.Literal('Path'));
  }
  return map;
}

/**
 * `Query.path`: the shortest undirected connection through nodes the API can show (label :Node),
 * projected in the same query, nodes as their own types.
 */
const path: RootPlan = (c, args, selections) => {
  const hops = (args.maxHops as number | null) ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw badInput(`maxHops must be between 1 and ${MAX_HOPS}; got ${hops}.`, 'maxHops');
  }
  const type = c.schema.getType('Path') as GraphQLObjectType;
  const nodeSelections = [...collectFields(c, type, selections)]
    .filter(([, fields]) => (fields[0] as FieldNode).name.value === 'nodes')
    .map(([key, fields]) => [key, subSelections(fields)] as const);
  const a = new Cypher.Node();
  const b = new Cypher.Node();
  if (args.from === args.to) {
    const value = projectPath(c, selections, new Cypher.Literal(0), new Cypher.List([]));
    const level = new Level();
    for (const [key, sel] of nodeSelections)
      value.set(key, new Cypher.List([projectValue(c, 'Node', level.scope(a), sel)]));
    return level.finish(new Cypher.Match(byId(a, 'Node', args.from)).with(a), [value, 'value']);
  }
  const p = new Cypher.PathVariable();
  const r = new Cypher.Variable();
  const value = projectPath(
    c,
    selections,
    Cypher.length(p),
    new Cypher.ListComprehension(r).in(Cypher.relationships(p)).map(Cypher.type(r)),
  );
  for (const [key, sel] of nodeSelections) {
    value.set(key, new Cypher.Collect(nodesOf(c, p, sel)));
  }
  const shortest = new Cypher.Raw((ctx) => {
    const [pv, av, bv] = [p, a, b].map((v) => ctx.compile(v));
    return `MATCH ${pv} = shortestPath((${av})-[*..${hops}]-(${bv}))\nWHERE all(n IN nodes(${pv}) WHERE n:Node)`;
  });
  return Cypher.utils.concat(
    new Cypher.Match(byId(a, 'Node', args.from)).match(byId(b, 'Node', args.to)),
    shortest,
    new Cypher.With(p).limit(1).return([value, 'value']),
  );
};

export const PATH_ROOTS: Record<string, RootPlan> = {
  // A path of n hops has n + 1 nodes; its length and relationship types are leaves.
  path: shaped(path, {
    type: 'Path',
    items: (args) => Math.min(Math.max(Number(args.maxHops ?? 4), 1), MAX_HOPS) + 1,
  }),
};
