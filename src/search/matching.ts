import type { CypherQuery } from '../db/graph';
import type { Context } from '../graphql/context';
import { luceneQuery } from './lucene';

/**
 * For a list's `search` argument: the ids a full-text query finds, which the list then filters by
 * (one extra round trip); null when there is no search, meaning "no such filter".
 */
export async function idsMatching(
  query: CypherQuery<{ id: string }>,
  search: string | null | undefined,
  ctx: Context,
): Promise<string[] | null> {
  if (!search) return null;
  return (await ctx.graph.read(query, { lucene: luceneQuery(search) })).map((row) => row.id);
}
