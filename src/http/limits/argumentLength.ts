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

/** A String or ID argument of a document, as written: a literal, a variable, or a list of those. */
export interface TextArgument {
  name: string;
  value: ValueNode;
}

/**
 * The String and ID arguments of a document. Input object fields are not arguments and are not
 * measured here: an article to ingest is long by nature and its own input type bounds it. Depends on
 * the document alone, so the limits plugin works it out once per document (a walk with type
 * information, the costly part) and only reads the variables per request.
 */
export function textArguments(schema: GraphQLSchema, document: DocumentNode): TextArgument[] {
  const typeInfo = new TypeInfo(schema);
  const found: TextArgument[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (argument && TEXT_TYPES.has(getNamedType(argument.type).name)) {
          found.push({ name: node.name.value, value: node.value });
        }
      },
    }),
  );
  return found;
}

/** The longest of a document's text arguments (literal or variable) with these variables, and its name. */
export function longestOf(
  found: readonly TextArgument[],
  variables: Readonly<Record<string, unknown>>,
): { name: string; length: number } | null {
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
  for (const { name, value } of found) consider(name, valueOf(value));
  return longest;
}

/** The longest String or ID argument of a document (literal or variable), with its name. */
export function longestTextArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
): { name: string; length: number } | null {
  return longestOf(textArguments(schema, document), variables);
}
