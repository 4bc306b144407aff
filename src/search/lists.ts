import type { CypherQuery, Params } from '../db/graph';
import type { Context } from '../graphql/context';
import { type ConnectionPage, pageWindow, toConnection } from '../graphql/pagination';
import { exactPhrase, luceneQuery } from './lucene';

/** The four queries of a list of named things: by name, or by a search on names and aliases. */
export interface NamedListQueries<Row> {
  page: CypherQuery<{ key: string; node: Row }>;
  count: CypherQuery<{ count: number }>;
  searchPage: CypherQuery<{ key: number; node: Row }>;
  searchCount: CypherQuery<{ count: number }>;
}

/**
 * A list of named things (actors, places). Without search: by name. With search: best match first (an
 * exact name or alias, then the Lucene score). `filters` are passed to every query.
 */
export async function listByNameOrSearch<Row extends { id: string }>(
  queries: NamedListQueries<Row>,
  args: { search?: string | null; first?: number | null; after?: string | null },
  filters: Params,
  ctx: Context,
): Promise<ConnectionPage<Row>> {
  const window = pageWindow(args);
  const params = args.search
    ? { ...filters, lucene: luceneQuery(args.search), exact: exactPhrase(args.search) }
    : filters;
  const [page, count] = args.search
    ? [queries.searchPage, queries.searchCount]
    : [queries.page, queries.count];
  const rows = await ctx.graph.read<{ key: string | number; node: Row }>(page, { ...params, ...window });
  return toConnection(rows, window, async () => (await ctx.graph.read(count, params))[0]?.count ?? 0);
}
