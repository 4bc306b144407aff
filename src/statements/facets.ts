import Cypher from '@neo4j/cypher-builder';
import { type FieldNode, type GraphQLObjectType, type SelectionSetNode, getArgumentValues } from 'graphql';
import neo4j from 'neo4j-driver';
import { pageSize } from '../planner/pages';
import {
  type Aggregated,
  type Args,
  type Bound,
  type FacetInput,
  Level,
  type PlanRegistry,
} from '../planner/plan';
import { collectFields, subSelections } from '../planner/selection';

/**
 * `StatementConnection.facets`, and `totalCount` beside them: ONE pass over every statement the list's
 * filters keep (not the page). Each statement's values for the selected facets are read once and the
 * statements counted by the combination of those values as they stream, so memory holds the groups,
 * not the statements; each facet then sums the groups by its own value, sorts and cuts, and the total
 * is the sum of all the groups. Largest count first, ties by name then id; months in calendar order.
 * A statement is counted once per value: a list's members are distinct statements (every writer
 * MERGEs the relationships a list is anchored on), and multi-valued facets (targets, outlets) read
 * each statement's distinct values.
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

type Entry = Record<string, Cypher.Expr | ((sub: SelectionSetNode[]) => Cypher.Expr)>;

/** One counted value as the map its selections ask for (`{stance, count}`, `{actor {…}, count}` …). */
export function countMap(
  input: FacetInput,
  typeName: string,
  selections: readonly SelectionSetNode[],
  values: Entry,
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

/** A facet's buckets, from the summed groups: `v` the value, `n` its count, already without nulls. */
type Buckets = (
  input: FacetInput,
  summed: Cypher.With,
  v: Cypher.Variable,
  n: Cypher.Variable,
  args: Args,
  selections: SelectionSetNode[],
  out: Cypher.Variable,
) => Cypher.Return;

interface Facet {
  /** What the facet reads of each statement: its one value, or the list of its distinct values. */
  value: (m: Cypher.Node) => Cypher.Expr;
  many?: boolean;
  buckets: Buckets;
}

/** `list[0..n]`: cypher-builder 3.3 builds it (`listRange`) but leaves it out of its `Expr` union. */
const firstOf = (list: Cypher.Expr, n: number) => Cypher.listRange(list, 0, n) as unknown as Cypher.Expr;

/**
 * Buckets that are the value itself (a stance, an outlet, a month), largest first or by value. Sorted
 * whole and cut as a list, not with ORDER BY … LIMIT: Neo4j's Top accounts the subquery's imported
 * groups list once per row it keeps (600 months × the groups of a million statements went over the
 * 1 GiB transaction limit at L), a Sort accounts it once.
 */
function valueBuckets(typeName: string, field: string, limit: number, order: 'count' | 'value'): Buckets {
  return (input, summed, v, n, _args, selections, out) => {
    const sorted = order === 'count' ? summed.orderBy([n, 'DESC'], [v, 'ASC']) : summed.orderBy([v, 'ASC']);
    const entry = countMap(input, typeName, selections, { [field]: v, count: n });
    return sorted.return([firstOf(Cypher.collect(entry), limit), out]);
  };
}

/** Buckets that are actors (by id): the actor is read for the top ones' tie order and projection. */
function actorBuckets(facet: 'speakers' | 'targets'): Buckets {
  return (input, summed, v, n, args, selections, out) => {
    const a = new Cypher.Node();
    const sorted = summed
      .match(new Cypher.Pattern(a, { labels: ['Actor'], properties: { id: v } }))
      .with(a, n)
      .orderBy([n, 'DESC'], [a.property('name'), 'ASC'], [a.property('id'), 'ASC'])
      .limit(int(sizeOf(facet, args)));
    const level = new Level();
    const entry = countMap(input, 'ActorCount', selections, {
      actor: (sub) => input.project('Actor', a, sub, level),
      count: n,
    });
    return level.finish(sorted, [Cypher.collect(entry), out]);
  };
}

/** The distinct values of `of`, reached from a statement through `pattern`, as a list. */
const distinctValues = (pattern: Cypher.Pattern, of: Cypher.Expr) =>
  new Cypher.Collect(new Cypher.Match(pattern).return(of).distinct());

const FACETS: Record<string, Facet> = {
  stance: {
    value: (m) => m.property('stance'),
    buckets: valueBuckets('StanceCount', 'stance', FACET_BOUNDS.stance.max, 'count'),
  },
  // The statement's key speakerId (its SAID speaker's id), so no SAID is expanded per statement.
  speakers: { value: (m) => m.property('speakerId'), buckets: actorBuckets('speakers') },
  targets: {
    value: (m) => {
      const a = new Cypher.Node();
      return distinctValues(
        new Cypher.Pattern(m).related({ type: 'TARGETS' }).to(a, { labels: ['Actor'] }),
        a.property('id'),
      );
    },
    many: true,
    buckets: actorBuckets('targets'),
  },
  outlets: {
    value: (m) => {
      const o = new Cypher.Node();
      return distinctValues(
        new Cypher.Pattern(m)
          .related({ type: 'SOURCE' })
          .to({ labels: ['Article'] })
          .related({ type: 'PUBLISHED_BY' })
          .to(o, { labels: ['Outlet'] }),
        o.property('name'),
      );
    },
    many: true,
    buckets: valueBuckets('OutletCount', 'outlet', FACET_BOUNDS.outlets.max, 'count'),
  },
  // A year-precise date names no month, so such a statement is in no month, like an undated one.
  months: {
    value: (m) =>
      new Cypher.Case()
        .when(
          Cypher.and(
            Cypher.isNotNull(m.property('date')),
            Cypher.neq(
              Cypher.coalesce(m.property('datePrecision'), new Cypher.Literal('DAY')),
              new Cypher.Literal('YEAR'),
            ),
          ),
        )
        .then(
          Cypher.substring(Cypher.toString(m.property('date')), new Cypher.Literal(0), new Cypher.Literal(7)),
        ),
    buckets: valueBuckets('MonthCount', 'month', FACET_BOUNDS.months.max, 'value'),
  },
};

export function sizeOf(facet: 'speakers' | 'targets', args: Args): number {
  const bound: Bound = FACET_BOUNDS[facet];
  return pageSize(args.first as number | null | undefined, bound.default, bound.max, 'first');
}

/** A selected facet: its response key, plan, arguments and sub-selections. */
export interface Selected {
  key: string;
  name: string;
  facet: Facet;
  args: Args;
  selections: SelectionSetNode[];
}

export function selectedFacets(input: FacetInput): { selected: Selected[]; typenames: string[] } {
  const type = objectType(input, 'StatementFacets');
  const selected: Selected[] = [];
  const typenames: string[] = [];
  for (const [key, nodes] of collectFields(input.operation, type, input.selections)) {
    const node = nodes[0] as FieldNode;
    const name = node.name.value;
    if (name === '__typename') typenames.push(key);
    const facet = FACETS[name];
    const field = type.getFields()[name];
    if (!facet || !field) continue;
    const args = getArgumentValues(field, node, input.operation.variables) as Args;
    selected.push({ key, name, facet, args, selections: subSelections(nodes) });
  }
  return { selected, typenames };
}

/**
 * `facets` as a map of the variables one hoisted subquery returns, and the total from the same pass
 * when `input.countTotal`:
 *
 *   CALL (*) { <members m> WITH <each facet's value of m>, count(*) AS n
 *              WITH collect({<values>, n}) AS groups, sum(n) AS total
 *              CALL (groups) { UNWIND groups … sum by the facet's value … ORDER BY …
 *                              … LIMIT for actors, the sorted list cut for values } …
 *              RETURN total, <each facet's list> }
 */
export function statementFacets(input: FacetInput): Aggregated {
  const { selected, typenames } = selectedFacets(input);
  const map = new Cypher.Map();
  for (const key of typenames) map.set(key, new Cypher.Literal('StatementFacets'));
  if (selected.length === 0) return { value: map };

  const { m, clause } = input.members();
  const names = [...new Set(selected.map((s) => s.name))];
  const columns = new Map(names.map((name) => [name, new Cypher.Variable()]));
  const n = new Cypher.Variable();
  const grouped = clause.with(
    ...names.map((name): [Cypher.Expr, Cypher.Variable] => [
      (FACETS[name] as Facet).value(m),
      columns.get(name) as Cypher.Variable,
    ]),
    [Cypher.count('*'), n],
  );
  const group = new Cypher.Map({ n });
  for (const [name, column] of columns) group.set(name, column);
  const groups = new Cypher.Variable();
  const total = new Cypher.Variable();
  let pass = grouped.with([Cypher.collect(group), groups], [Cypher.sum(n), total]);

  const outputs: Cypher.Variable[] = [];
  for (const { key, name, facet, args, selections } of selected) {
    const g = new Cypher.Variable();
    const v = new Cypher.Variable();
    const count = new Cypher.Variable();
    const unwound = new Cypher.Unwind([groups, g]);
    const valued = facet.many
      ? unwound.unwind([g.property(name), v]).with(v, g)
      : unwound.with([g.property(name), v], g);
    const summed = valued.where(Cypher.isNotNull(v)).with(v, [Cypher.sum(g.property('n')), count]);
    const out = new Cypher.Variable();
    pass = pass.call(facet.buckets(input, summed, v, count, args, selections, out), [groups]).with('*');
    outputs.push(out);
    map.set(key, out);
  }
  input.hoist({ subquery: pass.return(total, ...outputs), imports: '*' });
  return { value: map, total: input.countTotal ? total : undefined };
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
