import type { QueryResolvers } from '../generated/graphql';
import { badInput } from '../graphql/errors';
import { loadNodes } from '../graphql/nodes';
import { MAX_PAGE_SIZE } from '../graphql/pagination';
import neo4j from 'neo4j-driver';
import { exactPhrase, luceneQuery } from './lucene';
import { SEARCH_ALL } from './queries';

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: async (_root, { text, first }, ctx) => {
    const limit = first ?? 20;
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
      throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${limit}.`, 'first');
    }
    const hits = await ctx.graph.read(SEARCH_ALL, {
      lucene: luceneQuery(text),
      exact: exactPhrase(text),
      limit: neo4j.int(limit),
    });
    return loadNodes(
      hits.map((hit) => hit.id),
      ctx,
    );
  },
};
