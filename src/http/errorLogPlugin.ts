import type { ApolloServerPlugin } from '@apollo/server';
import type { Context } from '../graphql/context';
import { logIfUnexpected } from '../graphql/errors';

/**
 * Logs the errors `formatError` masks under the request's id: Apollo hands every error of a request
 * to `didEncounterErrors` before formatting it, and a failure of its own pipeline to
 * `unexpectedErrorProcessingRequest`; both see the request's context, `formatError` does not.
 * (A failure to create the context is logged where it is created: graphqlRoute.ts.)
 */
export function errorLogPlugin(): ApolloServerPlugin<Context> {
  return {
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      logIfUnexpected(error, requestContext.contextValue.log);
    },
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) logIfUnexpected(error, contextValue.log);
        },
      };
    },
  };
}
