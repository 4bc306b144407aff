import Cypher from '@neo4j/cypher-builder';
import { BY_DATE, prop } from '../planner/fields';
import { allOf } from '../planner/keyset';
import { datedThenUndated } from '../planner/ordered';
import { outgoing } from '../planner/patterns';
import type { Args, ListInput, ListPlan, PlanRegistry } from '../planner/plan';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { type RootPlan, rootById, rootList } from '../planner/roots';

/** Articles: how their fields are read, and `Query.articles` (newest first). */

const param = (value: unknown) => new Cypher.Param(value);
const isSet = (value: unknown) => value !== null && value !== undefined;
const published = (m: Cypher.Node) => m.property('published');

function outletIs(m: Cypher.Node, outlet: unknown): Cypher.Predicate {
  const o = new Cypher.Node();
  return new Cypher.Exists(
    new Cypher.Match(
      new Cypher.Pattern(m).related({ type: 'PUBLISHED_BY' }).to(o, { labels: ['Outlet'] }),
    ).where(Cypher.eq(Cypher.toLower(o.property('name')), Cypher.toLower(param(outlet)))),
  );
}

function filters(m: Cypher.Node, args: Args) {
  return allOf(
    isSet(args.from) && Cypher.gte(published(m), Cypher.date(param(args.from))),
    isSet(args.to) && Cypher.lte(published(m), Cypher.date(param(args.to))),
    isSet(args.outlet) && outletIs(m, args.outlet),
  );
}

/** Dated articles from the `published` index in order, newest first; undated ones after them. */
function articleRows(input: ListInput): Cypher.Clause {
  const hasRange = isSet(input.args.from) || isSet(input.args.to);
  return datedThenUndated('Article', 'published', input, filters(input.m, input.args), 'DESC', hasRange);
}

export const ARTICLES: ListPlan = {
  kind: 'list',
  name: 'Query.articles',
  type: 'Article',
  direction: () => 'DESC',
  bound: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' },
  rows: articleRows,
  keyProperty: () => 'published',
  members: ({ m, args }) => {
    const match = new Cypher.Match(new Cypher.Pattern(m, { labels: ['Article'] }));
    const where = filters(m, args);
    return where ? match.where(where) : match;
  },
};

export const ARTICLE_PLANS: PlanRegistry = {
  Article: {
    id: prop('id'),
    title: prop('title'),
    published: prop('published'),
    url: prop('url'),
    text: prop('text'),
    outlet: {
      kind: 'scalar',
      value: ({ n }) => {
        const o = new Cypher.Node();
        return Cypher.head(
          new Cypher.Collect(
            new Cypher.Match(
              new Cypher.Pattern(n).related({ type: 'PUBLISHED_BY' }).to(o, { labels: ['Outlet'] }),
            ).return(o.property('name')),
          ),
        );
      },
    },
    events: {
      kind: 'many',
      type: 'Event',
      pattern: outgoing('MENTIONS', 'Event'),
      distinct: true,
      order: BY_DATE,
      bound: { default: 100, max: 100 },
    },
  },
};

export const ARTICLE_ROOTS: Record<string, RootPlan> = {
  article: rootById('Article'),
  articles: rootList(ARTICLES),
};
