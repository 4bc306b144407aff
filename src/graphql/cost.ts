import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  getOperationAST,
  getVariableValues,
  Kind,
} from 'graphql';
import { type CostModel, argumentsAsRead, connectionCost, valueCost } from '../planner/cost';
import { collectFields, subSelections } from '../planner/selection';
import { PLANS, ROOTS } from './resolvers';
import { VariableMemo } from './variableMemo';

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
  return costOf(schema, operation, fragmentsOf(document), coerced(schema, operation, variables));
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}

/** The variables with their defaults applied; as sent when they do not coerce (execution refuses them). */
function coerced(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Record<string, unknown> {
  return getVariableValues(schema, operation.variableDefinitions ?? [], variables).coerced ?? variables;
}

function costOf(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
): number {
  const model: CostModel = { schema, fragments, variables, plans: PLANS };
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
    let items: number;
    try {
      items = shape.items(argumentsAsRead(field, node, model.variables));
    } catch {
      items = shape.items({});
    }
    total += rootCost(model, shape, items, subSelections(nodes));
  }
  return total;
}

function rootCost(
  model: CostModel,
  shape: NonNullable<(typeof ROOTS)[string]['shape']>,
  items: number,
  selections: ReturnType<typeof subSelections>,
): number {
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
 * operationName) => rows`, bound to a schema. The estimate is remembered per document and operation
 * (Apollo's document store hands back the same parsed document for the same text), keyed by the
 * variables it read (./variableMemo.ts): the page sizes and @include/@skip conditions, which are
 * all it reads. A document whose cost reads no variable (ops of fixed size) is walked once.
 */
export function plannerCostEstimator(schema: GraphQLSchema) {
  const memos = new WeakMap<DocumentNode, Map<string, VariableMemo<number>>>();
  return (
    document: DocumentNode,
    variables: Readonly<Record<string, unknown>>,
    operationName: string | null,
  ): number => {
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation) return 0;
    let byName = memos.get(document);
    if (!byName) memos.set(document, (byName = new Map()));
    let memo = byName.get(operationName ?? '');
    if (!memo) byName.set(operationName ?? '', (memo = new VariableMemo()));
    return memo.value(
      () => coerced(schema, operation, { ...variables }),
      (read) => costOf(schema, operation, fragmentsOf(document), read),
    );
  };
}
