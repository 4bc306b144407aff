import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { projectValue } from '../planner/compile';
import { Level } from '../planner/plan';
import { pageSize } from '../planner/pages';
import { type RootPlan, shaped } from '../planner/roots';
import { worstSize } from '../planner/cost';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { exactPhrase, luceneQuery } from './lucene';

/**
 * `Query.search`: one ranked list over every full-text index, hits projected as their own types.
 * Lucene scores of different indexes are not on one scale, so an exact name or alias match is lifted
 * above everything and the rest merge by score.
 */
const INDEXES: [index: string, byName: boolean][] = [
  ['actorNames', true],
  ['placeNames', true],
  ['eventTitles', false],
  ['statementText', false],
  ['articleText', false],
];

const search: RootPlan = (c, args, selections) => {
  const limit = pageSize(args.first as number | null);
  const lucene = new Cypher.Param(luceneQuery(String(args.text)));
  const exact = new Cypher.Param(exactPhrase(String(args.text)));
  const fetch = new Cypher.Param(neo4j.int(limit));
  const node = new Cypher.Node();
  const score = new Cypher.Variable();
  const branches = INDEXES.map(([index, byName]) => {
    const hit = new Cypher.Node();
    const raw = new Cypher.Variable();
    const ranked = byName
      ? Cypher.plus(
          raw,
          new Cypher.Case()
            .when(Cypher.in(exact, hit.property('nameKeys')))
            .then(new Cypher.Literal(100.0))
            .else(new Cypher.Literal(0.0)),
        )
      : raw;
    return Cypher.db.index.fulltext
      .queryNodes(index, lucene, { limit: fetch })
      .yield(['node', hit], ['score', raw])
      .return([hit, node], [ranked, score]);
  });
  const level = new Level();
  const hit = projectValue(c, 'SearchHit', level.scope(node), selections);
  const ranked = new Cypher.Call(new Cypher.Union(...branches).all(), [])
    .with(node, score)
    .orderBy([score, 'DESC'], [node.property('id'), 'ASC'])
    .limit(fetch);
  return level.finish(ranked, [Cypher.collect(hit), 'value']);
};

export const SEARCH_ROOTS: Record<string, RootPlan> = {
  search: shaped(search, {
    type: 'SearchHit',
    items: (args) => worstSize({ default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' }, args),
  }),
};
