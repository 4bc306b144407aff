import Cypher from '@neo4j/cypher-builder';
import { allOf } from '../planner/keyset';
import { type FieldNode, type GraphQLObjectType, type SelectionSetNode } from 'graphql';
import neo4j from 'neo4j-driver';
import {
  type Args,
  type FacetInput,
  type Keyset,
  Level,
  type ListPlan,
  type MembersInput,
  type PlanRegistry,
} from '../planner/plan';
import { collectFields, subSelections } from '../planner/selection';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';

/**
 * `Query.claims`: casualty claims, ordered by their event's date (undated last), then the claimant's
 * name, then id; anchored at the most selective id given. A claim reported by several articles is
 * one node, so one item.
 */

const param = (value: unknown) => new Cypher.Param(value);
const int = (value: number) => new Cypher.Param(neo4j.int(value));
const isSet = (value: unknown) => value !== null && value !== undefined;

/** Where the list starts: the event, the claimant or the side when given, else every claim. */
function start(m: Cypher.Node, args: Args): Cypher.Match {
  const claim = () => new Cypher.Pattern(m, { labels: ['CasualtyClaim'] });
  if (isSet(args.event))
    return new Cypher.Match(claim().related({ type: 'ABOUT' }).to(byIdNode('Event', args.event)));
  if (isSet(args.claimant))
    return new Cypher.Match(claim().related({ type: 'CLAIMED_BY' }).to(byIdNode('Actor', args.claimant)));
  if (isSet(args.side))
    return new Cypher.Match(claim().related({ type: 'SIDE' }).to(byIdNode('Actor', args.side)));
  return new Cypher.Match(claim());
}

const byIdNode = (label: string, id: unknown) => ({ labels: [label], properties: { id: param(id) } });

interface Bound3 {
  m: Cypher.Node;
  e: Cypher.Node;
  x: Cypher.Node;
  clause: Cypher.Match;
}

/** The claims the filters keep, with their event `e` and claimant `x`. */
function filtered(
  { m, args }: MembersInput,
  resume?: (e: Cypher.Node, x: Cypher.Node) => Cypher.Predicate | undefined,
): Bound3 {
  const e = new Cypher.Node();
  const x = new Cypher.Node();
  const clause = start(m, args)
    .match(new Cypher.Pattern(m).related({ type: 'ABOUT' }).to(e, { labels: ['Event'] }))
    .match(new Cypher.Pattern(m).related({ type: 'CLAIMED_BY' }).to(x, { labels: ['Actor'] }));
  const where = allOf(
    isSet(args.event) && Cypher.eq(e.property('id'), param(args.event)),
    isSet(args.claimant) && Cypher.eq(x.property('id'), param(args.claimant)),
    isSet(args.side) &&
      new Cypher.Exists(new Cypher.Pattern(m).related({ type: 'SIDE' }).to(byIdNode('Actor', args.side))),
    isSet(args.from) &&
      Cypher.gte(Cypher.coalesce(e.property('endDate'), e.property('date')), Cypher.date(param(args.from))),
    isSet(args.to) && Cypher.lte(e.property('date'), Cypher.date(param(args.to))),
    resume?.(e, x),
  );
  if (where) clause.where(where);
  return { m, e, x, clause };
}

/** After (date, name, id) in that order, undated events last. */
function afterClaim(
  e: Cypher.Node,
  x: Cypher.Node,
  m: Cypher.Node,
  keyset: Keyset | null,
): Cypher.Predicate | undefined {
  if (!keyset) return undefined;
  const [date, name] = Array.isArray(keyset.key) ? keyset.key : [null, null];
  const laterName = Cypher.or(
    Cypher.gt(x.property('name'), param(name)),
    Cypher.and(Cypher.eq(x.property('name'), param(name)), Cypher.gt(m.property('id'), param(keyset.id))),
  );
  if (date === null) return Cypher.and(Cypher.isNull(e.property('date')), laterName);
  const d = Cypher.date(param(date));
  return Cypher.or(
    Cypher.gt(e.property('date'), d),
    Cypher.and(Cypher.eq(e.property('date'), d), laterName),
    Cypher.isNull(e.property('date')),
  );
}

export const CLAIMS: ListPlan = {
  kind: 'list',
  name: 'Query.claims',
  type: 'CasualtyClaim',
  direction: () => 'ASC',
  bound: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' },
  rows: (input) => {
    const { m, e, x, clause } = filtered(input, (e, x) => afterClaim(e, x, input.m, input.after));
    const keyed = clause.with(
      m,
      [new Cypher.List([e.property('date'), x.property('name')]), input.key],
      [m.property('id'), input.id],
    );
    return keyed
      .orderBy([input.key, 'ASC'], [input.id, 'ASC'])
      .limit(input.fetch)
      .return(m, input.key, input.id);
  },
  members: (input) => filtered(input).clause,
  aggregates: { bySide: (input) => ({ value: claimsBySide(input) }) },
};

