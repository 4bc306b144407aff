import {
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
  type GraphQLSchema,
  execute,
  getIntrospectionQuery,
  getOperationAST,
  parse,
} from 'graphql';
import { createContext } from '../../src/graphql/context';
import { compiledExecutor, type Executor } from '../../src/graphql/execute';
import { executableSchema } from '../../src/http/apollo';
import { BENCH_SHAPES } from '../support/benchShapes';
import { at, bind, tckCases } from '../support/tck';
import { connectTestDb, resetAndSeed, type TestDb } from '../support/testGraph';

/**
 * graphql-jit (src/graphql/execute.ts) answers exactly as graphql-js would, on the seed graph: the
 * same data and the same errors (message, path, locations, code), for every shape the benchmark and
 * the acceptance cases ask, and for the features an executor could get wrong: abstract types,
 * aliases of one field with different arguments, @include/@skip on fields, fragments and inline
 * fragments, the Date scalar, errors thrown by resolvers and invalid variables.
 */
let db: TestDb;
let schema: GraphQLSchema;
let compiled: Executor;

beforeAll(async () => {
  db = connectTestDb();
  await resetAndSeed(db);
  schema = executableSchema();
  compiled = compiledExecutor(schema);
});
afterAll(() => db.close());

interface Comparable {
  data: unknown;
  errors: unknown[];
}

const comparable = (result: ExecutionResult): Comparable => ({
  data: result.data,
  errors: (result.errors ?? []).map((error) => ({
    ...error.toJSON(),
    // Apollo reads extensions.code from every error: graphql-js always has the object.
    extensions: error.extensions ?? 'none',
    original: error.originalError?.constructor.name ?? null,
  })),
});

/** Both executors on one parsed document (as Apollo hands it over), each with a fresh context. */
async function both(query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const document: DocumentNode = parse(query);
  const operation = getOperationAST(document, operationName) as OperationDefinitionNode;
  const viaGraphqlJs = await execute({
    schema,
    document,
    operationName,
    variableValues: variables,
    contextValue: createContext(db.graph, false),
  });
  const run = () =>
    compiled({
      document,
      operation,
      operationName: operationName ?? null,
      variables,
      contextValue: createContext(db.graph, false),
    });
  const first = await run();
  // The second run takes the compiled function from the cache.
  const second = await run();
  expect(comparable(second)).toEqual(comparable(first));
  return { expected: comparable(viaGraphqlJs), actual: comparable(first) };
}

describe('graphql-jit answers as graphql-js', () => {
  it.each(BENCH_SHAPES)('%s', async (_name, query, variables) => {
    const { expected, actual } = await both(query, variables);
    expect(expected.errors).toEqual([]);
    expect(actual).toEqual(expected);
  });

  it.each(tckCases())('acceptance case %s', async (_file, steps) => {
    const captured: Record<string, unknown> = {};
    for (const step of steps) {
      const { expected, actual } = await both(step.query, bind(step.variables, captured));
      expect(actual).toEqual(expected);
      for (const [name, dotted] of Object.entries(step.capture ?? {})) {
        captured[name] = at(expected, dotted);
      }
    }
  });

  // [name, query, variables, whether graphql-js answers with errors]
  const SHAPES: [string, string, Record<string, unknown>, boolean][] = [
    [
      'abstract types: node and search hits through inline fragments and __typename',
      `query($id: ID!) {
         node(id: $id) { __typename id ... on Actor { name } ... on Event { title date } }
         search(text: "Pashinyan", first: 5) { __typename ... on Actor { id name } ... on Statement { id date } } }`,
      { id: 'actor:nikol-pashinyan' },
      false,
    ],
    [
      'aliases of one field with different arguments, and named fragments',
      `query($id: ID!) { actor(id: $id) {
         latest: statements(first: 2, orderBy: DATE_DESC) { edges { cursor node { ...S } } pageInfo { hasNextPage endCursor } }
         earliest: statements(first: 3, orderBy: DATE_ASC) { edges { node { ...S } } } } }
       fragment S on Statement { id date stance }`,
      { id: 'actor:nikol-pashinyan' },
      false,
    ],
    ...[true, false].map((on): [string, string, Record<string, unknown>, boolean] => [
      `@include/@skip on fields, fragment spreads and inline fragments (${on})`,
      `query($id: ID!, $on: Boolean!) { actor(id: $id) {
         id name @include(if: $on) kind @skip(if: $on)
         ...F @include(if: $on)
         ... on Actor @skip(if: $on) { statements(first: 1) { edges { node { id } } } } } }
       fragment F on Actor { statements(first: 2) { edges { node { id text } } } }`,
      { id: 'actor:nikol-pashinyan', on },
      false,
    ]),
    ['a missing node is null', 'query { node(id: "actor:nobody") { id } }', {}, false],
    [
      'an error thrown by a resolver (a cursor that is not one of ours)',
      'query { events(first: 2, after: "not-a-cursor") { edges { node { id } } } }',
      {},
      true,
    ],
    [
      'an invalid Date variable',
      'query($from: Date!) { events(from: $from) { edges { node { id } } } }',
      { from: '2022-13-45' },
      true,
    ],
    ['a missing required variable', 'query($id: ID!) { actor(id: $id) { id } }', {}, true],
    [
      'an enum variable of the wrong value',
      'query($o: SortDirection!) { events(orderBy: $o, first: 1) { edges { node { id } } } }',
      { o: 'SIDEWAYS' },
      true,
    ],
  ];

  it.each(SHAPES)('%s', async (_name, query, variables, failing) => {
    const { expected, actual } = await both(query, variables);
    expect(expected.errors.length > 0).toBe(failing);
    if (!failing) expect(expected.data).not.toBeNull();
    expect(actual).toEqual(expected);
  });

  it('answers the introspection query (Sandbox, GraphiQL, codegen) as graphql-js', async () => {
    const { expected, actual } = await both(getIntrospectionQuery());
    expect(expected.errors).toEqual([]);
    expect(actual).toEqual(expected);
  });

  it('picks the named operation of a document with several', async () => {
    const query = `query A { node(id: "actor:nikol-pashinyan") { id } } query B { node(id: "actor:armenia") { id } }`;
    for (const name of ['A', 'B']) {
      const { expected, actual } = await both(query, {}, name);
      expect(actual).toEqual(expected);
      expect(actual.data).not.toBeNull();
    }
  });
});
