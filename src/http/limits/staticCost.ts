import {
  type ArgumentNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type GraphQLType,
  type SelectionSetNode,
  Kind,
  getNamedType,
  getNullableType,
  getOperationAST,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  valueFromASTUntyped,
} from 'graphql';
import type { CostEstimator } from './cost';

/** How many items a list field without a `first` argument is assumed to hold. */
export const UNBOUNDED_LIST_ROWS = 10;

/** Pagination wrappers: their objects come with the rows they wrap and are not rows themselves. */
const isWrapper = (type: GraphQLNamedType): boolean =>
  type.name.endsWith('Connection') || type.name.endsWith('Edge') || type.name === 'PageInfo';

/**
 * A schema-only estimate of an operation's worst-case rows, until the query planner supplies its own:
 * every object a field can return is a row; a field with a `first` argument returns up to `first`
 * (its value, its variable, or its default), which multiplies everything below it; other list fields of
 * objects count as UNBOUNDED_LIST_ROWS, except a connection's `edges`, already counted by `first`.
 * Connection, edge and PageInfo objects are not counted. Fragments are expanded as often as spread.
 */
export function staticCostEstimator(schema: GraphQLSchema): CostEstimator {
  return (document, variables, operationName) => {
    const operation = getOperationAST(document, operationName ?? undefined);
    if (!operation) return 0;
    const root = schema.getRootType(operation.operation);
    if (!root) return 0;
    const fragments = fragmentsOf(document);
    const argumentValue = (argument: ArgumentNode | undefined): unknown => {
      if (!argument) return undefined;
      if (argument.value.kind === Kind.VARIABLE) return variables[argument.value.name.value];
      return valueFromASTUntyped(argument.value);
    };

    // Like execution, a fragment spread twice into one selection set is collected once (`spread`), which
    // also keeps a fragment bomb linear here; validation has already ruled out fragment cycles.
    const cost = (
      set: SelectionSetNode,
      parent: GraphQLNamedType,
      multiplier: number,
      spread = new Set<string>(),
    ): number => {
      let total = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FRAGMENT_SPREAD) {
          const fragment = fragments.get(selection.name.value);
          if (!fragment || spread.has(fragment.name.value)) continue;
          spread.add(fragment.name.value);
          const on = schema.getType(fragment.typeCondition.name.value) ?? parent;
          total += cost(fragment.selectionSet, on, multiplier, spread);
          continue;
        }
        if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition?.name.value;
          const on = condition ? (schema.getType(condition) ?? parent) : parent;
          total += cost(selection.selectionSet, on, multiplier, spread);
          continue;
        }
        const field = fieldOf(parent, selection.name.value);
        if (!field || !selection.selectionSet) continue;
        const named = getNamedType(field.type);
        const firstArgument = field.args.find((arg) => arg.name === 'first');
        let rows = multiplier;
        if (firstArgument) {
          const asked = argumentValue(selection.arguments?.find((arg) => arg.name.value === 'first'));
          const first =
            typeof asked === 'number' ? asked : Number(firstArgument.defaultValue ?? UNBOUNDED_LIST_ROWS);
          rows = multiplier * Math.max(first, 0);
        } else if (isList(field.type) && !isWrapper(parent)) {
          rows = multiplier * UNBOUNDED_LIST_ROWS;
        }
        if (isCompositeType(named) && !isWrapper(named)) total += rows;
        total += cost(selection.selectionSet, named, rows);
      }
      return total;
    };
    return cost(operation.selectionSet, root, 1);
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function fieldOf(type: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return isObjectType(type) || isInterfaceType(type) ? type.getFields()[name] : undefined;
}

const isList = (type: GraphQLType): boolean => isListType(getNullableType(type));
