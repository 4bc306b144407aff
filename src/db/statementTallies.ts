import { cypher } from './graph';

/**
 * Tallies: statements counted at write time, so that "over every statement with this stance targeting
 * this actor: how many, who said most of them, how many per month" reads a few counters instead of
 * every such statement (docs/model.md, "Tallies"). They count claims; they decide nothing.
 *
 *   (:Tally {targetId, stance, facet: 'total',   value: '',        n})
 *   (:Tally {targetId, stance, facet: 'speaker', value: speakerId, n})
 *   (:Tally {targetId, stance, facet: 'year',    value: 'YYYY',    n, months: [12 counts, January first]})
 *
 * A statement is counted once per actor it TARGETS, under its stance, its speaker and its month (none
 * when its date is missing or only year-precise, as the facets count). A year's months are one
 * counter, not twelve: the months facet then reads one counter per year with statements, which the
 * calendar bounds, where a counter per month read one per month present, a number that grew with the
 * data (about 120 for the bench's accused state at S, 300 at L). What a statement is counted as
 * is read from its keys (src/db/statementKeys.ts): the TARGETS_FROM whose speakerIn is its own speaker
 * (one per target, carrying the stance and date it was written with). So the keys' writer un-counts a
 * statement from its old keys before deleting them and counts it from the new ones after writing them,
 * in the same transaction; a statement is never counted twice and every writer keeps the tallies.
 * A tally that falls to 0 stays (with n = 0: deleting it while a later row of the same query counts
 * it again would need an eager plan); readers keep n > 0.
 */

/**
 * The month ("YYYY-MM") of statement `s` with this date (its own, or the one its key was written with),
 * as the facets count it: none when undated or only year-precise.
 */
const monthOf = (
  date: 's.date' | 'k.date',
) => `CASE WHEN ${date} IS NOT NULL AND coalesce(s.datePrecision, 'DAY') <> 'YEAR'
                              THEN substring(toString(${date}), 0, 7) END`;

/** The year ("YYYY") of a "YYYY-MM" month, and the month's index (0–11) in its year counter's list. */
const yearOf = (month: string) => `substring(${month}, 0, 4)`;
const monthIndexOf = (month: string) => `toInteger(substring(${month}, 5, 2)) - 1`;

/**
 * The (target, stance, facet, value, month) rows a statement `s` is counted under, from its current
 * keys: `month` is the index (0–11) of its month in a year counter's list, null for the other facets.
 */
const COUNTED_AS = `MATCH (s)-[k:TARGETS_FROM]->(t:Actor) WHERE k.speakerIn = s.speakerId AND k.stance IS NOT NULL
       WITH t, k, s.speakerId AS speakerId, ${monthOf('k.date')} AS month
       UNWIND [['total', '', null], ['speaker', speakerId, null],
               ['year', ${yearOf('month')}, ${monthIndexOf('month')}]] AS tally
       WITH t, k, tally WHERE tally[1] IS NOT NULL`;

/**
 * Adds `by` to the month of a year counter `c` (after `c.n` was set: that SET, whose right side reads
 * `c.n`, took the counter's write lock, so a concurrent writer cannot lose this update).
 */
const ADD_TO_MONTH = (by: 1 | -1) => `WITH c, tally[2] AS month WHERE month IS NOT NULL
     SET c.months = [i IN range(0, 11) | coalesce(c.months[i], 0) + CASE i WHEN month THEN ${by} ELSE 0 END]`;

/** Un-counts `s` as its current keys count it (a fragment: `s` bound, and still bound after). */
export const UNCOUNT_STATEMENT = `CALL (s) {
     ${COUNTED_AS}
     MATCH (c:Tally {targetId: t.id, stance: k.stance, facet: tally[0], value: tally[1]})
     SET c.n = c.n - 1
     ${ADD_TO_MONTH(-1)}
   }`;

/** Counts `s` as its current keys count it (a fragment: `s` bound, and still bound after). */
export const COUNT_STATEMENT = `CALL (s) {
     ${COUNTED_AS}
     MERGE (c:Tally {targetId: t.id, stance: k.stance, facet: tally[0], value: tally[1]})
       ON CREATE SET c.n = 0
     SET c.n = c.n + 1
     ${ADD_TO_MONTH(1)}
   }`;

/** Every tally, deleted in batches (a rebuild starts from none): outside an explicit transaction. */
export const DELETE_TALLIES = cypher<never>(
  'deleteTallies',
  `MATCH (c:Tally)
   CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS`,
);

/** The statements of target `t` to count (a fragment of the builders below, in `CALL (t)`). */
const TARGETING = `MATCH (s:Statement)-[:TARGETS]->(t) WHERE s.speakerId IS NOT NULL AND s.stance IS NOT NULL`;

/**
 * Builds one facet's tallies of every statement from scratch, one target's statements at a time and
 * grouped in the database by (stance, value), so a transaction holds one facet of ten targets'
 * counters (grouping all three facets at once by (stance, speaker, month) went over the 1 GiB
 * transaction limit for the most targeted state at L). Reads TARGETS and the key speakerId, from
 * which the keys' TARGETS_FROM {speakerIn: speakerId} are written. Outside an explicit transaction;
 * run after DELETE_TALLIES.
 */
const buildTallies = (facet: string, value: string) =>
  cypher<never>(
    `buildTallies_${facet}`,
    `MATCH (t:Actor) WHERE EXISTS { (t)<-[:TARGETS]-(:Statement) }
   CALL (t) {
     ${TARGETING}
     WITH s.stance AS stance, ${value} AS value, count(*) AS n
     WHERE value IS NOT NULL
     CREATE (:Tally {targetId: t.id, stance: stance, facet: '${facet}', value: value, n: n})
   } IN TRANSACTIONS OF 10 ROWS`,
  );

/** The year counters, as buildTallies builds the others: statements grouped by month, months by year. */
const BUILD_YEAR_TALLIES = cypher<never>(
  'buildTallies_year',
  `MATCH (t:Actor) WHERE EXISTS { (t)<-[:TARGETS]-(:Statement) }
   CALL (t) {
     ${TARGETING}
     WITH s.stance AS stance, ${monthOf('s.date')} AS month, count(*) AS n
     WHERE month IS NOT NULL
     WITH stance, ${yearOf('month')} AS year, collect([${monthIndexOf('month')}, n]) AS counted,
          sum(n) AS n
     CREATE (:Tally {targetId: t.id, stance: stance, facet: 'year', value: year, n: n,
                     months: [i IN range(0, 11) | coalesce(head([m IN counted WHERE m[0] = i | m[1]]), 0)]})
   } IN TRANSACTIONS OF 10 ROWS`,
);

export const BUILD_TALLIES = [
  buildTallies('total', "''"),
  buildTallies('speaker', 's.speakerId'),
  BUILD_YEAR_TALLIES,
];

/**
 * 2: a year's months in one counter (1 counted them in a counter per month). The migration rebuilds
 * every tally from none, so a database tallied by 1 loses its month counters and gains year counters.
 */
export const TALLIES_MIGRATION = 'statementTallies2';
