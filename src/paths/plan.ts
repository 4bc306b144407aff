import Cypher from '@neo4j/cypher-builder';
import type { FieldNode, GraphQLObjectType, SelectionSetNode } from 'graphql';
import neo4j from 'neo4j-driver';
import { RelationshipType } from '../generated/enums';
import { BadArgumentError } from '../model/errors';
import { type Compilation, projectValue } from '../planner/compile';
import { pageSize } from '../planner/pages';
import { type Args, Level } from '../planner/plan';
import { byId } from '../planner/patterns';
import { type RootPlan, shaped } from '../planner/roots';
import { collectFields, subSelections } from '../planner/selection';
import { hubAwareShortest } from './hubAware';

/**
 * `Query.path` and `Query.paths`: connections run undirected through nodes the API can show (label
 * :Node), projected in the same query, nodes as their own types. The hop bound must be a literal in
 * Cypher, so it comes from an integer allow-list only; everything else is a parameter.
 */
export const MAX_HOPS = 6;
/** Every relationship type the API shows: the model's types less the statement keys (TARGETS_FROM). */
const SHOWN_TYPES: string[] = Object.values(RelationshipType);
/** How many equally short paths `paths` reads before it sorts them and keeps `first`. */
const ENUMERATE = 1000;
const DEFAULT_PATHS = 10;

const int = (value: number) => new Cypher.Param(neo4j.int(value));

function hopsOf(args: Args): number {
  const hops = (args.maxHops as number | null) ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw new BadArgumentError(`maxHops must be between 1 and ${MAX_HOPS}; got ${hops}.`, 'maxHops');
  }
  return hops;
}

/**
 * What a path may run through, as universal predicates over its nodes and relationships so Neo4j
 * prunes while it searches. Each avoidance exists only when asked for; the two ends are never avoided.
 */
function pathFilter(p: Cypher.PathVariable, a: Cypher.Node, b: Cypher.Node, args: Args): Cypher.Predicate {
  const n = new Cypher.Node();
  const inner = (x: Cypher.Node) => Cypher.and(Cypher.neq(x, a), Cypher.neq(x, b));
  const maxDegree = args.maxDegree as number | null | undefined;
  if (maxDegree !== null && maxDegree !== undefined && (!Number.isInteger(maxDegree) || maxDegree < 1)) {
    throw new BadArgumentError(
      `maxDegree must be a whole number of at least 1; got ${maxDegree}.`,
      'maxDegree',
    );
  }
  const avoid = (args.avoid as string[] | null | undefined) ?? [];
  const predicates: Cypher.Predicate[] = [Cypher.all(n, Cypher.nodes(p), n.hasLabel('Node'))];
  if (avoid.length > 0) {
    predicates.push(
      Cypher.none(
        n,
        Cypher.nodes(p),
        Cypher.and(inner(n), Cypher.in(n.property('id'), new Cypher.Param(avoid))),
      ),
    );
  }
  if (maxDegree !== null && maxDegree !== undefined) {
    // A node's relationships other than the statement keys, counted by naming every type the API
    // shows (the only others the model writes are the keys): Neo4j then reads the per-type counts of a
    // dense node instead of iterating its relationships, and the search stays a breadth-first one. A
    // filter on type(x) made it read every relationship of every node it met, keys included: at M,
    // op 4 with maxDegree 1000 took 1.5 million db hits that way and 55 thousand this way, same path.
    const degree = new Cypher.Count(
      new Cypher.Pattern(n)
        .related({ direction: 'undirected', type: Cypher.labelExpr.or(...SHOWN_TYPES) })
        .to(),
    );
    predicates.push(Cypher.none(n, Cypher.nodes(p), Cypher.and(inner(n), Cypher.gt(degree, int(maxDegree)))));
  }
  return Cypher.and(...predicates) as Cypher.Predicate;
}

/**
 * The relationship types a path may step over, written into the pattern (`[:SAID|TARGETS|…*..4]`): the
 * SDL's RelationshipType (the links the API shows), less `avoidRelationships`. Named types let Neo4j
 * read only those relationship groups of a dense node, where a predicate on `type(r)` would read all
 * of them first, the statement keys (TARGETS_FROM, src/db/statementKeys.ts) included; keys are derived
 * data, never a step. The names come from that allow-list only, never from the request's text.
 */
function stepTypes(args: Args): string[] {
  const avoided = new Set((args.avoidRelationships as string[] | null | undefined) ?? []);
  const types = SHOWN_TYPES.filter((type) => !avoided.has(type));
  if (types.length === 0) {
    throw new BadArgumentError(
      'avoidRelationships leaves no relationship to step over.',
      'avoidRelationships',
    );
  }
  return types;
}

/** The path's nodes in order, each projected as its own type. */
function nodesOf(c: Compilation, nodes: Cypher.Expr, selections: SelectionSetNode[]): Cypher.Clause {
  const x = new Cypher.Node();
  const level = new Level();
  const value = projectValue(c, 'Node', level.scope(x), selections);
  return level.finish(new Cypher.Unwind([nodes, x]).with(x), value);
}

/** A path as the map its selections ask for. */
function projectPath(
  c: Compilation,
  selections: readonly SelectionSetNode[],
  length: Cypher.Expr,
  relationships: Cypher.Expr,
  nodes: (sub: SelectionSetNode[]) => Cypher.Expr,
): Cypher.Map {
  const map = new Cypher.Map();
  const type = c.schema.getType('Path') as GraphQLObjectType;
  for (const [key, fields] of collectFields(c, type, selections)) {
    const name = (fields[0] as FieldNode).name.value;
    if (name === 'length') map.set(key, length);
    else if (name === 'relationships') map.set(key, relationships);
    else if (name === 'nodes') map.set(key, nodes(subSelections(fields)));
    else if (name === '__typename') map.set(key, new Cypher.Literal('Path'));
  }
  return map;
}

