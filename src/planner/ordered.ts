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
  const { m, key, after: keyset, fetch } = input;
  const date = m.property(property);
  const resume =
    keyset?.key === null
      ? Cypher.false
      : after(date, m.property('id'), direction, keyset, { value: dateValue, nulls: false });
  const dated = new Cypher.Match(new Cypher.Pattern(m, { labels: [label] }))
    .where(allOf(hasRange ? undefined : Cypher.isNotNull(date), where, resume) ?? Cypher.true)
    .with(m, [date, key])
    .orderBy([key, direction], [m.property('id'), 'ASC'])
    .limit(fetch)
    .return(m, key);
  if (hasRange) return dated;
  const undated = new Cypher.Match(new Cypher.Pattern(m, { labels: [label] }))
    .where(
      allOf(
        Cypher.isNull(date),
        where,
        keyset?.key === null ? Cypher.gt(m.property('id'), new Cypher.Param(keyset.id)) : undefined,
      ) ?? Cypher.true,
    )
    .with(m, [Cypher.Null, key])
    .orderBy([m.property('id'), 'ASC'])
    .limit(fetch)
    .return(m, key);
  return new Cypher.Union(dated, undated).all();
}
