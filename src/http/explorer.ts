import fs from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import { PROJECT_ROOT } from '../projectRoot';
import { mountBrowserGuide } from './browserGuide';

/** Where `npm run web:build` (and `npm start`, when the build is missing or stale) puts the front end. */
export const WEB_DIST = path.join(PROJECT_ROOT, 'dist', 'web');

const NOT_BUILT =
  'The explorer has not been built. Run `npm run web:build` (npm start does it when the build is missing).';

/**
 * The explorer at /explorer (a single-page app: any /explorer/... address that is not a file gets
 * index.html, so /explorer/actors/:id loads directly) and the offline GraphiQL at /graphiql.
 * Hashed assets are cached for a year; the HTML never, so a new build shows at once. Also the Neo4j
 * Browser guide (/neo4j/guide.html), the other way to look at the graph.
 */
export function mountExplorer(app: Express, dist = WEB_DIST): void {
  const page = (file: string) => (_req: express.Request, res: express.Response) => {
    const full = path.join(dist, file);
    if (!fs.existsSync(full)) {
      res.status(503).type('text/plain').send(NOT_BUILT);
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(full);
  };
  app.use(
    '/explorer/assets',
    express.static(path.join(dist, 'assets'), { immutable: true, maxAge: '1y', fallthrough: false }),
  );
  app.get('/graphiql', page('graphiql.html'));
  app.get(['/explorer', '/explorer/{*rest}'], page('index.html'));
  mountBrowserGuide(app);
}
