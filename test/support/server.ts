import type { AddressInfo } from 'node:net';
import type { Graph } from '../../src/db/graph';
import { type AppOptions, createApp } from '../../src/http/app';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** The real Express app on a free port of 127.0.0.1, production mode unless told otherwise. */
export async function serve(graph: Graph, options: Partial<AppOptions> = {}): Promise<Served> {
  const app = await createApp({ graph, isDevelopment: false, apiKey: 'test-key', ...options });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await app.stop();
      app.httpServer.closeAllConnections();
    },
  };
}

export interface Posted {
  status: number;
  headers: Headers;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
  bytes: number;
  ms: number;
}

/** POSTs a GraphQL request (or any JSON body) and times it to the last byte. */
export async function post(
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<Posted> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  const ms = performance.now() - started;
  return {
    status: response.status,
    headers: response.headers,
    body: JSON.parse(text),
    bytes: text.length,
    ms,
  };
}

export const firstCode = (answer: Posted): unknown => answer.body.errors?.[0]?.extensions?.code;
