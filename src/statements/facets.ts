import Cypher from '@neo4j/cypher-builder';
import { type FieldNode, type GraphQLObjectType, type SelectionSetNode, getArgumentValues } from 'graphql';
import neo4j from 'neo4j-driver';
import { pageSize } from '../planner/pages';
import { type Args, type Bound, type FacetInput, Level, type PlanRegistry } from '../planner/plan';
import { collectFields, subSelections } from '../planner/selection';

/**
 * `StatementConnection.facets`: counts over every statement the list's filters keep (not the page),
 * each a COLLECT {} subquery over the list's members in the same query as the page, only when
 * selected. Largest count first, ties by name; months in calendar order.
 */

/** How many values each facet returns at most: speakers and targets by `first`, the rest fixed. */
export const FACET_BOUNDS = {
  stance: { default: 7, max: 7 },
  speakers: { default: 10, max: 100, arg: 'first' },
  targets: { default: 10, max: 100, arg: 'first' },
  outlets: { default: 100, max: 100 },
  // Fifty years of months.
  months: { default: 600, max: 600 },
} satisfies Record<string, Bound>;

const int = (value: number) => new Cypher.Param(neo4j.int(value));

function objectType(input: FacetInput, name: string): GraphQLObjectType {
  return input.operation.schema.getType(name) as GraphQLObjectType;
}

/** One counted value as the map its selections ask for (`{stance, count}`, `{actor {…}, count}` …). */
function countMap(
  input: FacetInput,
  typeName: string,
  selections: readonly SelectionSetNode[],
  values: Record<string, Cypher.Expr | ((sub: SelectionSetNode[]) => Cypher.Expr)>,
): Cypher.Map {
  const map = new Cypher.Map();
  for (const [key, nodes] of collectFields(input.operation, objectType(input, typeName), selections)) {
    const name = (nodes[0] as FieldNode).name.value;
    const value = name === '__typename' ? new Cypher.Literal(typeName) : values[name];
    if (!value) continue;
    map.set(key, typeof value === 'function' ? value(subSelections(nodes)) : value);
  }
  return map;
}

type Facet = (input: FacetInput, args: Args, selections: SelectionSetNode[]) => Cypher.Expr;

/** Counts of statements per value (`value` may reach through a pattern from the statement). */
function countsBy(
  input: FacetInput,
  typeName: string,
  selections: SelectionSetNode[],
  limit: number,
  value: (m: Cypher.Node) => {
    through?: Cypher.Pattern;
    where?: Cypher.Predicate;
    key: Cypher.Expr;
    byName: Cypher.Expr;
    entry: (
      v: Cypher.Node,
      level: Level,
    ) => Record<string, Cypher.Expr | ((sub: SelectionSetNode[]) => Cypher.Expr)>;
  },
  order: 'count' | 'name',
): Cypher.Expr {
  const { m, clause } = input.members();
  const spec = value(m);
  let scoped = clause.with(m);
  if (spec.where) scoped = scoped.where(spec.where);
  const reached = spec.through ? scoped.match(spec.through) : scoped;
  const v = new Cypher.Node();
  const name = new Cypher.Variable();
  const n = new Cypher.Variable();
  const grouped = reached.with([spec.key, v], [spec.byName, name], [Cypher.count(m).distinct(), n]);
  const sorted =
    order === 'count' ? grouped.orderBy([n, 'DESC'], [name, 'ASC']) : grouped.orderBy([name, 'ASC']);
  const level = new Level();
  const entry = countMap(input, typeName, selections, { ...spec.entry(v, level), count: n });
  const counts = new Cypher.Variable();
  input.hoist({
    subquery: level.finish(sorted.limit(int(limit)), [Cypher.collect(entry), counts]),
    imports: '*',
  });
  return counts;
}

