import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { unwrapResolverError } from '@apollo/server/errors';
import { type Unavailability, unavailabilityOf } from '../db/availability';
import { log } from '../log';

/** The closed set of error codes clients branch on (`extensions.code`). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export const badInput = (message: string, argument?: string): AppError =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

/** A mutation without the API key (`Authorization: Bearer <API_KEY>`). */
export const unauthenticated = (message: string): AppError =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);

const UNAVAILABLE_MESSAGES: Record<Unavailability, string> = {
  unreachable: 'The graph database is unreachable; try again shortly.',
  overloaded: 'The graph database is busy; try again shortly.',
  timeout: 'The graph database did not answer in time; try again shortly.',
};

const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/** Translates what the driver throws, in one place, by class and code (never by message text). */
export function translateDriverError(error: unknown, queryName: string): unknown {
  if (error instanceof AppError) return error;
  const unavailable = unavailabilityOf(error);
  if (unavailable) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGES[unavailable], {
      reason: unavailable,
      ...(error instanceof Neo4jError ? { cause: error.code } : {}),
    });
  }
  if (error instanceof Neo4jError && INVALID_BOOKMARK_CODES.has(error.code)) {
    return badInput(
      'The Neo4j-Bookmarks header holds a bookmark this database did not issue.',
      'Neo4j-Bookmarks',
    );
  }
  if (error instanceof Neo4jError) {
    return Object.assign(new Error(`Cypher query ${queryName} failed: ${error.code}: ${error.message}`), {
      cause: error,
    });
  }
  return error;
}

/**
 * Turns anything thrown into what the client sees, and never throws. Known errors keep their code and
 * message; anything else is logged and masked, with no stack trace outside development.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  isDevelopment: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code;
  if (
    original instanceof AppError ||
    (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR)
  ) {
    return isDevelopment ? formatted : withoutStack(formatted);
  }
  log.error('Unexpected error', { error: original });
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions)) return formatted;
  const { stacktrace: _stacktrace, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}

/** Graph invariants (every statement has a speaker, every claim a claimant); a miss is a broken graph. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`Broken graph: ${what} is missing.`);
  return value;
}
