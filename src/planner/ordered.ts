import Cypher from '@neo4j/cypher-builder';
import { after, allOf, dateValue } from './keyset';
import type { Direction, ListInput } from './plan';

/**
 * A page of `label` in the order of a nullable, range-indexed date property: the dated items read
 * from the index in order until the page is full, then the undated ones (which sort last). With a
 * date range the undated ones cannot match, so only the first branch exists.
 */
export function datedThenUndated(
  label: string,
  property: string,
  input: ListInput,
  where: Cypher.Predicate | undefined,
  direction: Direction,
  hasRange: boolean,
): Cypher.Clause {
  const { m, key, id, after: keyset, fetch } = input;
  const date = m.property(property);
  const resume =
    keyset?.key === null
      ? Cypher.false
      : after(date, m.property('id'), direction, keyset, { value: dateValue, nulls: false });
  const dated = new Cypher.Match(new Cypher.Pattern(m, { labels: [label] }))
    .where(allOf(hasRange ? undefined : Cypher.isNotNull(date), where, resume) ?? Cypher.true)
    .with(m, [date, key], [m.property('id'), id])
    .orderBy([key, direction], [id, 'ASC'])
    .limit(fetch)
    .return(m, key, id);
  if (hasRange) return dated;
  const undated = new Cypher.Match(new Cypher.Pattern(m, { labels: [label] }))
    .where(
      allOf(
        Cypher.isNull(date),
        where,
        keyset?.key === null ? Cypher.gt(m.property('id'), new Cypher.Param(keyset.id)) : undefined,
      ) ?? Cypher.true,
    )
    .with(m, [Cypher.Null, key], [m.property('id'), id])
    .orderBy([id, 'ASC'])
    .limit(fetch)
    .return(m, key, id);
  return new Cypher.Union(dated, undated).all();
}

/** A composite range index read in order: equalities on its leading properties, then the date. */
export interface KeyedIndex {
  /** Binds `m` (and whatever the keys are on, such as a relationship), with no WHERE yet. */
  match: () => Cypher.Match;
  /** The equalities on the index's leading properties (and any filter on what `match` binds). */
  keys: Cypher.Predicate;
  /**
   * Those leading properties, repeated at the head of ORDER BY: Neo4j sees that the index supplies
   * `ORDER BY a, b, date` when `a` and `b` are fixed, but not `ORDER BY date` alone.
   */
  prefix: Cypher.Expr[];
  /** The date the index ends with. */
  date: Cypher.Expr;
  /** Variables the ORDER BY reads besides `m` (the relationship the keys are on). */
  carry?: Cypher.Variable[];
}

/** Where the undated members are read from (the index holds only dated ones). */
export interface UndatedRead {
  /** Binds `m`, with no WHERE yet. */
  match: () => Cypher.Match;
  /** Predicates of the members on what `match` binds. */
  where: Cypher.Predicate | undefined;
}

/**
 * A page in date order read from a composite index (`KeyedIndex`), so it reads about `fetch`
 * entries whatever the size of the graph. The index holds only dated items; the undated ones (which
 * sort last) are read only when fewer than `fetch` dated ones came back, so a full page never reads
 * them; in a hoisted subquery the dated entries are read once (collected, then decided on), inside a
 * subquery expression a bounded COUNT {} reads them again. With a date range the
 * undated ones cannot match and there is no second branch. Returns rows of `m` and its sort `key`,
 * like `datedThenUndated`.
 */
export function indexedByDate(
  input: ListInput,
  direction: Direction,
  index: KeyedIndex,
  where: Cypher.Predicate | undefined,
  range: Cypher.Predicate | undefined,
  undated: UndatedRead,
  imports: Cypher.Variable[] = [],
): Cypher.Clause {
  const { m, key, id, after: keyset, fetch } = input;
  const resume =
    keyset?.key === null
      ? Cypher.false
      : after(index.date, m.property('id'), direction, keyset, { value: dateValue, nulls: false });
  const datedWhere = () =>
    allOf(index.keys, range ?? Cypher.isNotNull(index.date), where, resume) as Cypher.Predicate;
  const datedRead = index
    .match()
    .where(datedWhere())
    .with(m, ...(index.carry ?? []), [index.date, key], [m.property('id'), id])
    .orderBy(
      ...index.prefix.map((p): [Cypher.Expr, Direction] => [p, direction]),
      [key, direction],
      [id, 'ASC'],
    )
    .limit(fetch);
  if (range) return datedRead.return(m, key, id);
  const resumeUndated =
    keyset?.key === null ? Cypher.gt(m.property('id'), new Cypher.Param(keyset.id)) : undefined;
  const undatedRead = () =>
    undated
      .match()
      .where(allOf(Cypher.isNull(m.property('date')), undated.where, resumeUndated) as Cypher.Predicate)
      .with(m, [m.property('id'), id])
      .orderBy([id, 'ASC'])
      .limit(fetch)
      .return(m, [Cypher.Null, key], id);
  if (!input.hoisted) {
    // Inside a subquery expression no collect() is allowed: a COUNT {} of at most `fetch` dated
    // entries (read again) decides whether the undated ones are needed.
    const datedLeft = new Cypher.Count(index.match().where(datedWhere()).return(m).limit(fetch));
    const left = new Cypher.Variable();
    return new Cypher.Union(
      datedRead.return(m, key, id),
      Cypher.utils.concat(
        new Cypher.With(...imports, [datedLeft, left]).where(Cypher.lt(left, fetch)),
        undatedRead(),
      ),
    ).all();
  }

  const dated = new Cypher.Variable();
  const d = new Cypher.Variable();
  const fromDated = new Cypher.Unwind([dated, d]).return(
    [Cypher.listIndex(d, 0), m],
    [Cypher.listIndex(d, 1), key],
    [Cypher.listIndex(d, 2), id],
  );
  const rest = Cypher.utils.concat(
    new Cypher.With(...imports, dated).where(Cypher.lt(Cypher.size(dated), fetch)),
    undatedRead(),
  );
  return Cypher.utils.concat(
    new Cypher.Call(datedRead.return([Cypher.collect(new Cypher.List([m, key, id])), dated]), imports),
    new Cypher.Call(new Cypher.Union(fromDated, rest).all(), [...imports, dated]),
    new Cypher.Return(m, key, id),
  );
}
