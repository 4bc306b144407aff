import type http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import type { Context } from '../graphql/context';
import { plannerCostEstimator } from '../graphql/cost';
import { formatError } from '../graphql/errors';
import { compiledExecutor } from '../graphql/execute';
import { resolvers } from '../graphql/resolvers';
import { loadTypeDefs } from '../graphql/schema';
import { log } from '../log';
import { apiPlugin } from './apiPlugin';
import { executorGateway } from './executorGateway';
import { localLandingPage, type PageLink } from './landingPage';
import type { LimitsOptions } from './limits/check';
import { defaultSettings, type ServerSettings } from './settings';

export interface ApolloOptions {
  isDevelopment: boolean;
  httpServer?: http.Server;
  /** Limits, time-outs, introspection and suggestions; the defaults for the mode when omitted. */
  settings?: Partial<ServerSettings>;
  /** The worst-case-rows estimator the cost limit uses; the planner's (from its list bounds) when omitted. */
  costEstimator?: LimitsOptions['costEstimator'];
  /** Pages the production landing page links to, besides the docs. */
  links?: readonly PageLink[];
}

/** What Apollo would build from typeDefs and resolvers, built here to hand to the compiled executor. */
export function executableSchema(): GraphQLSchema {
  return makeExecutableSchema<Context>({ typeDefs: loadTypeDefs(), resolvers });
}

/**
 * The Apollo Server over the SDL in schema/. Development: Sandbox as the landing page, introspection,
 * suggestions and stack traces. Production: a local static landing page and none of those (each of
 * introspection and suggestions can be switched back on).
 */
export function createApollo({
  isDevelopment,
  httpServer,
  settings: overrides = {},
  costEstimator = plannerCostEstimator,
  links = [],
}: ApolloOptions): ApolloServer<Context> {
  const settings = { ...defaultSettings(isDevelopment), ...overrides };
  const schema = executableSchema();
  return new ApolloServer<Context>({
    gateway: executorGateway(schema, compiledExecutor(schema)),
    introspection: settings.introspection,
    hideSchemaDetailsFromClientErrors: !settings.suggestions,
    // main.ts owns shutdown: it drains Apollo, then closes the Neo4j driver, then exits.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: isDevelopment,
    formatError: (formatted, error) => formatError(formatted, error, isDevelopment),
    logger: {
      debug: () => undefined,
      info: (m) => log.info(m),
      warn: (m) => log.warn(m),
      error: (m) => log.error(m),
    },
    plugins: [
      apiPlugin({ limits: settings.limits, costEstimator, mutationTimeoutMs: settings.mutationTimeoutMs }),
      // Neither does anything for this API (no cache hints; not a federated subgraph), but installed
      // by default each would be called for every request (cache control for every field).
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
      isDevelopment ? ApolloServerPluginLandingPageLocalDefault({ embed: true }) : localLandingPage(links),
    ],
  });
}
