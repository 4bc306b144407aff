import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { projectValue } from '../planner/compile';
import { Level } from '../planner/plan';
import { pageSize } from '../planner/pages';
import { type RootPlan, shaped } from '../planner/roots';
import { worstSize } from '../planner/cost';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../planner/pages';
import { luceneQuery } from './lucene';
import { searchRank } from './ranked';
import { SEARCH_INDEX } from '../db/indexNames';

/**
 * `Query.search`: one ranked list over every kind, from the full-text index that covers them all
 * (src/db/migrations.ts), hits projected as their own types. One index ranks every hit on one scale;
 * an exact name or alias (of an actor or place: only they have `nameKeys`) is lifted above the rest.
 */
const search: RootPlan = (c, args, selections) => {
  const limit = pageSize(args.first as number | null);
  const fetch = new Cypher.Param(neo4j.int(limit));
  const hit = new Cypher.Node();
  const raw = new Cypher.Variable();
  const score = new Cypher.Variable();
  const ranked = Cypher.db.index.fulltext
    .queryNodes(SEARCH_INDEX, new Cypher.Param(luceneQuery(String(args.text))), { limit: fetch })
    .yield(['node', hit], ['score', raw])
    .with(hit, [searchRank(hit, raw, String(args.text)), score])
    .orderBy([score, 'DESC'], [hit.property('id'), 'ASC'])
    .limit(fetch);
  const level = new Level();
  const projected = projectValue(c, 'SearchHit', level.scope(hit), selections);
  return level.finish(ranked, [Cypher.collect(projected), 'value']);
};

export const SEARCH_ROOTS: Record<string, RootPlan> = {
  search: shaped(search, {
    type: 'SearchHit',
    items: (args) => worstSize({ default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE, arg: 'first' }, args),
  }),
};
