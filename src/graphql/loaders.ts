import DataLoader from 'dataloader';
import type { CypherQuery, Graph, Params } from '../db/graph';

/** A batched query answers many parents at once: one row per (parent key, value). */
export interface Keyed<Row> {
  key: string;
  value: Row;
}

/**
 * Per-request DataLoaders, one per (query, parameters): every field that needs related rows asks
 * its loader, which sends one query for all the parents of one level of the operation. The number
 * of round trips therefore depends on the operation's shape, never on how many items it returns.
 * Loaders are made per request so one user's results are never served to another.
 */
export class Loaders {
  private readonly cache = new Map<string, DataLoader<string, unknown>>();

  constructor(private readonly graph: Graph) {}

  /** All rows per key, in the order the query returns them (empty list when none). */
  many<Row>(query: CypherQuery<Keyed<Row>>, params: Params = {}): DataLoader<string, Row[]> {
    return this.loader(query, params, (rows, keys) => {
      const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
      for (const row of rows) groups.get(row.key)?.push(row.value);
      return keys.map((key) => groups.get(key) ?? []);
    });
  }

  /** At most one row per key (null when none): lookups by id. */
  one<Row>(query: CypherQuery<Keyed<Row>>, params: Params = {}): DataLoader<string, Row | null> {
    return this.loader(query, params, (rows, keys) => {
      const byKey = new Map(rows.map((row) => [row.key, row.value]));
      return keys.map((key) => byKey.get(key) ?? null);
    });
  }

  private loader<Row, Value>(
    query: CypherQuery<Keyed<Row>>,
    params: Params,
    arrange: (rows: Keyed<Row>[], keys: readonly string[]) => Value[],
  ): DataLoader<string, Value> {
    const cacheKey = `${query.name}:${JSON.stringify(params)}`;
    let loader = this.cache.get(cacheKey) as DataLoader<string, Value> | undefined;
    if (!loader) {
      loader = new DataLoader<string, Value>(async (keys) =>
        arrange(await this.graph.read(query, { ...params, keys: [...keys] }), keys),
      );
      this.cache.set(cacheKey, loader as DataLoader<string, unknown>);
    }
    return loader;
  }
}
