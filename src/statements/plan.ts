import Cypher from '@neo4j/cypher-builder';
import { BY_DATE, BY_NAME, countOf, prop, propOr, relProp } from '../planner/fields';
import { after, allOf, dateValue } from '../planner/keyset';
import { type UndatedRead, datedThenUndated, indexedByDate } from '../planner/ordered';
import { byId, incoming, outgoing } from '../planner/patterns';
import type { Yield } from '@neo4j/cypher-builder';
import type { Args, Direction, ListInput, ListPlan, PlanRegistry, Scope, Withable } from '../planner/plan';
import { statementFacets } from './facets';
import { talliedFacets, talliedFilters, talliedTotal } from './tallies';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { type RootPlan, rootById, rootList } from '../planner/roots';
import { luceneQuery } from '../search/lucene';

/**
 * Statements: how a Statement's fields are read, and every statement list — `Query.statements`,
 * `Actor.statements`, `Actor.targetedBy`, `Article.statements` — as one subquery each.
 */

const PAGE = { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' };
/**
 * A statement's events, targets, replies: a handful each in practice (the most targets in the seed and
 * the generated graphs is 4), so 20 cuts nothing real and keeps nested answers' worst case small.
 */
const RELATED = { default: 20, max: 20 };

const directionOf = (args: Args): Direction => (args.orderBy === 'DATE_DESC' ? 'DESC' : 'ASC');
const param = (value: unknown) => new Cypher.Param(value);

/** speakerIn / targetIn: the actor itself, anything part of it (3 levels), or people holding a role in those. */
export function within(x: Cypher.Node, actorId: unknown): Cypher.Predicate {
  const top = () => ({ labels: ['Actor'], properties: { id: param(actorId) } });
  return Cypher.or(
    Cypher.eq(x.property('id'), param(actorId)),
    new Cypher.Exists(
      new Cypher.Pattern(x).related({ type: 'PART_OF', length: { min: 1, max: 3 } }).to(top()),
    ),
    new Cypher.Exists(
      new Cypher.Pattern(x)
        .related({ type: 'HELD' })
        .to({ labels: ['Role'] })
        .related({ type: 'OF' })
        .to({ labels: ['Actor'] })
        .related({ type: 'PART_OF', length: { min: 0, max: 3 } })
        .to(top()),
    ),
  );
}

const related = (m: Cypher.Node, type: string, label: string, id: unknown, direction: 'left' | 'right') =>
  new Cypher.Exists(
    new Cypher.Pattern(m).related({ type, direction }).to({ labels: [label], properties: { id: param(id) } }),
  );

/** Each filter of `Query.statements` as a predicate on m, present only when its argument is set. */
const FILTERS: Record<string, (m: Cypher.Node, value: unknown) => Cypher.Predicate> = {
  stance: (m, v) => Cypher.eq(m.property('stance'), param(v)),
  from: (m, v) => Cypher.gte(m.property('date'), Cypher.date(param(v))),
  to: (m, v) => Cypher.lte(m.property('date'), Cypher.date(param(v))),
  speaker: (m, v) => related(m, 'SAID', 'Actor', v, 'left'),
  respondsTo: (m, v) => related(m, 'RESPONDS_TO', 'Event', v, 'right'),
  target: (m, v) => related(m, 'TARGETS', 'Actor', v, 'right'),
  speakerIn: (m, v) => {
    const x = new Cypher.Node();
    return new Cypher.Exists(
      new Cypher.Match(new Cypher.Pattern(x, { labels: ['Actor'] }).related({ type: 'SAID' }).to(m)).where(
        within(x, v),
      ),
    );
  },
  targetIn: (m, v) => {
    const x = new Cypher.Node();
    return new Cypher.Exists(
      new Cypher.Match(new Cypher.Pattern(m).related({ type: 'TARGETS' }).to(x, { labels: ['Actor'] })).where(
        within(x, v),
      ),
    );
  },
  place: (m, v) =>
    new Cypher.Exists(
      new Cypher.Pattern(m)
        .related({ type: 'RESPONDS_TO' })
        .to({ labels: ['Event'] })
        .related({ type: 'HAPPENED_IN' })
        .to({ labels: ['Place'] })
        .related({ type: 'IN', length: { min: 0, max: 4 } })
        .to({ labels: ['Place'], properties: { id: param(v) } }),
    ),
  outlet: (m, v) => {
    const o = new Cypher.Node();
    return new Cypher.Exists(
      new Cypher.Match(
        new Cypher.Pattern(m)
          .related({ type: 'SOURCE' })
          .to({ labels: ['Article'] })
          .related({ type: 'PUBLISHED_BY' })
          .to(o, { labels: ['Outlet'] }),
      ).where(Cypher.eq(Cypher.toLower(o.property('name')), Cypher.toLower(param(v)))),
    );
  },
};

/**
 * Where a statement list starts: at the most selective argument given, so it expands from one indexed
 * node (or the full-text index) instead of reading every statement. In order of preference.
 */
/** A clause that binds m and that WHERE and WITH can follow. */
type Start = Cypher.Match | Cypher.With | Yield;
type Anchor = (m: Cypher.Node, value: unknown) => Start;
const ANCHORS: [string, Anchor][] = [
  [
    'speaker',
    (m, v) =>
      new Cypher.Match(
        byId(undefined, 'Actor', v)
          .related({ type: 'SAID' })
          .to(m, { labels: ['Statement'] }),
      ),
  ],
  [
    'respondsTo',
    (m, v) =>
      new Cypher.Match(
        new Cypher.Pattern(m, { labels: ['Statement'] })
          .related({ type: 'RESPONDS_TO' })
          .to(byIdNode('Event', v)),
      ),
  ],
  [
    'search',
    (m, v) =>
      Cypher.db.index.fulltext.queryNodes('statementText', param(luceneQuery(String(v)))).yield(['node', m]),
  ],
  [
    'target',
    (m, v) =>
      new Cypher.Match(
        new Cypher.Pattern(m, { labels: ['Statement'] })
          .related({ type: 'TARGETS' })
          .to(byIdNode('Actor', v)),
      ),
  ],
  ['targetIn', targetInAnchor],
];

/**
 * targetIn as an anchor: from the actor down to everything part of it and the people holding roles
 * in those, then to the statements targeting any of them.
 */
function targetInAnchor(m: Cypher.Node, actorId: unknown): Cypher.With {
  const root = new Cypher.Node();
  const targeted = (path: Cypher.Pattern) => new Cypher.Match(path).return(m);
  const viaParts = targeted(
    new Cypher.Pattern(m, { labels: ['Statement'] })
      .related({ type: 'TARGETS' })
      .to({ labels: ['Actor'] })
      .related({ type: 'PART_OF', length: { min: 0, max: 3 } })
      .to(root),
  );
  const viaRoles = targeted(
    new Cypher.Pattern(m, { labels: ['Statement'] })
      .related({ type: 'TARGETS' })
      .to({ labels: ['Actor'] })
      .related({ type: 'HELD' })
      .to({ labels: ['Role'] })
      .related({ type: 'OF' })
      .to({ labels: ['Actor'] })
      .related({ type: 'PART_OF', length: { min: 0, max: 3 } })
      .to(root),
  );
  return new Cypher.Match(byId(root, 'Actor', actorId))
    .call(new Cypher.Union(viaParts, viaRoles), [root])
    .with(m);
}

function byIdNode(label: string, id: unknown) {
  return { labels: [label], properties: { id: param(id) } };
}

const isSet = (value: unknown) => value !== null && value !== undefined;

/** The predicates of every set filter except those the anchor (or an index) already applies. */
function filtersOf(m: Cypher.Node, args: Args, except: string | string[] = []): Cypher.Predicate | undefined {
  const skip = new Set(typeof except === 'string' ? [except] : except);
  return allOf(
    ...Object.entries(FILTERS).map(([name, filter]) =>
      !skip.has(name) && isSet(args[name]) ? filter(m, args[name]) : undefined,
    ),
  );
}

/** Sorted by date in memory (the anchor gave few rows), undated last, limited. */
export function sortedPage(
  anchored: Withable,
  input: ListInput,
  where: Cypher.Predicate | undefined,
  direction: Direction,
) {
  const { m, key, id, after: keyset, fetch } = input;
  const clause = anchored.with(m, [m.property('date'), key], [m.property('id'), id]);
  const predicate = allOf(where, after(key, m.property('id'), direction, keyset, { value: dateValue }));
  if (predicate) clause.where(predicate);
  return clause
    .orderBy([Cypher.isNull(key), 'ASC'], [key, direction], [id, 'ASC'])
    .limit(fetch)
    .return(m, key, id);
}

function anchorOf(args: Args): [string, Anchor] | undefined {
  return ANCHORS.find(([name]) => isSet(args[name]));
}

/** from / to on the date a list is read in the order of (the statement's, or its key's copy). */
function dateRange(date: Cypher.Expr, args: Args): Cypher.Predicate | undefined {
  return allOf(
    isSet(args.from) && Cypher.gte(date, Cypher.date(param(args.from))),
    isSet(args.to) && Cypher.lte(date, Cypher.date(param(args.to))),
  );
}

/** The filters a keyed read does not apply through its index: all but `keyed` and the date range. */
const filtersBesides = (m: Cypher.Node, args: Args, keyed: string[]) =>
  filtersOf(m, args, [...keyed, 'from', 'to']);

/** A speaker's statements from `statement_speaker_date` (speakerId, date), in date order. */
function bySpeakerKey(
  input: ListInput,
  speakerId: Cypher.Expr,
  where: Cypher.Predicate | undefined,
  range: Cypher.Predicate | undefined,
  undated: UndatedRead,
  imports: Cypher.Variable[] = [],
) {
  const { m } = input;
  return indexedByDate(
    input,
    directionOf(input.args),
    {
      match: () => new Cypher.Match(new Cypher.Pattern(m, { labels: ['Statement'] })),
      keys: Cypher.eq(m.property('speakerId'), speakerId),
      prefix: [m.property('speakerId')],
      date: m.property('date'),
    },
    where,
    range,
    undated,
    imports,
  );
}

/**
 * speakerIn with target and stance, from `targets_from_key` (speakerIn, stance, date) in date order,
 * keeping the keys whose end is the target: reads about first / (the target's share of what the
 * speakers' side said with that stance) entries, whatever the size of the graph. The end node has no
 * label, so the planner starts from the relationship index rather than from the target's id.
 */
function byTargetsFrom(input: ListInput, targetAnchor: Anchor) {
  const { m, args } = input;
  const r = new Cypher.Relationship();
  const t = new Cypher.Node();
  const keyed = ['speakerIn', 'stance', 'target'];
  return indexedByDate(
    input,
    directionOf(args),
    {
      match: () =>
        new Cypher.Match(
          new Cypher.Pattern(m, { labels: ['Statement'] }).related(r, { type: 'TARGETS_FROM' }).to(t),
        ),
      keys: Cypher.and(
        Cypher.eq(r.property('speakerIn'), param(args.speakerIn)),
        Cypher.eq(r.property('stance'), param(args.stance)),
        Cypher.eq(t.property('id'), param(args.target)),
      ),
      prefix: [r.property('speakerIn'), r.property('stance')],
      date: r.property('date'),
      carry: [r],
    },
    filtersBesides(m, args, keyed),
    dateRange(r.property('date'), args),
    {
      match: () => targetAnchor(m, args.target) as Cypher.Match,
      where: filtersOf(m, args, 'target'),
    },
  );
}

const ANCHOR_BY_NAME: Record<string, Anchor> = Object.fromEntries(ANCHORS);

/** Whether the page is read from the key TARGETS_FROM (speakerIn with target and stance, no narrower anchor). */
function readsTargetsFrom(args: Args): boolean {
  const anchor = anchorOf(args);
  const keysFit = isSet(args.speakerIn) && isSet(args.target) && isSet(args.stance);
  return keysFit && (!anchor || anchor[0] === 'target');
}

/**
 * The page of `Query.statements`: from a composite key's index where the arguments fix its leading
 * properties (speaker; speakerIn with target and stance, unless a narrower anchor is given), else from
 * the most selective anchor, else in the order of the date index.
 */
function statementRows(input: ListInput): Cypher.Clause {
  const { m, args } = input;
  const direction = directionOf(args);
  const anchor = anchorOf(args);
  if (anchor?.[0] === 'speaker')
    return bySpeakerKey(
      input,
      param(args.speaker),
      filtersBesides(m, args, ['speaker']),
      dateRange(m.property('date'), args),
      { match: () => anchor[1](m, args.speaker) as Cypher.Match, where: filtersOf(m, args, 'speaker') },
    );
  if (readsTargetsFrom(args)) return byTargetsFrom(input, ANCHOR_BY_NAME.target as Anchor);
  if (anchor) {
    const [name, start] = anchor;
    return sortedPage(start(m, args[name]), input, filtersOf(m, args, name), direction);
  }
  const hasRange = isSet(args.from) || isSet(args.to);
  return datedThenUndated('Statement', 'date', input, filtersOf(m, args), direction, hasRange);
}

/** Every filter of `Query.statements` (the anchors' and the predicates'). */
const FILTER_NAMES = [...new Set([...ANCHORS.map(([name]) => name), ...Object.keys(FILTERS)])];

const STATEMENTS: ListPlan = {
  kind: 'list',
  name: 'Query.statements',
  type: 'Statement',
  direction: directionOf,
  bound: PAGE,
  rows: statementRows,
  // The key TARGETS_FROM orders by its own copy of the date: the statement's is read for the answer.
  keyProperty: (args) => (readsTargetsFrom(args) ? undefined : 'date'),
  members: ({ m, args }) => {
    const anchor = anchorOf(args);
    const where = filtersOf(m, args, anchor?.[0]);
    const start = anchor
      ? anchor[1](m, args[anchor[0]])
      : new Cypher.Match(new Cypher.Pattern(m, { labels: ['Statement'] }));
    return where ? start.where(where) : start;
  },
  // stance + target alone: from the tallies kept at write time (src/statements/tallies.ts).
  aggregates: {
    facets: (input) =>
      (talliedFilters(input.args, FILTER_NAMES) && talliedFacets(input)) || statementFacets(input),
  },
  total: (args) => (talliedFilters(args, FILTER_NAMES) ? talliedTotal(args) : undefined),
};

/** A statement list hanging from a parent (its speaker, its target, its article), with a stance filter. */
function statementsOf(name: string, pattern: (parent: Scope, m: Cypher.Node) => Cypher.Pattern): ListPlan {
  const where = (m: Cypher.Node, args: Args) =>
    isSet(args.stance) ? Cypher.eq(m.property('stance'), param(args.stance)) : undefined;
  return {
    kind: 'list',
    name,
    type: 'Statement',
    direction: directionOf,
    bound: PAGE,
    keyProperty: () => 'date',
    rows: (input) => {
      const parent = input.parent as Scope;
      const match = new Cypher.Match(pattern(parent, input.m));
      return sortedPage(match, input, where(input.m, input.args), directionOf(input.args));
    },
    members: ({ m, args, parent }) => {
      const match = new Cypher.Match(pattern(parent as Scope, m));
      const filter = where(m, args);
      return filter ? match.where(filter) : match;
    },
    aggregates: { facets: statementFacets },
  };
}

const said = (parent: Scope, m: Cypher.Node) =>
  new Cypher.Pattern(parent.n).related({ type: 'SAID' }).to(m, { labels: ['Statement'] });
const targeting = (parent: Scope, m: Cypher.Node) =>
  new Cypher.Pattern(m, { labels: ['Statement'] }).related({ type: 'TARGETS' }).to(parent.n);
const sourcedIn = (parent: Scope, m: Cypher.Node) =>
  new Cypher.Pattern(m, { labels: ['Statement'] }).related({ type: 'SOURCE' }).to(parent.n);

export const STATEMENT_PLANS: PlanRegistry = {
  Statement: {
    id: prop('id'),
    text: prop('text'),
    direct: prop('direct'),
    date: prop('date'),
    datePrecision: prop('datePrecision'),
    stance: prop('stance'),
    channel: prop('channel'),
    provenance: propOr('provenance', 'CURATED'),
    confidence: propOr('confidence', 1.0),
    // Through the statement's key speakerId (the SAID speaker's id, kept by every writer: see
    // src/db/statementKeys.ts), one uniqueness-constraint seek, rather than walking the statement's
    // relationships for its SAID.
    speaker: {
      kind: 'one',
      type: 'Actor',
      unique: true,
      pattern: (scope, m) =>
        new Cypher.Pattern(m, { labels: ['Actor'], properties: { id: scope.n.property('speakerId') } }),
    },
    via: { kind: 'one', type: 'Actor', pattern: outgoing('VIA', 'Actor') },
    respondsTo: {
      kind: 'many',
      type: 'Event',
      pattern: outgoing('RESPONDS_TO', 'Event'),
      order: BY_DATE,
      bound: RELATED,
    },
    targets: {
      kind: 'many',
      type: 'Actor',
      pattern: outgoing('TARGETS', 'Actor'),
      order: BY_NAME,
      bound: RELATED,
    },
    repliesTo: {
      kind: 'many',
      type: 'Statement',
      pattern: outgoing('REPLIES_TO', 'Statement'),
      order: BY_DATE,
      bound: RELATED,
    },
    replies: {
      kind: 'many',
      type: 'Statement',
      pattern: incoming('REPLIES_TO', 'Statement'),
      order: BY_DATE,
      bound: RELATED,
    },
    source: { kind: 'one', type: 'Source', pattern: outgoing('SOURCE', 'Article'), withRelationship: true },
  },
  /** A Source is the article a SOURCE relationship reaches, with the relationship's span. */
  Source: {
    article: { kind: 'self', type: 'Article' },
    start: relProp('start'),
    end: relProp('end'),
    // Claims and roles keep the span's text on SOURCE; a statement's span is the statement itself.
    text: {
      kind: 'scalar',
      value: ({ r, owner }) =>
        Cypher.coalesce((r as Cypher.Relationship).property('text'), (owner as Cypher.Node).property('text')),
    },
  },
  Actor: {
    statements: {
      ...statementsOf('Actor.statements', said),
      // The speaker's key: a page reads about `first + 1` index entries, however much the actor said.
      rows: (input) => {
        const parent = input.parent as Scope;
        const stance = isSet(input.args.stance)
          ? Cypher.eq(input.m.property('stance'), param(input.args.stance))
          : undefined;
        return bySpeakerKey(
          input,
          parent.n.property('id'),
          stance,
          undefined,
          { match: () => new Cypher.Match(said(parent, input.m)), where: stance },
          [parent.n],
        );
      },
    },
    statementCount: countOf(({ n }) =>
      new Cypher.Pattern(n).related({ type: 'SAID' }).to({ labels: ['Statement'] }),
    ),
    targetedBy: statementsOf('Actor.targetedBy', targeting),
  },
  Article: {
    statements: statementsOf('Article.statements', sourcedIn),
  },
};

export const STATEMENT_ROOTS: Record<string, RootPlan> = {
  statement: rootById('Statement'),
  statements: rootList(STATEMENTS),
};
