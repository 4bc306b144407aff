import {
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLIncludeDirective,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  GraphQLSkipDirective,
  type SelectionSetNode,
  getDirectiveValues,
  isAbstractType,
  typeFromAST,
} from 'graphql';

/** What a walk over an operation needs besides the selections: the schema, fragments and variables. */
export interface Operation {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function included(node: FieldNode | { directives?: FieldNode['directives'] }, op: Operation): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, node, op.variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, node, op.variables);
  return include?.if !== false;
}

function applies(condition: GraphQLNamedType | undefined, type: GraphQLObjectType, op: Operation): boolean {
  if (!condition || condition === type) return true;
  return isAbstractType(condition) && op.schema.isSubType(condition, type);
}

/**
 * The fields selected on an object of `type`, by response key (alias or name), as GraphQL executes
 * them: fragments and inline fragments whose condition the type meets, minus what @skip/@include drop.
 */
export function collectFields(
  op: Operation,
  type: GraphQLObjectType,
  selectionSets: readonly SelectionSetNode[],
  into = new Map<string, FieldNode[]>(),
  visited = new Set<string>(),
): Map<string, FieldNode[]> {
  for (const set of selectionSets) {
    for (const selection of set.selections) {
      if (!included(selection, op)) continue;
      if (selection.kind === 'Field') {
        const key = selection.alias?.value ?? selection.name.value;
        into.set(key, [...(into.get(key) ?? []), selection]);
      } else if (selection.kind === 'InlineFragment') {
        const condition = selection.typeCondition
          ? typeFromAST(op.schema, selection.typeCondition)
          : undefined;
        if (applies(condition, type, op)) collectFields(op, type, [selection.selectionSet], into, visited);
      } else {
        const name = selection.name.value;
        const fragment = op.fragments[name];
        if (!fragment || visited.has(name)) continue;
        const condition = typeFromAST(op.schema, fragment.typeCondition);
        if (!applies(condition, type, op)) continue;
        visited.add(name);
        collectFields(op, type, [fragment.selectionSet], into, visited);
      }
    }
  }
  return into;
}

/** The selection sets under every node of one response key (merged by GraphQL into one object). */
export function subSelections(fields: readonly FieldNode[]): SelectionSetNode[] {
  return fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
}
