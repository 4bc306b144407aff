import http from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
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
import { tokenGuard } from './limits/tokenGuard';
import { inRequestScope, requestLog } from './requestLog';
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

const GRAPHQL_METHODS = new Set(['GET', 'POST']);

/** Where the production landing page points, besides the README. */
const LINKS: PageLink[] = [
  { href: '/explorer', label: 'Explorer' },
  { href: '/graphiql', label: 'GraphiQL (offline)' },
  { href: '/health', label: 'Health (/health)' },
];

/**
 * Express with POST/GET /graphql (Apollo) and GET /health. Every request gets an id and a log line;
 * CORS comes from the allow-list; anything Express itself refuses (bad JSON, too large, unknown route,
 * wrong method) is answered as a small JSON error with a code. Nothing is kept between requests.
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
  const httpServer = http.createServer(app);
  const apollo = createApollo({ isDevelopment, httpServer, settings, links: LINKS });
  await apollo.start();
  const checkHealth = healthChecker(graph, settings.healthTimeoutMs);

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
  app.use('/graphql', (req, res, next) =>
    GRAPHQL_METHODS.has(req.method) ? next() : methodNotAllowed('GET, POST')(req, res),
  );
  app.use(
    '/graphql',
    express.json({ limit: settings.maxBodyBytes }),
    tokenGuard(settings.limits),
    inRequestScope(),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          graph,
          isAuthorized(req.headers.authorization, apiKey),
          new RequestBudget({
            timeoutMs: settings.requestTimeoutMs,
            maxConcurrent: settings.maxConcurrentPerRequest,
            transactionTimeoutMs: settings.transactionTimeoutMs,
          }),
          bookmarksOf(req),
        ),
    }),
  );
  app.use(notFound);
  app.use(errorHandler(settings.maxBodyBytes));
  return { httpServer, stop: () => apollo.stop() };
}
