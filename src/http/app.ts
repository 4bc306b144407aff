import http from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Graph } from '../db/graph';
import { createContext } from '../graphql/context';
import { createApollo } from './apollo';
import { checkHealth } from './health';
import { DEFAULT_LIMITS, type Limits } from './limits/config';
import { tokenGuard } from './limits/tokenGuard';

export interface AppOptions {
  graph: Graph;
  isDevelopment: boolean;
  /** The key mutations require as `Authorization: Bearer <key>`; without one, mutations are refused. */
  apiKey: string | null;
  /** Request limits (src/http/limits); the defaults when omitted. */
  limits?: Limits;
}

export interface App {
  httpServer: http.Server;
  stop: () => Promise<void>;
}

function isAuthorized(header: string | undefined, apiKey: string | null): boolean {
  return apiKey !== null && apiKey.length > 0 && header === `Bearer ${apiKey}`;
}

/** Express with POST/GET /graphql (Apollo) and GET /health. */
export async function createApp({
  graph,
  isDevelopment,
  apiKey,
  limits = DEFAULT_LIMITS,
}: AppOptions): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApollo({ isDevelopment, httpServer, limits });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const health = await checkHealth(graph);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    tokenGuard(limits),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(graph, isAuthorized(req.headers.authorization, apiKey)),
    }),
  );
  return { httpServer, stop: () => apollo.stop() };
}
