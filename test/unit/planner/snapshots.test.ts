import { buildSchema } from 'graphql';
import { rootCompilers } from '../../../src/graphql/compileRoots';
import { loadTypeDefs } from '../../../src/graphql/schema';

/**
 * The Cypher the planner writes for each shape of operation, with no database: a change to a plan
 * shows here as a diff to review. (The integration tests run the same shapes through EXPLAIN.)
 */
const schema = buildSchema(loadTypeDefs());

function compile(query: string, variables: Record<string, unknown> = {}): string {
  return rootCompilers(schema, query, variables)
    .map((compileRoot) => compileRoot()?.build().cypher ?? 'no query')
    .join('\n\n');
}

const SHAPES: Record<string, string> = {
  'op 1 events in a date range, nested': `{ events(from: "2023-01-01", to: "2023-12-31", first: 20) {
    edges { node { id title date endDate responses { id text stance speaker { id name } targets { id name } } } } } }`,
  "op 2 a speaker's latest statements": `{ actor(id: "actor:x") { statements(first: 50, orderBy: DATE_DESC) {
    edges { node { id text date respondsTo { id title } targets { id name } } } } } }`,
  'op 3 search':
    '{ search(text: "shelling civilians", first: 20) { __typename ... on Statement { id text speaker { id name } } } }',
  'op 4 path': '{ path(from: "actor:a", to: "actor:b", maxHops: 4) { length nodes { id } relationships } }',
  'path within 2 hops (no stage beyond 2; shortestPath only for a hub end)':
    '{ path(from: "actor:a", to: "actor:b", maxHops: 2) { length } }',
  'path avoiding a node (the plain shortestPath)':
    '{ path(from: "actor:a", to: "actor:b", maxHops: 5, avoid: ["actor:c"]) { length } }',
  'paths avoiding hubs, nodes and kinds of link':
    '{ paths(from: "actor:a", to: "actor:b", maxHops: 5, maxDegree: 1000, avoid: ["actor:c"], avoidRelationships: [SAID], first: 3) { length nodes { id } relationships } }',
  'op 5 accusations between states': `{ statements(stance: ACCUSES, speakerIn: "actor:a", target: "actor:b", orderBy: DATE_DESC, first: 50) {
    edges { node { id text date speaker { id name } targets { id name } } } } }`,
  'op 6 who accused a state most, by month': `{ statements(stance: ACCUSES, target: "actor:b", first: 1) {
    totalCount facets { speakers(first: 10) { actor { id name } count } months { month count } } } }`,
  'statements, all, with count and facets': `{ statements(first: 1) { totalCount edges { cursor node { id source { start end article { id } } } }
    pageInfo { endCursor } facets { stance { stance count } speakers(first: 3) { actor { name } count } months { month count } } } }`,
  'statements after a cursor, by date range': `{ statements(from: "2020-01-01", to: "2020-12-31", targetIn: "actor:a") { edges { node { id } } } }`,
  'actors by search, roles at a date':
    '{ actors(search: "Aliyev", kind: PERSON, first: 5) { edges { node { name roles(at: "2022-01-01") { title organization { name } } } } } }',
  'events with contested and claims':
    '{ events(kind: CLASH, search: "Lachin") { totalCount edges { node { contested casualtyClaims { killed claimant { name } sources { start } } } } } }',
  'claims by side':
    '{ claims(side: "actor:a", from: "2023-09-01") { edges { node { killed event { date } } } } }',
  'node interface with aliases':
    '{ node(id: "event:x") { id ... on Event { a: title b: title places { in { name } } } } }',
  'a page nested in a list (not hoisted: one row more, COUNT {} for the undated)': `{ statements(first: 2) {
    edges { node { speaker { statements(first: 3) { edges { node { id } } pageInfo { hasNextPage } } } } } } }`,
  'places, articles, article statements': `{ places(first: 3) { edges { node { name events { title } } } } }`,
  'articles with nested statements and facets': `{ articles(outlet: "UPI") { edges { node { title statements(first: 2) { totalCount facets { outlets { outlet count } } } } } } }`,
};

it.each(Object.entries(SHAPES))('%s', (_name, query) => {
  expect(compile(query)).toMatchSnapshot();
});

it('an id of no kind we have needs no query', () => {
  expect(compile('{ node(id: "nothing") { id } }')).toBe('no query');
});
