import Cypher from '@neo4j/cypher-builder';
import neo4j from 'neo4j-driver';
import { type Aggregated, type Args, type FacetInput, Level } from '../planner/plan';
import { FACET_BOUNDS, type Selected, countMap, selectedFacets, sizeOf } from './facets';

/**
 * `Query.statements(stance, target) { totalCount facets { speakers months } }` from the tallies
 * (src/db/statementTallies.ts): counters kept at write time per (target, stance), per speaker and per
 * year (its twelve months), so the answer reads the 10 largest speaker counters (and those tied with
 * the 10th) and one counter per year, however many statements they count. Only these filters and facets are tallied:
 * any other filter (speaker, speakerIn, respondsTo, search, targetIn, from, to, place, outlet), a
 * missing stance or target, or another facet (stance, targets, outlets) is counted over the
 * statements (src/statements/facets.ts). The two give the same answer, tied counts included.
 */

/** Which filters the tallies answer: exactly `stance` and `target`. */
const TALLIED_FILTERS = ['stance', 'target'];
const TALLIED_FACETS = new Set(['speakers', 'months']);

const isSet = (value: unknown) => value !== null && value !== undefined;

/** Whether the list's arguments set exactly the tallied filters (besides paging and order). */
export function talliedFilters(args: Args, filters: readonly string[]): boolean {
  return filters.every((name) => isSet(args[name]) === TALLIED_FILTERS.includes(name));
}

const param = (value: unknown) => new Cypher.Param(value);
const int = (value: number) => param(neo4j.int(value));

/** The counters of one facet of the list's (target, stance): a prefix of the index `tally_count`. */
function counters(c: Cypher.Node, args: Args, facet: string, n: Cypher.Predicate): Cypher.Match {
  return new Cypher.Match(tally(c)).where(counterOf(c, args, facet, n));
}

const tally = (c: Cypher.Node) => new Cypher.Pattern(c, { labels: ['Tally'] });

function counterOf(c: Cypher.Node, args: Args, facet: string, n: Cypher.Predicate): Cypher.Predicate {
  return Cypher.and(
    Cypher.eq(c.property('targetId'), param(args.target)),
    Cypher.eq(c.property('stance'), param(args.stance)),
    Cypher.eq(c.property('facet'), new Cypher.Literal(facet)),
    n,
  ) as Cypher.Predicate;
}

/**
 * The top speakers: the `first` largest counters from the index (in its order), then every counter at
 * least as large as the smallest of them, so that ties are broken by name and id as the counting
 * query breaks them.
 */
function speakers(input: FacetInput, selected: Selected, out: Cypher.Variable): Cypher.Clause {
  const { args } = input;
  const first = sizeOf('speakers', selected.args);
  const top = new Cypher.Node();
  const least = new Cypher.Variable();
  const c = new Cypher.Node();
  const a = new Cypher.Node();
  const n = new Cypher.Variable();
  const sorted = counters(top, args, 'speaker', Cypher.gt(top.property('n'), new Cypher.Literal(0)))
    .with(top)
    // Every property of the index, not n alone: only then does Neo4j 5.26 read it backwards in its
    // order and stop after `first` entries (ordered by n alone, it reads every counter and keeps a Top).
    .orderBy(
      [top.property('targetId'), 'DESC'],
      [top.property('stance'), 'DESC'],
      [top.property('facet'), 'DESC'],
      [top.property('n'), 'DESC'],
    )
    .limit(int(first))
    .with([Cypher.min(top.property('n')), least])
    .match(tally(c))
    .where(counterOf(c, args, 'speaker', Cypher.gte(c.property('n'), least)))
    .match(new Cypher.Pattern(a, { labels: ['Actor'], properties: { id: c.property('value') } }))
    .with(a, [c.property('n'), n])
    .orderBy([n, 'DESC'], [a.property('name'), 'ASC'], [a.property('id'), 'ASC'])
    .limit(int(first));
  const level = new Level();
  const entry = countMap(input, 'ActorCount', selected.selections, {
    actor: (sub) => input.project('Actor', a, sub, level),
    count: n,
  });
  return level.finish(sorted, [Cypher.collect(entry), out]);
}

/** Each month as [its index in a year counter's list, its number in the facet's "YYYY-MM"]. */
const MONTHS = new Cypher.Literal(Array.from({ length: 12 }, (_, i) => [i, String(i + 1).padStart(2, '0')]));

/**
 * Months in calendar order, from one counter per year (its `months`: twelve counts, January first):
 * the counters read are as many as the years with statements, however many months those hold.
 */
function months(input: FacetInput, selected: Selected, out: Cypher.Variable): Cypher.Clause {
  const c = new Cypher.Node();
  const year = new Cypher.Variable();
  const counts = new Cypher.Variable();
  const m = new Cypher.Variable();
  const v = new Cypher.Variable();
  const n = new Cypher.Variable();
  const entry = countMap(input, 'MonthCount', selected.selections, { month: v, count: n });
  return counters(c, input.args, 'year', Cypher.gt(c.property('n'), new Cypher.Literal(0)))
    .with([c.property('value'), year], [c.property('months'), counts])
    .unwind([MONTHS, m])
    .with([Cypher.concat(year, new Cypher.Literal('-'), m.index(1)), v], [counts.property(m.index(0)), n])
    .where(Cypher.gt(n, new Cypher.Literal(0)))
    .orderBy([v, 'ASC'])
    .limit(int(FACET_BOUNDS.months.max))
    .return([Cypher.collect(entry), out]);
}

/** The list's total: its (target, stance) counter, 0 when there is none. */
export function talliedTotal(args: Args): Cypher.Expr {
  const c = new Cypher.Node();
  return Cypher.coalesce(
    Cypher.head(
      new Cypher.Collect(
        counters(c, args, 'total', Cypher.gt(c.property('n'), new Cypher.Literal(0))).return(c.property('n')),
      ),
    ),
    new Cypher.Literal(0),
  );
}

/** The facets (and total) from the tallies, or undefined when a selected facet is not tallied. */
export function talliedFacets(input: FacetInput): Aggregated | undefined {
  const { selected, typenames } = selectedFacets(input);
  if (selected.some((s) => !TALLIED_FACETS.has(s.name))) return undefined;
  const map = new Cypher.Map();
  for (const key of typenames) map.set(key, new Cypher.Literal('StatementFacets'));
  const total = new Cypher.Variable();
  let pass = new Cypher.With([talliedTotal(input.args), total]);
  const outputs: Cypher.Variable[] = [];
  for (const s of selected) {
    const out = new Cypher.Variable();
    const subquery = s.name === 'speakers' ? speakers(input, s, out) : months(input, s, out);
    pass = pass.call(subquery, []).with('*');
    outputs.push(out);
    map.set(s.key, out);
  }
  input.hoist({ subquery: pass.return(total, ...outputs), imports: [] });
  return { value: map, total: input.countTotal ? total : undefined };
}
