import type { QueryResolvers } from '../generated/graphql';
import { loadNodes } from '../graphql/nodes';
import { pageSize } from '../graphql/pagination';
import neo4j from 'neo4j-driver';
import { exactPhrase, luceneQuery } from './lucene';
import { SEARCH_ALL } from './queries';

export const searchQueries: Pick<QueryResolvers, 'search'> = {
  search: async (_root, { text, first }, ctx) => {
    const limit = pageSize(first);
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
