import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import type { Context } from '../graphql/context';
import { logIfUnexpected } from '../graphql/errors';
import { answerAvailability, mutationDeadline } from './availability';
import { type LimitsOptions, limitsCheck } from './limits/check';

export interface ApiPluginOptions extends LimitsOptions {
  /** The deadline a mutation gets instead of the request's. */
  mutationTimeoutMs: number;
}

/**
 * All the API adds to Apollo's request pipeline, in one plugin with one listener shared by every
 * request (its hooks keep nothing of a request but what Apollo hands them): Apollo calls each
 * plugin's `requestDidStart` and each listener's hooks for every request, so one of each is the
 * least work per request.
 *
 * - Once the operation is known: the shape and cost limits (limits/check.ts), then a mutation's
 *   longer deadline (availability.ts).
 * - Errors: those `formatError` masks are logged under the request's id. Apollo hands every error
 *   of a request to `didEncounterErrors` before formatting it, and a failure of its own pipeline to
 *   `unexpectedErrorProcessingRequest`; `formatError` is not given the request. (A failure to create
 *   the context is logged where it is created: graphqlRoute.ts.)
 * - Before the answer is sent: `Cache-Control: no-store` (the graph changes with every ingest and no
 *   field carries a cache hint; Apollo's cache-control plugin, disabled, would say the same by calling
 *   a hook for every field of every answer), then a mutation's bookmarks and the 503 of an
 *   unavailable database (availability.ts).
 */
export function apiPlugin({ mutationTimeoutMs, ...limits }: ApiPluginOptions): ApolloServerPlugin<Context> {
  const checkLimits = limitsCheck(limits);
  const setDeadline = mutationDeadline(mutationTimeoutMs);
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation(request) {
      checkLimits(request);
      setDeadline(request);
    },
    async didEncounterErrors({ errors, contextValue }) {
      for (const error of errors) logIfUnexpected(error, contextValue.log);
    },
    async willSendResponse(request) {
      request.response.http.headers.set('cache-control', 'no-store');
      await answerAvailability(request);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
    async unexpectedErrorProcessingRequest({ requestContext, error }) {
      logIfUnexpected(error, requestContext.contextValue.log);
    },
  };
}
