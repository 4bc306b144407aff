import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginLandingPageLocalDefault,
  ApolloServerPluginLandingPageProductionDefault,
} from '@apollo/server/plugin/landingPage/default';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Context } from '../graphql/context';
import { formatError } from '../graphql/errors';
import { resolvers } from '../graphql/resolvers';
import { loadTypeDefs } from '../graphql/schema';
import { DEFAULT_LIMITS, type Limits } from './limits/config';
import { limitsPlugin, type LimitsPluginOptions } from './limits/plugin';

export interface ApolloOptions {
  isDevelopment: boolean;
  httpServer?: http.Server;
  /** Request limits (src/http/limits); the defaults when omitted. */
  limits?: Limits;
  /** The worst-case-rows estimator the cost limit uses; the schema-only estimate when omitted. */
  costEstimator?: LimitsPluginOptions['costEstimator'];
}

/** The Apollo Server over the SDL in schema/; Sandbox is the landing page outside production. */
export function createApollo({
  isDevelopment,
  httpServer,
  limits = DEFAULT_LIMITS,
  costEstimator,
}: ApolloOptions): ApolloServer<Context> {
  return new ApolloServer<Context>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection: true,
    // main.ts owns shutdown: it drains Apollo, then closes the Neo4j driver, then exits.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: isDevelopment,
    formatError: (formatted, error) => formatError(formatted, error, isDevelopment),
    plugins: [
      limitsPlugin({ limits, costEstimator }),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      isDevelopment
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageProductionDefault({ footer: false }),
    ],
  });
}
