import Cypher from '@neo4j/cypher-builder';
import { allOf } from '../planner/keyset';
import type { Args, Keyset, ListPlan, MembersInput } from '../planner/plan';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';

/**
 * `Query.claims`: casualty claims, ordered by their event's date (undated last), then the claimant's
 * name, then id; anchored at the most selective id given. A claim reported by several articles is
 * one node, so one item.
 */

const param = (value: unknown) => new Cypher.Param(value);
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
    const keyed = clause.with(m, [new Cypher.List([e.property('date'), x.property('name')]), input.key]);
    return keyed
      .orderBy([input.key, 'ASC'], [m.property('id'), 'ASC'])
      .limit(input.fetch)
      .return(m, input.key);
  },
  members: (input) => filtered(input).clause,
};
