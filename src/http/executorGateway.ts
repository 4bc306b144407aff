import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { Executor } from '../graphql/execute';

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Apollo Server 4 and 5 take a custom executor only through the `gateway` option (their migration
 * guide's answer for the removed `executor` option): this "gateway" serves one fixed schema and runs
 * `executor` for every operation. Apollo still parses, validates (with its document cache), resolves
 * the operation and runs every plugin hook around it; only the execution itself is ours.
 */
export function executorGateway(schema: GraphQLSchema, executor: Executor): Gateway {
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return {
        executor: ({ document, operation, operationName, request, context }) =>
          executor({
            document,
            operation,
            operationName,
            variables: request.variables,
            contextValue: context,
          }),
      };
    },
    async stop() {},
  };
}
