import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/** What the shape limits look at, for one operation with its fragments expanded. */
export interface Shape {
  depth: number;
  aliases: number;
  directives: number;
}

/**
 * `ofType` unwraps a type reference one wrapper at a time: the introspection query every IDE sends
 * nests it nine deep, and the chain is bounded by the schema, so it does not add to depth.
 */
const UNCOUNTED_FIELDS = new Set(['ofType']);

/**
 * Measures a document's operations with their fragments expanded. Fragments are measured once each and
 * reused, so a "fragment bomb" (each fragment spreading the next several times) costs linear time to
 * measure while its counts grow as its expansion would. A fragment cycle counts as empty (validation
 * rejects cycles anyway).
 */
export function measureDocument(document: DocumentNode): Shape {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const memo = new Map<string, Shape>();
  const inProgress = new Set<string>();

  const fragmentShape = (name: string): Shape => {
    const known = memo.get(name);
    if (known) return known;
    const fragment = fragments.get(name);
    if (!fragment || inProgress.has(name)) return { depth: 0, aliases: 0, directives: 0 };
    inProgress.add(name);
    const shape = selectionShape(fragment.selectionSet);
    shape.directives += fragment.directives?.length ?? 0;
    inProgress.delete(name);
    memo.set(name, shape);
    return shape;
  };

  const selectionShape = (set: SelectionSetNode): Shape => {
    const total: Shape = { depth: 0, aliases: 0, directives: 0 };
    for (const selection of set.selections) {
      total.directives += selection.directives?.length ?? 0;
      let inner: Shape;
      if (selection.kind === Kind.FIELD) {
        if (selection.alias) total.aliases++;
        const sub = selection.selectionSet ? selectionShape(selection.selectionSet) : null;
        const counted = !UNCOUNTED_FIELDS.has(selection.name.value);
        inner = {
          depth: (counted ? 1 : 0) + (sub?.depth ?? 0),
          aliases: sub?.aliases ?? 0,
          directives: sub?.directives ?? 0,
        };
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        inner = selectionShape(selection.selectionSet);
      } else {
        inner = fragmentShape(selection.name.value);
      }
      total.depth = Math.max(total.depth, inner.depth);
      total.aliases += inner.aliases;
      total.directives += inner.directives;
    }
    return total;
  };

  const operations = document.definitions.filter(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  );
  const shape: Shape = { depth: 0, aliases: 0, directives: 0 };
  for (const operation of operations) {
    const own = selectionShape(operation.selectionSet);
    shape.depth = Math.max(shape.depth, own.depth);
    shape.aliases += own.aliases;
    shape.directives += own.directives + (operation.directives?.length ?? 0);
  }
  return shape;
}
