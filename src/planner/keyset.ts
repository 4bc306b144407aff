import Cypher from '@neo4j/cypher-builder';
import type { Direction, Keyset } from './plan';

export interface KeysetOptions {
  /** How the cursor's key becomes a Cypher value (dates travel as ISO strings). */
  value?: (key: NonNullable<Keyset['key']>) => Cypher.Expr;
  /** False where the list's filters already exclude items without a key (a date range). */
  nulls?: boolean;
}

/**
 * "After this item" in the list's order (key in `direction`, then id ascending; items without a key
 * last), written so the key's own comparison stays a range an index can seek:
 * `key >= k AND (key > k OR id > i)` rather than an OR at the top.
 */
export function after(
  key: Cypher.Expr,
  id: Cypher.Expr,
  direction: Direction,
  keyset: Keyset | null,
  { value = (k) => new Cypher.Param(k), nulls = true }: KeysetOptions = {},
): Cypher.Predicate | undefined {
  if (!keyset) return undefined;
  const afterId = Cypher.gt(id, new Cypher.Param(keyset.id));
  if (keyset.key === null) return Cypher.and(Cypher.isNull(key), afterId);
  const k = value(keyset.key);
  const dated =
    direction === 'ASC'
      ? Cypher.and(Cypher.gte(key, k), Cypher.or(Cypher.gt(key, k), afterId))
      : Cypher.and(Cypher.lte(key, k), Cypher.or(Cypher.lt(key, k), afterId));
  return nulls ? Cypher.or(dated, Cypher.isNull(key)) : dated;
}

export const dateValue = (k: NonNullable<Keyset['key']>): Cypher.Expr => Cypher.date(new Cypher.Param(k));

/** The conjunction of the predicates that are set: a filter exists in the query only when given. */
export function allOf(...predicates: (Cypher.Predicate | undefined | false)[]): Cypher.Predicate | undefined {
  const set = predicates.filter((p): p is Cypher.Predicate => Boolean(p));
  return set.length === 0 ? undefined : Cypher.and(...set);
}