/** How many sides bySide returns at most, and how many claimants of each. */
export const BY_SIDE_BOUNDS = { sides: { default: 100, max: 100 }, claimants: { default: 100, max: 100 } };

type Entry = Record<string, Cypher.Expr | ((sub: SelectionSetNode[]) => Cypher.Expr)>;

/** A value as the map its selections ask for, from expressions by field name. */
function shaped(input: FacetInput, typeName: string, selections: readonly SelectionSetNode[], values: Entry) {
  const map = new Cypher.Map();
  const type = input.operation.schema.getType(typeName) as GraphQLObjectType;
  for (const [key, nodes] of collectFields(input.operation, type, selections)) {
    const name = (nodes[0] as FieldNode).name.value;
    const value = name === '__typename' ? new Cypher.Literal(typeName) : values[name];
    if (value) map.set(key, typeof value === 'function' ? value(subSelections(nodes)) : value);
  }
  return map;
}

/**
 * `CasualtyClaimConnection.bySide`: every claim the filters keep, grouped by side, with who claimed
 * and each figure's spread; the side with most claims first, ties by name, claims naming no side last.
 */
export function claimsBySide(input: FacetInput): Cypher.Expr {
  const { m, clause } = input.members();
  const claimant = new Cypher.Node();
  const side = new Cypher.Node();
  const [count, claimants] = [new Cypher.Variable(), new Cypher.Variable()];
  const figures = ['killed', 'wounded', 'captured'] as const;
  const spread = Object.fromEntries(
    figures.map((f) => [
      f,
      { low: new Cypher.Variable(), high: new Cypher.Variable(), n: new Cypher.Variable() },
    ]),
  ) as Record<(typeof figures)[number], { low: Cypher.Variable; high: Cypher.Variable; n: Cypher.Variable }>;
  const grouped = clause
    .with(m)
    .match(new Cypher.Pattern(m).related({ type: 'CLAIMED_BY' }).to(claimant, { labels: ['Actor'] }))
    .optionalMatch(new Cypher.Pattern(m).related({ type: 'SIDE' }).to(side, { labels: ['Actor'] }))
    .with(m, claimant, side)
    .orderBy([claimant.property('name'), 'ASC'], [claimant.property('id'), 'ASC'])
    .with(
      side,
      [Cypher.count(m), count],
      [Cypher.collect(claimant).distinct(), claimants],
      ...figures.flatMap((f): [Cypher.Expr, Cypher.Variable][] => [
        [Cypher.min(m.property(f)), spread[f].low],
        [Cypher.max(m.property(f)), spread[f].high],
        [Cypher.count(m.property(f)), spread[f].n],
      ]),
    )
    .orderBy(
      [Cypher.isNull(side), 'ASC'],
      [count, 'DESC'],
      [side.property('name'), 'ASC'],
      [side.property('id'), 'ASC'],
    )
    .limit(int(BY_SIDE_BOUNDS.sides.max));
  const level = new Level();
  const actor = (n: Cypher.Node, sub: SelectionSetNode[]) => input.project('Actor', n, sub, level);
  const figure = (f: (typeof figures)[number]) => (sub: SelectionSetNode[]) =>
    new Cypher.Case()
      .when(Cypher.eq(spread[f].n, new Cypher.Literal(0)))
      .then(Cypher.Null)
      .else(
        shaped(input, 'FigureSpread', sub, {
          lowest: spread[f].low,
          highest: spread[f].high,
          claims: spread[f].n,
        }),
      );
  const entry = shaped(input, 'SideClaims', input.selections, {
    side: (sub) => new Cypher.Case().when(Cypher.isNull(side)).then(Cypher.Null).else(actor(side, sub)),
    claimCount: count,
    claimants: (sub) => {
      const a = new Cypher.Node();
      return new Cypher.Collect(
        new Cypher.Unwind([claimants, a])
          .with(a)
          .limit(int(BY_SIDE_BOUNDS.claimants.max))
          .return(actor(a, sub)),
      );
    },
    killed: figure('killed'),
    wounded: figure('wounded'),
    captured: figure('captured'),
  });
  const result = new Cypher.Variable();
  input.hoist({ subquery: level.finish(grouped, [Cypher.collect(entry), result]), imports: '*' });
  return result;
}

export const CLAIM_PLANS: PlanRegistry = {
  CasualtyClaimConnection: {
    bySide: { kind: 'computed', type: 'SideClaims', bound: BY_SIDE_BOUNDS.sides },
  },
  SideClaims: {
    side: { kind: 'computed', type: 'Actor' },
    claimants: { kind: 'computed', type: 'Actor', bound: BY_SIDE_BOUNDS.claimants },
  },
};