const FACETS: Record<string, Facet> = {
  stance: (input, _args, sel) =>
    countsBy(
      input,
      'StanceCount',
      sel,
      FACET_BOUNDS.stance.max,
      (m) => ({
        key: m.property('stance'),
        byName: m.property('stance'),
        entry: (v) => ({ stance: v }),
      }),
      'count',
    ),
  speakers: (input, args, sel) => {
    const a = new Cypher.Node();
    return countsBy(
      input,
      'ActorCount',
      sel,
      sizeOf('speakers', args),
      (m) => ({
        through: new Cypher.Pattern(a, { labels: ['Actor'] }).related({ type: 'SAID' }).to(m),
        key: a,
        byName: a.property('name'),
        entry: (v, level) => ({ actor: (sub) => input.project('Actor', v, sub, level) }),
      }),
      'count',
    );
  },
  targets: (input, args, sel) => {
    const a = new Cypher.Node();
    return countsBy(
      input,
      'ActorCount',
      sel,
      sizeOf('targets', args),
      (m) => ({
        through: new Cypher.Pattern(m).related({ type: 'TARGETS' }).to(a, { labels: ['Actor'] }),
        key: a,
        byName: a.property('name'),
        entry: (v, level) => ({ actor: (sub) => input.project('Actor', v, sub, level) }),
      }),
      'count',
    );
  },
  outlets: (input, _args, sel) => {
    const o = new Cypher.Node();
    return countsBy(
      input,
      'OutletCount',
      sel,
      FACET_BOUNDS.outlets.max,
      (m) => ({
        through: new Cypher.Pattern(m)
          .related({ type: 'SOURCE' })
          .to({ labels: ['Article'] })
          .related({ type: 'PUBLISHED_BY' })
          .to(o, { labels: ['Outlet'] }),
        key: o.property('name'),
        byName: o.property('name'),
        entry: (v) => ({ outlet: v }),
      }),
      'count',
    );
  },
  // A year-precise date names no month, so such a statement is left out like an undated one.
  months: (input, _args, sel) =>
    countsBy(
      input,
      'MonthCount',
      sel,
      FACET_BOUNDS.months.max,
      (m) => {
        const month = Cypher.substring(
          Cypher.toString(m.property('date')),
          new Cypher.Literal(0),
          new Cypher.Literal(7),
        );
        return {
          where: Cypher.and(
            Cypher.isNotNull(m.property('date')),
            Cypher.neq(
              Cypher.coalesce(m.property('datePrecision'), new Cypher.Literal('DAY')),
              new Cypher.Literal('YEAR'),
            ),
          ),
          key: month,
          byName: month,
          entry: (v) => ({ month: v }),
        };
      },
      'name',
    ),
};

function sizeOf(facet: 'speakers' | 'targets', args: Args): number {
  const bound: Bound = FACET_BOUNDS[facet];
  return pageSize(args.first as number | null | undefined, bound.default, bound.max, 'first');
}

export function statementFacets(input: FacetInput): Cypher.Expr {
  const type = objectType(input, 'StatementFacets');
  const map = new Cypher.Map();
  for (const [key, nodes] of collectFields(input.operation, type, input.selections)) {
    const node = nodes[0] as FieldNode;
    const name = node.name.value;
    if (name === '__typename') {
      map.set(key, new Cypher.Literal('StatementFacets'));
      continue;
    }
    const facet = FACETS[name];
    const field = type.getFields()[name];
    if (!facet || !field) continue;
    const args = getArgumentValues(field, node, input.operation.variables) as Args;
    map.set(key, facet(input, args, subSelections(nodes)));
  }
  return map;
}

/** The facets' bounds, for the cost of an operation (the facets themselves are projected above). */
export const FACET_PLANS: PlanRegistry = {
  StatementConnection: { facets: { kind: 'computed', type: 'StatementFacets' } },
  StatementFacets: {
    stance: { kind: 'computed', type: 'StanceCount', bound: FACET_BOUNDS.stance },
    speakers: { kind: 'computed', type: 'ActorCount', bound: FACET_BOUNDS.speakers },
    targets: { kind: 'computed', type: 'ActorCount', bound: FACET_BOUNDS.targets },
    outlets: { kind: 'computed', type: 'OutletCount', bound: FACET_BOUNDS.outlets },
    months: { kind: 'computed', type: 'MonthCount', bound: FACET_BOUNDS.months },
  },
  ActorCount: { actor: { kind: 'computed', type: 'Actor' } },
};
