import http from 'node:http';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Graph } from '../db/graph';
import { createContext } from '../graphql/context';
import { createApollo } from './apollo';
import { checkHealth } from './health';
import { isAuthorized } from './apiKey';

export interface AppOptions {
  graph: Graph;
  isDevelopment: boolean;
  /** The key mutations require as `Authorization: Bearer <key>`; without one, mutations are refused. */
  apiKey: string | null;
}

export interface App {
  httpServer: http.Server;
  stop: () => Promise<void>;
}

/** Express with POST/GET /graphql (Apollo) and GET /health. */
export async function createApp({ graph, isDevelopment, apiKey }: AppOptions): Promise<App> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = createApollo({ isDevelopment, httpServer });
  await apollo.start();

  app.get('/health', async (_req, res) => {
    const health = await checkHealth(graph);
    res.status(health.status === 'ok' ? 200 : 503).json(health);
  });
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req }) => createContext(graph, isAuthorized(req.headers.authorization, apiKey)),
    }),
  );
  return { httpServer, stop: () => apollo.stop() };
}
