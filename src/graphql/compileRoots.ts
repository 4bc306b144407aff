import {
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  getArgumentValues,
  getVariableValues,
  parse,
} from 'graphql';
import type Cypher from '@neo4j/cypher-builder';
import { PLANS, ROOTS } from './resolvers';

/**
 * The planner's compile step for each root field of a document's operation, outside a request (the planner's
 * snapshot tests and the bench's tools): variables coerced and arguments read as the API reads them. Call one to
 * compile its field, and `.build()` the clause for the Cypher and parameters (null: answered without a query).
 */
export function rootCompilers(
  schema: GraphQLSchema,
  query: string,
  variables: Record<string, unknown> = {},
): (() => Cypher.Clause | null)[] {
  const document = parse(query);
  const operation = document.definitions.find(
    (d) => d.kind === Kind.OPERATION_DEFINITION,
  ) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? {};
  const queryType = schema.getQueryType();
  return operation.selectionSet.selections.map((selection) => {
    const field = selection as FieldNode;
    const args = getArgumentValues(queryType!.getFields()[field.name.value]!, field, coerced);
    return () =>
      ROOTS[field.name.value]!({ schema, fragments, variables: coerced, plans: PLANS }, args, [
        field.selectionSet!,
      ]);
  });
}
