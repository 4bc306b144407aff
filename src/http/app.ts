import http from 'node:http';
import express from 'express';
import type { Graph } from '../db/graph';
import { RequestBudget } from '../db/requestBudget';
import { createContext } from '../graphql/context';
import { createApollo } from './apollo';
import { mountExplorer } from './explorer';
import { isAuthorized } from './apiKey';
import { bookmarksOf } from './bookmarks';
import { cors } from './cors';
import { errorHandler, methodNotAllowed, notFound } from './errors';
import { healthChecker } from './health';
import type { PageLink } from './landingPage';
import { graphqlRoute, isGraphqlPath } from './graphqlRoute';
import { requestLog } from './requestLog';
import { defaultSettings, type ServerSettings } from './settings';

export interface AppOptions {
  graph: Graph;
  isDevelopment: boolean;
  /** The key mutations require as `Authorization: Bearer <key>`; without one, mutations are refused. */
  apiKey: string | null;
  /** What src/http/settings.ts reads from the environment; the mode's defaults when omitted. */
  settings?: Partial<ServerSettings>;
}

export interface App {
  httpServer: http.Server;
  stop: () => Promise<void>;
}

/** Where the production landing page points, besides the README. */
const LINKS: PageLink[] = [
  { href: '/explorer', label: 'Explorer' },
  { href: '/graphiql', label: 'GraphiQL (offline)' },
  { href: '/health', label: 'Health (/health)' },
];

/**
 * POST/GET /graphql (Apollo, on node:http: graphqlRoute.ts), and Express for the rest: GET /health,
 * the explorer, the Browser guide. Every request gets an id and a log line; CORS comes from the
 * allow-list; anything refused before GraphQL (bad JSON, too large, unknown route, wrong method) is
 * answered as a small JSON error with a code. Nothing is kept between requests.
 */
export async function createApp({
  graph,
  isDevelopment,
  apiKey,
  settings: overrides = {},
}: AppOptions): Promise<App> {
  const settings = { ...defaultSettings(isDevelopment), ...overrides };
  const app = express();
  app.disable('x-powered-by');
  const httpServer = http.createServer();
  const apollo = createApollo({ isDevelopment, httpServer, settings, links: LINKS });
  await apollo.start();
  const checkHealth = healthChecker(graph, settings.healthTimeoutMs);
  const graphql = graphqlRoute({
    apollo,
    settings,
    context: async (req, requestLog) =>
      createContext(
        graph,
        isAuthorized(req.headers.authorization, apiKey),
        new RequestBudget({
          timeoutMs: settings.requestTimeoutMs,
          maxConcurrent: settings.maxConcurrentPerRequest,
          transactionTimeoutMs: settings.transactionTimeoutMs,
        }),
        bookmarksOf(req),
        requestLog,
      ),
  });

  app.use(requestLog());
  // Before the CORS allow-list: the Browser guide answers any origin's preflight itself (Neo4j Browser
  // runs on another port), and the explorer's pages are same-origin.
  mountExplorer(app);
  app.use(cors(settings.corsOrigins));
  app.get('/health', async (_req, res) => {
    const health = await checkHealth();
    if (health.status !== 'ok') res.setHeader('Retry-After', '1');
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  app.all('/health', methodNotAllowed('GET'));
  app.use(notFound);
  app.use(errorHandler(settings.maxBodyBytes));
  // /graphql, the path every query takes, is served without Express; every other route with it.
  httpServer.on('request', (req, res) => (isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));
  return { httpServer, stop: () => apollo.stop() };
}
