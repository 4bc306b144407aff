import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Every GraphQL answer is `Cache-Control: no-store`: the graph changes with every ingest and no field
 * carries a cache hint. Apollo's cache-control plugin would say the same, but it does so by calling a
 * hook for every field of every answer (thousands on a nested list), so it is disabled and this says
 * it once per response.
 */
export function noStorePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          response.http.headers.set('cache-control', 'no-store');
        },
      };
    },
  };
}
