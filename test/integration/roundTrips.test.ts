import { useSeededGraph } from '../support/fixtures';

/**
 * No N+1: a nested operation costs the same number of Cypher round trips whether it returns 2 items
 * or 40, because every level is fetched by one batched query for all its parents.
 */
const seeded = useSeededGraph();

const NESTED_STATEMENTS = `query($first: Int) {
  statements(first: $first) {
    totalCount
    edges { node {
      text stance
      speaker { name roles { title organization { name } } statements(first: 3) { edges { node { id } } } }
      targets { name }
      respondsTo { title places { name } reportedIn { outlet } }
      source { article { title } }
    } }
  }
}`;

const NESTED_EVENTS = `query($first: Int) {
  events(first: $first, orderBy: DESC) {
    edges { node {
      title
      responses { text speaker { name } targets { name } }
      respondents { name }
      casualtyClaims { claimant { name } side { name } statement { text } }
      places { name in { name } }
    } }
  }
}`;

it.each([
  ['statements', NESTED_STATEMENTS, 'statements'],
  ['events', NESTED_EVENTS, 'events'],
])('%s: the round trips do not grow with the page size', async (_name, query, field) => {
  const small = await seeded.api.run<Record<string, { edges: unknown[] }>>(query, { first: 2 });
  // 25 events with all of the above can reach 125,025 rows, within the cost limit (40 could not).
  const large = await seeded.api.run<Record<string, { edges: unknown[] }>>(query, { first: 25 });
  expect(small.errors).toBeNull();
  expect(large.errors).toBeNull();
  expect(small.data?.[field]?.edges).toHaveLength(2);
  expect(large.data?.[field]?.edges.length).toBeGreaterThan(20);
  console.info(
    `${field}: ${small.roundTrips} round trips for 2 items, ${large.roundTrips} for ${large.data?.[field]?.edges.length}`,
  );
  expect(large.roundTrips).toBe(small.roundTrips);
  // One query per level of the operation: a small constant, far below one per item.
  expect(large.roundTrips).toBeLessThanOrEqual(12);
});
