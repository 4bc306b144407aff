import Cypher from '@neo4j/cypher-builder';
import { prop, propOr } from '../planner/fields';
import { after, allOf } from '../planner/keyset';
import { incoming, outgoing } from '../planner/patterns';
import type { Args, ListPlan, PlanRegistry } from '../planner/plan';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { type RootPlan, rootById, rootList } from '../planner/roots';
import { exactPhrase, luceneQuery } from '../search/lucene';

/** Actors and their roles: how their fields are read, and `Query.actors`. */

const param = (value: unknown) => new Cypher.Param(value);
const isSet = (value: unknown) => value !== null && value !== undefined;

/** Role held on a date: open ends count as held. */
function heldOn(role: Cypher.Node, at: unknown): Cypher.Predicate {
  const day = Cypher.date(param(at));
  return Cypher.and(
    Cypher.or(Cypher.isNull(role.property('since')), Cypher.lte(role.property('since'), day)),
    Cypher.or(Cypher.isNull(role.property('until')), Cypher.gte(role.property('until'), day)),
  );
}

/** The rank of a full-text hit: an exact name or alias outranks any fuzzy match. */
function searchRank(m: Cypher.Node, score: Cypher.Variable, search: string): Cypher.Expr {
  const exact = new Cypher.Case()
    .when(Cypher.in(param(exactPhrase(search)), m.property('nameKeys')))
    .then(new Cypher.Literal(100.0))
    .else(new Cypher.Literal(0.0));
  return Cypher.plus(score, exact);
}

const kindFilter = (m: Cypher.Node, args: Args) =>
  isSet(args.kind) ? Cypher.eq(m.property('kind'), param(args.kind)) : undefined;

/** `Query.actors`: by name (the name index gives the order), or with `search`, best match first. */
export const ACTORS: ListPlan = {
  kind: 'list',
  name: 'Query.actors',
  type: 'Actor',
  direction: (args) => (isSet(args.search) ? 'DESC' : 'ASC'),
  bound: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' },
  rows: ({ m, key, args, after: keyset, fetch }) => {
    if (isSet(args.search)) {
      const score = new Cypher.Variable();
      const hits = Cypher.db.index.fulltext
        .queryNodes('actorNames', param(luceneQuery(String(args.search))))
        .yield(['node', m], ['score', score]);
      const kind = kindFilter(m, args);
      if (kind) hits.where(kind);
      const ranked = hits.with(m, [searchRank(m, score, String(args.search)), key]);
      const resume = after(key, m.property('id'), 'DESC', keyset, { nulls: false });
      if (resume) ranked.where(resume);
      return ranked
        .orderBy([key, 'DESC'], [m.property('id'), 'ASC'])
        .limit(fetch)
        .return(m, key);
    }
    const where = allOf(
      Cypher.isNotNull(m.property('name')),
      kindFilter(m, args),
      after(m.property('name'), m.property('id'), 'ASC', keyset, { nulls: false }),
    );
    return new Cypher.Match(new Cypher.Pattern(m, { labels: ['Actor'] }))
      .where(where as Cypher.Predicate)
      .with(m, [m.property('name'), key])
      .orderBy([key, 'ASC'], [m.property('id'), 'ASC'])
      .limit(fetch)
      .return(m, key);
  },
  count: ({ m, args }) => {
    if (isSet(args.search)) {
      const hits = Cypher.db.index.fulltext
        .queryNodes('actorNames', param(luceneQuery(String(args.search))))
        .yield(['node', m]);
      const kind = kindFilter(m, args);
      return new Cypher.Count(kind ? hits.where(kind) : hits);
    }
    const match = new Cypher.Match(new Cypher.Pattern(m, { labels: ['Actor'] }));
    const kind = kindFilter(m, args);
    return new Cypher.Count(kind ? match.where(kind) : match);
  },
};

export const ACTOR_PLANS: PlanRegistry = {
  Actor: {
    id: prop('id'),
    name: prop('name'),
    kind: prop('kind'),
    aliases: propOr('aliases', []),
    provenance: propOr('provenance', 'CURATED'),
    roles: {
      kind: 'many',
      type: 'Role',
      pattern: outgoing('HELD', 'Role'),
      where: (_scope, m, args) => (isSet(args.at) ? heldOn(m, args.at) : undefined),
      order: (m) => [
        [m.property('since'), 'ASC'],
        [m.property('title'), 'ASC'],
        [m.property('id'), 'ASC'],
      ],
      bound: { default: 50, max: 50 },
    },
    partOf: { kind: 'one', type: 'Actor', pattern: outgoing('PART_OF', 'Actor') },
    events: {
      kind: 'many',
      type: 'Event',
      pattern: outgoing('TOOK_PART_IN', 'Event'),
      order: (m) => [
        [m.property('date'), 'ASC'],
        [m.property('id'), 'ASC'],
      ],
      bound: { default: 100, max: 100 },
    },
  },
  Role: {
    id: prop('id'),
    title: prop('title'),
    since: prop('since'),
    until: prop('until'),
    holder: { kind: 'one', type: 'Actor', pattern: incoming('HELD', 'Actor') },
    organization: { kind: 'one', type: 'Actor', pattern: outgoing('OF', 'Actor') },
    sources: {
      kind: 'many',
      type: 'Source',
      pattern: outgoing('SOURCE', 'Article'),
      withRelationship: true,
      order: (m, r) => [
        [m.property('published'), 'ASC'],
        [r.property('start'), 'ASC'],
      ],
      bound: { default: 20, max: 20 },
    },
  },
};

export const ACTOR_ROOTS: Record<string, RootPlan> = {
  actor: rootById('Actor'),
  actors: rootList(ACTORS),
};
