import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError, InvalidBookmarkError } from '../db/errors';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Unavailability } from '../db/availability';
import type { Logger } from '../log';
import { BadArgumentError, MissingApiKeyError } from '../model/errors';

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

const UNAVAILABLE_MESSAGES: Record<Unavailability, string> = {
  unreachable: 'The graph database is unreachable; try again shortly.',
  overloaded: 'The graph database is busy; try again shortly.',
  timeout: 'The graph database did not answer in time; try again shortly.',
};

/** The data layer's and the subjects' errors in the API's terms: the one place they get a client-facing code. */
export function toApiError(error: unknown): unknown {
  if (error instanceof BadArgumentError) return badInput(error.message, error.argument);
  if (error instanceof MissingApiKeyError) return new AppError(ErrorCode.UNAUTHENTICATED, error.message);
  if (error instanceof DatabaseUnavailableError) {
    return new AppError(ErrorCode.SERVICE_UNAVAILABLE, UNAVAILABLE_MESSAGES[error.reason], {
      reason: error.reason,
      ...(error.driverCode ? { cause: error.driverCode } : {}),
    });
  }
  if (error instanceof InvalidBookmarkError) {
    return badInput(
      'The Neo4j-Bookmarks header holds a bookmark this database did not issue.',
      'Neo4j-Bookmarks',
    );
  }
  return error;
}

/** True when an error (as Apollo hands it to plugins) means "the database cannot serve this now". */
export function isServiceUnavailable(error: GraphQLError): boolean {
  return (
    error.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE ||
    unwrapResolverError(error) instanceof DatabaseUnavailableError
  );
}

/** Whether an error is none of ours: one `formatError` masks, from a code-less or internal error. */
function isUnexpected(original: unknown, code: unknown): boolean {
  return (
    !(original instanceof AppError) && !(typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR)
  );
}

/**
 * Logs, under the request's id, an error `formatError` will mask (with its message and stack, which
 * the client never sees). Called where the request's logger is at hand: Apollo's `formatError` is
 * not given the request.
 */
export function logIfUnexpected(error: unknown, requestLog: Logger): void {
  const original = toApiError(unwrapResolverError(error));
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (isUnexpected(original, code)) requestLog.error('Unexpected error', { error: original });
}

/**
 * Turns anything thrown into what the client sees, and never throws. Known errors keep their code and
 * message; anything else is masked (`logIfUnexpected` logs it), with no stack trace outside development.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  isDevelopment: boolean,
): GraphQLFormattedError {
  const original = toApiError(unwrapResolverError(error));
  if (original instanceof AppError && !(unwrapResolverError(error) instanceof AppError)) {
    const { message, extensions } = original;
    return { message, locations: formatted.locations, path: formatted.path, extensions };
  }
  if (!isUnexpected(original, formatted.extensions?.code)) {
    return isDevelopment ? formatted : withoutStack(formatted);
  }
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
