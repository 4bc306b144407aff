import Cypher from '@neo4j/cypher-builder';
import { SOURCES } from '../articles/sources';
import { BY_DATE, BY_NAME, countOf, prop, propOr } from '../planner/fields';
import { after, allOf, dateValue } from '../planner/keyset';
import { incoming, outgoing } from '../planner/patterns';
import type { Args, Direction, ListInput, ListPlan, PlanRegistry } from '../planner/plan';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { type RootPlan, rootById, rootList } from '../planner/roots';
import { luceneQuery } from '../search/lucene';
import { CLAIMS } from './claims';
import { contested, isContested } from './contested';

/** Events and casualty claims: how their fields are read (Event.responses …), and `Query.events`. */

const param = (value: unknown) => new Cypher.Param(value);
const isSet = (value: unknown) => value !== null && value !== undefined;

/** Filters of `Query.events` other than the date range, present only when set. */
function otherFilters(m: Cypher.Node, args: Args): Cypher.Predicate | undefined {
  const o = new Cypher.Node();
  return allOf(
    isSet(args.kind) && Cypher.eq(m.property('kind'), param(args.kind)),
    isSet(args.place) &&
      new Cypher.Exists(
        new Cypher.Pattern(m)
          .related({ type: 'HAPPENED_IN' })
          .to({ labels: ['Place'] })
          .related({ type: 'IN', length: { min: 0, max: 4 } })
          .to({ labels: ['Place'], properties: { id: param(args.place) } }),
      ),
    isSet(args.contested) && (args.contested ? isContested(m) : Cypher.not(isContested(m))),
    isSet(args.outlet) &&
      new Cypher.Exists(
        new Cypher.Match(
          new Cypher.Pattern(m)
            .related({ type: 'MENTIONS', direction: 'left' })
            .to({ labels: ['Article'] })
            .related({ type: 'PUBLISHED_BY' })
            .to(o, { labels: ['Outlet'] }),
        ).where(Cypher.eq(Cypher.toLower(o.property('name')), Cypher.toLower(param(args.outlet)))),
      ),
  );
}

/**
 * The most responses an event lists (ordered by date). The busiest event of the 100,000-statement
 * benchmark graph has 182 and the seed's a handful; `responseCount` says when there are more. With 20
 * events a page and a statement's 20 targets, a page of events with all this stays under the cost limit.
 */
const RESPONSES_PER_EVENT = 200;

const date = (m: Cypher.Node) => m.property('date');
const endDate = (m: Cypher.Node) => m.property('endDate');

/**
 * The date-range branches of `Query.events`. An event overlaps [from, to] when it starts in the range,
 * or started before `from` and is still going; each branch is a range on an indexed date.
 */
function rangeBranches(m: Cypher.Node, args: Args): Cypher.Predicate[] {
  const from = isSet(args.from) ? Cypher.date(param(args.from)) : undefined;
  const to = isSet(args.to) ? Cypher.date(param(args.to)) : undefined;
  if (!from && !to) return [];
  const startsIn = allOf(
    from && Cypher.gte(date(m), from),
    to && Cypher.lte(date(m), to),
  ) as Cypher.Predicate;
  if (!from) return [startsIn];
  const stillGoing = allOf(
    Cypher.lt(date(m), from),
    Cypher.gte(endDate(m), from),
    to && Cypher.lte(date(m), to),
  );
  return [startsIn, stillGoing as Cypher.Predicate];
}

function branch(
  input: ListInput,
  where: Cypher.Predicate | undefined,
  direction: Direction,
  ordered: boolean,
) {
  const { m, key, id, fetch } = input;
  const clause = new Cypher.Match(new Cypher.Pattern(m, { labels: ['Event'] }));
  if (where) clause.where(where);
  const withKey = clause.with(m, [date(m), key], [m.property('id'), id]);
  const order: [Cypher.Expr, Direction][] = ordered
    ? [
        [key, direction],
        [id, 'ASC'],
      ]
    : [[id, 'ASC']];
  return withKey
    .orderBy(...order)
    .limit(fetch)
    .return(m, key, id);
}

function eventRows(input: ListInput): Cypher.Clause {
  const { m, key, id, args, after: keyset, fetch } = input;
  const direction: Direction = args.orderBy === 'DESC' ? 'DESC' : 'ASC';
  const others = otherFilters(m, args);
  if (isSet(args.search)) {
    const hits = Cypher.db.index.fulltext
      .queryNodes('eventTitles', param(luceneQuery(String(args.search))))
      .yield(['node', m]);
    const ranges = rangeBranches(m, args);
    const where = allOf(others, ranges.length > 0 && Cypher.or(...ranges));
    if (where) hits.where(where);
    const keyed = hits.with(m, [date(m), key], [m.property('id'), id]);
    const resume = after(key, m.property('id'), direction, keyset, { value: dateValue });
    if (resume) keyed.where(resume);
    return keyed
      .orderBy([Cypher.isNull(key), 'ASC'], [key, direction], [id, 'ASC'])
      .limit(fetch)
      .return(m, key, id);
  }
  const dated = (range: Cypher.Predicate) =>
    branch(
      input,
      allOf(
        range,
        others,
        keyset?.key === null
          ? Cypher.false
          : after(date(m), m.property('id'), direction, keyset, { value: dateValue, nulls: false }),
      ),
      direction,
      true,
    );
  const ranges = rangeBranches(m, args);
  if (ranges.length === 1) return dated(ranges[0] as Cypher.Predicate);
  if (ranges.length === 2) return new Cypher.Union(...ranges.map(dated)).all();
  const undated = branch(
    input,
    allOf(
      Cypher.isNull(date(m)),
      others,
      keyset?.key === null ? Cypher.gt(m.property('id'), param(keyset.id)) : undefined,
    ),
    direction,
    false,
  );
  return new Cypher.Union(dated(Cypher.isNotNull(date(m))), undated).all();
}

