import Cypher from '@neo4j/cypher-builder';
import { after, allOf } from '../planner/keyset';
import type { Args, ListPlan } from '../planner/plan';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { exactPhrase, luceneQuery } from './lucene';

const param = (value: unknown) => new Cypher.Param(value);
const isSet = (value: unknown) => value !== null && value !== undefined;

/** The rank of a full-text hit: an exact name or alias outranks any fuzzy match. */
export function searchRank(m: Cypher.Node, score: Cypher.Variable, search: string): Cypher.Expr {
  const exact = new Cypher.Case()
    .when(Cypher.in(param(exactPhrase(search)), m.property('nameKeys')))
    .then(new Cypher.Literal(100.0))
    .else(new Cypher.Literal(0.0));
  return Cypher.plus(score, exact);
}

/**
 * A named kind of node (actors, places) as a list: by name, which its name index supplies in order,
 * or with `search`, by rank through its full-text index (best match first).
 */
export function namedList(options: {
  name: string;
  label: string;
  index: string;
  filter?: (m: Cypher.Node, args: Args) => Cypher.Predicate | undefined;
}): ListPlan {
  const { label, index } = options;
  const filter = (m: Cypher.Node, args: Args) => options.filter?.(m, args);
  const hits = (m: Cypher.Node, args: Args, score?: Cypher.Variable) =>
    Cypher.db.index.fulltext
      .queryNodes(index, param(luceneQuery(String(args.search))))
      .yield(['node', m], ...(score ? [['score', score] as ['score', Cypher.Variable]] : []));
  return {
    kind: 'list',
    name: options.name,
    type: label,
    direction: (args) => (isSet(args.search) ? 'DESC' : 'ASC'),
    keyProperty: (args) => (isSet(args.search) ? undefined : 'name'),
    bound: { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' },
    rows: ({ m, key, id, args, after: keyset, fetch }) => {
      if (isSet(args.search)) {
        const score = new Cypher.Variable();
        const found = hits(m, args, score);
        const where = filter(m, args);
        if (where) found.where(where);
        const ranked = found.with(
          m,
          [searchRank(m, score, String(args.search)), key],
          [m.property('id'), id],
        );
        const resume = after(key, m.property('id'), 'DESC', keyset, { nulls: false });
        if (resume) ranked.where(resume);
        return ranked.orderBy([key, 'DESC'], [id, 'ASC']).limit(fetch).return(m, key, id);
      }
      const where = allOf(
        Cypher.isNotNull(m.property('name')),
        filter(m, args),
        after(m.property('name'), m.property('id'), 'ASC', keyset, { nulls: false }),
      );
      return new Cypher.Match(new Cypher.Pattern(m, { labels: [label] }))
        .where(where as Cypher.Predicate)
        .with(m, [m.property('name'), key], [m.property('id'), id])
        .orderBy([key, 'ASC'], [id, 'ASC'])
        .limit(fetch)
        .return(m, key, id);
    },
    members: ({ m, args }) => {
      const where = filter(m, args);
      const start = isSet(args.search)
        ? hits(m, args)
        : new Cypher.Match(new Cypher.Pattern(m, { labels: [label] }));
      return where ? start.where(where) : start;
    },
  };
}
