import type Cypher from '@neo4j/cypher-builder';
import { type GraphQLSchema, buildSchema } from 'graphql';
import { rootCompilers } from '../src/graphql/compileRoots';
import { loadTypeDefs } from '../src/graphql/schema';
import type { GraphqlRequest } from './operations';

/**
 * The planner's compile step for a bench request's one root field, as the API runs it: call it to compile, and
 * `.build()` what it returns for ours' Cypher and parameters. The tools that look at ours' query outside the server
 * (compare, stages, neo4jCpu) share it; every bench operation is answered by a query.
 */
export function rootCompiler(
  request: GraphqlRequest,
  schema: GraphQLSchema = buildSchema(loadTypeDefs()),
): () => Cypher.Clause {
  const compile = rootCompilers(schema, request.query, request.variables)[0]!;
  return () => compile()!;
}
