import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  getArgumentValues,
  getOperationAST,
  getVariableValues,
  Kind,
} from 'graphql';
import { type CostModel, connectionCost, valueCost } from '../planner/cost';
import type { Args } from '../planner/plan';
import { collectFields, subSelections } from '../planner/selection';
import { PLANS, ROOTS } from './resolvers';

/**
 * The most items (objects and list entries) an operation's answer can hold, from the same bounds the
 * planner puts in its Cypher: every list is bounded, so this is known before anything runs. Pure:
 * the schema, the document and the variables are all it reads. Unknown operations cost 0 (validation
 * refuses them anyway); a mutation costs 1 per root field.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> = {},
  operationName?: string | null,
): number {
  const operation = getOperationAST(document, operationName ?? undefined);
  if (!operation) return 0;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables);
  const model: CostModel = { schema, fragments, variables: coerced.coerced ?? variables, plans: PLANS };
  const rootType = schema.getRootType(operation.operation);
  if (!rootType) return 0;
  let total = 0;
  for (const nodes of collectFields(model, rootType, [operation.selectionSet]).values()) {
    const node = nodes[0] as FieldNode;
    if (operation.operation !== 'query') {
      total += 1;
      continue;
    }
    const shape = ROOTS[node.name.value]?.shape;
    const field = rootType.getFields()[node.name.value];
    if (!shape || !field) continue;
    let args: Args;
    try {
      args = getArgumentValues(field, node, model.variables) as Args;
    } catch {
      args = {};
    }
    total += rootCost(model, shape, args, subSelections(nodes));
  }
  return total;
}

function rootCost(
  model: CostModel,
  shape: NonNullable<(typeof ROOTS)[string]['shape']>,
  args: Args,
  selections: ReturnType<typeof subSelections>,
): number {
  const items = shape.items(args);
  if (shape.connection) return connectionCost(model, shape.type, items, selections);
  if (shape.type === 'Path') {
    // One path; what costs is its nodes, each projected as its own type.
    const pathType = model.schema.getType('Path');
    if (!pathType || !('getFields' in pathType)) return 1;
    let nodes = 0;
    for (const fields of collectFields(model, pathType as never, selections).values()) {
      if ((fields[0] as FieldNode).name.value === 'nodes')
        nodes += items * (1 + valueCost(model, 'Node', subSelections(fields)));
    }
    return 1 + nodes;
  }
  return items * (1 + valueCost(model, shape.type, selections));
}

/**
 * `operationCost` in the shape of a cost estimator for a validation-time limit: `(document, variables,
 * operationName) => rows`, bound to a schema.
 */
export const plannerCostEstimator =
  (schema: GraphQLSchema) =>
  (
    document: DocumentNode,
    variables: Readonly<Record<string, unknown>>,
    operationName: string | null,
  ): number =>
    operationCost(schema, document, { ...variables }, operationName);
