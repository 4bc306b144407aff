import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/projectRoot';
import { type QuerySink, recordingDriver } from './recording';

export const TYPE_DEFS_FILE = path.join(PROJECT_ROOT, 'bench', 'servers', 'neo4j-graphql.graphql');

/**
 * The reference: an Apollo Server over the schema @neo4j/graphql generates from our type definitions,
 * set up as the library's getting-started guide does (driver in the constructor, the request's
 * Authorization header as `token` in the context), on the same Express integration as ours.
 */
export async function neo4jGraphqlServer(
  driver: Driver,
  sink: QuerySink,
): Promise<{ httpServer: http.Server; stop: () => Promise<void> }> {
  const typeDefs = fs.readFileSync(TYPE_DEFS_FILE, 'utf8');
  const neoSchema = new Neo4jGraphQL({ typeDefs, driver: recordingDriver(driver, sink, 'neo4j-graphql') });
  const schema = await neoSchema.getSchema();
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer({ schema, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });
  await apollo.start();
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, { context: async ({ req }) => ({ token: req.headers.authorization }) }),
  );
  return { httpServer, stop: () => apollo.stop() };
}
