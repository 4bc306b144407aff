import { MapperKind, mapSchema } from '@graphql-tools/utils';
import {
  BREAK,
  type DocumentNode,
  type ExecutionResult,
  GraphQLError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
  execute as executeWithGraphqlJs,
  visit,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';
import { readsByResponseKey } from './resolvers';

/** What one execution needs; Apollo has parsed, validated and resolved the operation before this. */
export interface Execution {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName: string | null;
  variables: Readonly<Record<string, unknown>> | undefined;
  contextValue: unknown;
}

export type Executor = (execution: Execution) => Promise<ExecutionResult>;

/**
 * Executes queries with graphql-jit: each document (with its operation name) is compiled once into a
 * function that walks the planner's answer, instead of graphql-js interpreting the selection for every
 * object of it (op 1's answer has thousands). The compiled functions are kept per document: Apollo's
 * document store hands back the same parsed `DocumentNode` for the same query text, so a repeated
 * query costs a WeakMap look-up, and a document dropped from that store is dropped here too.
 *
 * The planner's answer is keyed by response key, so every field of a planned type reads
 * `source[alias]` (`byResponseKey`). Where no field below the root is aliased, the response key is
 * the field's name, and the document is compiled against a copy of the schema without those
 * resolvers: graphql-jit then reads each value inline (`parent.name`) instead of calling a resolver
 * with a resolve-info object for each of the thousands of values of an answer.
 *
 * graphql-js stays in charge of everything whose exact behaviour is not worth re-deriving: mutations
 * (one per request, the ingest dominates), documents graphql-jit cannot compile, and requests that
 * fail before execution starts (invalid variables), so those errors keep graphql-js's words, which
 * Apollo reads to answer 400 BAD_USER_INPUT.
 */
export function compiledExecutor(schema: GraphQLSchema): Executor {
  const direct = withoutKeyReaders(schema);
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledFor = (document: DocumentNode, operationName: string | null): CompiledQuery | null => {
    let byName = compiled.get(document);
    if (!byName) compiled.set(document, (byName = new Map()));
    const key = operationName ?? '';
    let query = byName.get(key);
    if (query === undefined) {
      const result = compileQuery(
        aliasedBelowRoot(document) ? schema : direct,
        document,
        operationName ?? undefined,
      );
      byName.set(key, (query = isCompiledQuery(result) ? result : null));
    }
    return query;
  };
  const withGraphqlJs = ({ document, operationName, variables, contextValue }: Execution) =>
    Promise.resolve(
      executeWithGraphqlJs({
        schema,
        document,
        operationName,
        variableValues: variables,
        contextValue,
      }),
    );

  return async (execution) => {
    if (execution.operation.operation !== 'query') return withGraphqlJs(execution);
    const query = compiledFor(execution.document, execution.operationName);
    if (!query) return withGraphqlJs(execution);
    const result = await query.query(undefined, execution.contextValue, { ...execution.variables });
    // No `data` at all: the request failed before anything ran (variable coercion).
    if (!('data' in result) || result.data === undefined) return withGraphqlJs(execution);
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
}

/** The schema with every `byResponseKey` resolver removed: those fields read `parent[name]`. */
function withoutKeyReaders(schema: GraphQLSchema): GraphQLSchema {
  return mapSchema(schema, {
    [MapperKind.OBJECT_FIELD]: (field, fieldName, typeName) =>
      readsByResponseKey(typeName, fieldName) ? { ...field, resolve: undefined } : field,
  });
}

/**
 * Whether a field other than a root field has an alias (in the operations or in any fragment): then
 * a response key may differ from the field's name, and values must be read by response key.
 */
function aliasedBelowRoot(document: DocumentNode): boolean {
  const roots = new Set(
    document.definitions.flatMap((d) =>
      d.kind === Kind.OPERATION_DEFINITION ? d.selectionSet.selections : [],
    ),
  );
  let aliased = false;
  visit(document, {
    Field(node) {
      if (node.alias && !roots.has(node)) {
        aliased = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return aliased;
}

/**
 * graphql-jit's errors carry the same message, locations, path and original error as graphql-js's,
 * but no `extensions` object when the original error has none, where graphql-js always has one (and
 * Apollo reads `extensions.code` from it). Rebuilt as graphql-js builds a located error.
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const rebuilt = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError ?? undefined,
    extensions: error.extensions,
  });
  // graphql-js works locations out from AST nodes, which graphql-jit does not keep; it keeps them worked out.
  return Object.assign(rebuilt, { locations: error.locations });
}