/** `Query.events`: overlapping the date range, oldest first unless orderBy says otherwise. */
export const EVENTS: ListPlan = {
  kind: 'list',
  name: 'Query.events',
  type: 'Event',
  direction: (args) => (args.orderBy === 'DESC' ? 'DESC' : 'ASC'),
  bound: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' },
  rows: eventRows,
  keyProperty: () => 'date',
  members: ({ m, args }) => {
    const ranges = rangeBranches(m, args);
    const where = allOf(otherFilters(m, args), ranges.length > 0 && Cypher.or(...ranges));
    const start = isSet(args.search)
      ? Cypher.db.index.fulltext
          .queryNodes('eventTitles', param(luceneQuery(String(args.search))))
          .yield(['node', m])
      : new Cypher.Match(new Cypher.Pattern(m, { labels: ['Event'] }));
    return where ? start.where(where) : start;
  },
};

export const EVENT_PLANS: PlanRegistry = {
  Event: {
    id: prop('id'),
    title: prop('title'),
    kind: prop('kind'),
    date: prop('date'),
    endDate: prop('endDate'),
    datePrecision: prop('datePrecision'),
    provenance: propOr('provenance', 'CURATED'),
    places: {
      kind: 'many',
      type: 'Place',
      pattern: outgoing('HAPPENED_IN', 'Place'),
      order: BY_NAME,
      bound: { default: 50, max: 50 },
    },
    participants: {
      kind: 'many',
      type: 'Actor',
      pattern: incoming('TOOK_PART_IN', 'Actor'),
      order: BY_NAME,
      bound: { default: 100, max: 100 },
    },
    responses: {
      kind: 'many',
      type: 'Statement',
      pattern: incoming('RESPONDS_TO', 'Statement'),
      where: (_scope, m, args) =>
        isSet(args.stance) ? Cypher.eq(m.property('stance'), param(args.stance)) : undefined,
      order: BY_DATE,
      bound: { default: RESPONSES_PER_EVENT, max: RESPONSES_PER_EVENT },
    },
    contested,
    responseCount: countOf(({ n }) =>
      new Cypher.Pattern({ labels: ['Statement'] }).related({ type: 'RESPONDS_TO' }).to(n),
    ),
    respondents: {
      kind: 'many',
      type: 'Actor',
      pattern: (scope, m) =>
        new Cypher.Pattern(m, { labels: ['Actor'] })
          .related({ type: 'SAID' })
          .to({ labels: ['Statement'] })
          .related({ type: 'RESPONDS_TO' })
          .to(scope.n),
      distinct: true,
      order: BY_NAME,
      bound: { default: 100, max: 100 },
    },
    casualtyClaims: {
      kind: 'many',
      type: 'CasualtyClaim',
      pattern: incoming('ABOUT', 'CasualtyClaim'),
      order: [['id', 'ASC']],
      bound: { default: 100, max: 100 },
    },
    reportedIn: {
      kind: 'many',
      type: 'Article',
      pattern: incoming('MENTIONS', 'Article'),
      distinct: true,
      order: [
        ['published', 'ASC'],
        ['id', 'ASC'],
      ],
      bound: { default: 100, max: 100 },
    },
    partOf: {
      kind: 'many',
      type: 'Event',
      pattern: outgoing('PART_OF', 'Event'),
      order: BY_DATE,
      bound: { default: 20, max: 20 },
    },
    parts: {
      kind: 'many',
      type: 'Event',
      pattern: incoming('PART_OF', 'Event'),
      order: BY_DATE,
      bound: { default: 100, max: 100 },
    },
  },
  CasualtyClaim: {
    id: prop('id'),
    killed: prop('killed'),
    wounded: prop('wounded'),
    captured: prop('captured'),
    claimant: { kind: 'one', type: 'Actor', pattern: outgoing('CLAIMED_BY', 'Actor') },
    side: { kind: 'one', type: 'Actor', pattern: outgoing('SIDE', 'Actor') },
    event: { kind: 'one', type: 'Event', pattern: outgoing('ABOUT', 'Event') },
    statement: { kind: 'one', type: 'Statement', pattern: outgoing('STATED_IN', 'Statement') },
    sources: SOURCES,
  },
};

export const EVENT_ROOTS: Record<string, RootPlan> = {
  event: rootById('Event'),
  claims: rootList(CLAIMS),
  events: rootList(EVENTS),
};
