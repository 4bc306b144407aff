import { flag, positiveInt } from '../env';
import { DEFAULT_LIMITS, type Limits, limitsFromEnv } from './limits/config';

/** Everything about serving HTTP that an operator may change, read once at start-up. */
export interface ServerSettings {
  /** NODE_ENV is not `production`: Sandbox, stack traces in errors, readable logs. */
  isDevelopment: boolean;
  limits: Limits;
  /** Deadline for a query's database work, from the start of the request (REQUEST_TIMEOUT_MS). */
  requestTimeoutMs: number;
  /** Deadline for a mutation's (an ingest's) database work (MUTATION_TIMEOUT_MS). */
  mutationTimeoutMs: number;
  /** Neo4j's time-out for one transaction, at least the request's deadline (NEO4J_TX_TIMEOUT_MS). */
  transactionTimeoutMs: number;
  /** Transactions one request may run at once (NEO4J_MAX_CONCURRENT_PER_REQUEST). */
  maxConcurrentPerRequest: number;
  /** How long /health waits for Neo4j before answering 503 (HEALTH_TIMEOUT_MS). */
  healthTimeoutMs: number;
  /** Largest request body, in bytes (MAX_BODY_BYTES): an ingested article is up to 1 MB of text. */
  maxBodyBytes: number;
  /** Schema introspection (GRAPHQL_INTROSPECTION): on in development, off in production. */
  introspection: boolean;
  /** "Did you mean …?" field suggestions in errors (GRAPHQL_SUGGESTIONS): likewise. */
  suggestions: boolean;
  /** Browser origins allowed to call the API (CORS_ORIGINS, comma-separated); none by default. */
  corsOrigins: string[];
  /** JSON log lines (LOG_FORMAT=json|text): JSON in production. */
  jsonLogs: boolean;
}

export function defaultSettings(isDevelopment: boolean): ServerSettings {
  return {
    isDevelopment,
    limits: DEFAULT_LIMITS,
    requestTimeoutMs: 5_000,
    mutationTimeoutMs: 60_000,
    transactionTimeoutMs: 30_000,
    maxConcurrentPerRequest: 4,
    healthTimeoutMs: 1_500,
    maxBodyBytes: 2 * 1024 * 1024,
    introspection: isDevelopment,
    suggestions: isDevelopment,
    corsOrigins: [],
    jsonLogs: !isDevelopment,
  };
}

export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const defaults = defaultSettings(env.NODE_ENV !== 'production');
  const logFormat = env.LOG_FORMAT?.trim().toLowerCase();
  if (logFormat && logFormat !== 'json' && logFormat !== 'text') {
    throw new Error(`LOG_FORMAT must be json or text; got ${JSON.stringify(env.LOG_FORMAT)}.`);
  }
  return {
    ...defaults,
    limits: limitsFromEnv(env),
    requestTimeoutMs: positiveInt(env, 'REQUEST_TIMEOUT_MS', defaults.requestTimeoutMs),
    mutationTimeoutMs: positiveInt(env, 'MUTATION_TIMEOUT_MS', defaults.mutationTimeoutMs),
    transactionTimeoutMs: positiveInt(env, 'NEO4J_TX_TIMEOUT_MS', defaults.transactionTimeoutMs),
    maxConcurrentPerRequest: positiveInt(
      env,
      'NEO4J_MAX_CONCURRENT_PER_REQUEST',
      defaults.maxConcurrentPerRequest,
    ),
    healthTimeoutMs: positiveInt(env, 'HEALTH_TIMEOUT_MS', defaults.healthTimeoutMs),
    maxBodyBytes: positiveInt(env, 'MAX_BODY_BYTES', defaults.maxBodyBytes),
    introspection: flag(env, 'GRAPHQL_INTROSPECTION', defaults.introspection),
    suggestions: flag(env, 'GRAPHQL_SUGGESTIONS', defaults.suggestions),
    corsOrigins: corsOrigins(env.CORS_ORIGINS),
    jsonLogs: logFormat ? logFormat === 'json' : defaults.jsonLogs,
  };
}

/** Exact origins (scheme://host[:port]); `*` is refused: an allow-list is the point. */
function corsOrigins(raw: string | undefined): string[] {
  const origins = (raw ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter(Boolean);
  for (const origin of origins) {
    let parsed: URL | null = null;
    try {
      parsed = new URL(origin);
    } catch {
      // reported below
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol) || parsed.origin !== origin) {
      throw new Error(
        `CORS_ORIGINS takes exact origins such as https://app.example.org (no path, no *); got ${JSON.stringify(origin)}.`,
      );
    }
  }
  return origins;
}
