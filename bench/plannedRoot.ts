import {
  type FieldNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  buildSchema,
  getArgumentValues,
  getVariableValues,
  parse,
} from 'graphql';
import { PLANS, ROOTS } from '../src/graphql/resolvers';
import { loadTypeDefs } from '../src/graphql/schema';
import type { GraphqlRequest } from './operations';

/**
 * The planner's compile step for a bench request's one root field, as the API runs it (variables coerced,
 * arguments read from the field): call it to compile, and `.build()` what it returns for ours' Cypher and
 * parameters. The tools that look at ours' query outside the server (compare, stages, neo4jCpu) share it.
 */
export function rootCompiler(request: GraphqlRequest, schema: GraphQLSchema = buildSchema(loadTypeDefs())) {
  const definition = parse(request.query).definitions[0] as OperationDefinitionNode;
  const variables = getVariableValues(schema, definition.variableDefinitions ?? [], request.variables)
    .coerced as Record<string, unknown>;
  const field = definition.selectionSet.selections[0] as FieldNode;
  const args = getArgumentValues(schema.getQueryType()!.getFields()[field.name.value]!, field, variables);
  return () =>
    ROOTS[field.name.value]!({ schema, fragments: {}, variables, plans: PLANS }, args, [
      field.selectionSet!,
    ])!;
}