/** From a node to itself: the node alone, when it exists. */
function stayingPut(c: Compilation, args: Args, selections: readonly SelectionSetNode[], asList: boolean) {
  const a = new Cypher.Node();
  const level = new Level();
  const value = projectPath(
    c,
    selections,
    new Cypher.Literal(0),
    new Cypher.List([]),
    (sub) => new Cypher.List([projectValue(c, 'Node', level.scope(a), sub)]),
  );
  const tail = new Cypher.Match(byId(a, 'Node', args.from)).with(a);
  return level.finish(tail, [asList ? new Cypher.List([value]) : value, 'value']);
}

/** MATCH p = shortestPath(…) or allShortestPaths(…), with the avoidance filters. */
function shortest(kind: 'shortestPath' | 'allShortestPaths', args: Args) {
  const hops = hopsOf(args);
  const [a, b, p] = [new Cypher.Node(), new Cypher.Node(), new Cypher.PathVariable()];
  const types = stepTypes(args).join('|');
  const filter = pathFilter(p, a, b, args);
  const match = new Cypher.Raw((ctx) => {
    const [pv, av, bv] = [p, a, b].map((v) => ctx.compile(v));
    return `MATCH ${pv} = ${kind}((${av})-[:${types}*..${hops}]-(${bv}))\nWHERE ${ctx.compile(filter)}`;
  });
  const ends = new Cypher.Match(byId(a, 'Node', args.from)).match(byId(b, 'Node', args.to));
  return { p, clauses: [ends, match] as const };
}

/** A path given as its nodes and its relationships, in order, as the map its selections ask for. */
function pathValue(
  c: Compilation,
  nodes: Cypher.Expr,
  relationships: Cypher.Expr,
  selections: readonly SelectionSetNode[],
) {
  const r = new Cypher.Variable();
  return projectPath(
    c,
    selections,
    Cypher.size(relationships),
    new Cypher.ListComprehension(r).in(relationships).map(Cypher.type(r)),
    (sub) => new Cypher.Collect(nodesOf(c, nodes, sub)),
  );
}

const pathValueOf = (c: Compilation, p: Cypher.PathVariable, selections: readonly SelectionSetNode[]) =>
  pathValue(c, Cypher.nodes(p), Cypher.relationships(p), selections);

/** `Query.path`: one shortest connection within maxHops; null when there is none. */
const path: RootPlan = (c, args, selections) => {
  if (args.from === args.to) {
    hopsOf(args);
    return stayingPut(c, args, selections, false);
  }
  if (avoids(args)) {
    const { p, clauses } = shortest('shortestPath', args);
    return Cypher.utils.concat(
      ...clauses,
      new Cypher.With(p).limit(1).return([pathValueOf(c, p, selections), 'value']),
    );
  }
  const [a, b] = [new Cypher.Node(), new Cypher.Node()];
  const found = { nodes: new Cypher.Variable(), relationships: new Cypher.Variable() };
  return Cypher.utils.concat(
    new Cypher.Match(byId(a, 'Node', args.from)).match(byId(b, 'Node', args.to)),
    hubAwareShortest(a, b, found, SHOWN_TYPES, hopsOf(args)),
    new Cypher.Return([pathValue(c, found.nodes, found.relationships, selections), 'value']),
  );
};

/** Whether the request leaves anything out (nodes, kinds of link, hubs): then the plain search. */
function avoids(args: Args): boolean {
  const listed = (name: string) => ((args[name] as unknown[] | null | undefined) ?? []).length > 0;
  return listed('avoid') || listed('avoidRelationships') || (args.maxDegree ?? null) !== null;
}

/**
 * `Query.paths`: every connection as short as the shortest, up to `first`, ordered by the ids along
 * them so the answer is stable. At most ENUMERATE are read before sorting, so a pair joined by
 * thousands of equally short paths stays cheap (the order is then among those read).
 */
const paths: RootPlan = (c, args, selections) => {
  const first = pageSize(args.first as number | null, DEFAULT_PATHS);
  if (args.from === args.to) {
    hopsOf(args);
    return stayingPut(c, args, selections, true);
  }
  const { p, clauses } = shortest('allShortestPaths', args);
  const x = new Cypher.Node();
  const r = new Cypher.Variable();
  const ids = new Cypher.ListComprehension(x).in(Cypher.nodes(p)).map(x.property('id'));
  const types = new Cypher.ListComprehension(r).in(Cypher.relationships(p)).map(Cypher.type(r));
  const found = new Cypher.Variable();
  const sorted = new Cypher.With(p)
    .limit(int(ENUMERATE))
    .with(p)
    .orderBy([ids, 'ASC'], [types, 'ASC'])
    .limit(int(first))
    .with([Cypher.collect(pathValueOf(c, p, selections)), found])
    .return([found, 'value']);
  return Cypher.utils.concat(...clauses, sorted);
};

export const PATH_ROOTS: Record<string, RootPlan> = {
  // A path of n hops has n + 1 nodes; its length and relationship types are leaves.
  path: shaped(path, {
    type: 'Path',
    items: (args) => Math.min(Math.max(Number(args.maxHops ?? 4), 1), MAX_HOPS) + 1,
  }),
  paths: shaped(paths, {
    type: 'Path',
    items: (args) =>
      Math.min(Math.max(Number(args.first ?? DEFAULT_PATHS), 1), 100) *
      (Math.min(Math.max(Number(args.maxHops ?? 4), 1), MAX_HOPS) + 1),
  }),
};
