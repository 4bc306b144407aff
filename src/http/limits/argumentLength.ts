import {
  type DocumentNode,
  type GraphQLSchema,
  Kind,
  TypeInfo,
  type ValueNode,
  getNamedType,
  visit,
  visitWithTypeInfo,
} from 'graphql';

const TEXT_TYPES = new Set(['String', 'ID']);

/**
 * The longest String or ID argument of a document (literal or variable), with its name. Input object
 * fields are not arguments and are not measured here: an article to ingest is long by nature and its
 * own input type bounds it.
 */
export function longestTextArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): { name: string; length: number } | null {
  const typeInfo = new TypeInfo(schema);
  let longest: { name: string; length: number } | null = null;
  const consider = (name: string, value: unknown) => {
    const values = Array.isArray(value) ? value : [value];
    for (const item of values) {
      if (typeof item === 'string' && item.length > (longest?.length ?? -1))
        longest = { name, length: item.length };
    }
  };
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return variables[node.name.value];
    if (node.kind === Kind.STRING) return node.value;
    if (node.kind === Kind.LIST) return node.values.map(valueOf);
    return undefined;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument && TEXT_TYPES.has(getNamedType(argument.type).name)) {
          consider(node.name.value, valueOf(node.value));
        }
      },
    }),
  );
  return longest;
}
