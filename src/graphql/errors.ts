import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DatabaseUnavailableError } from '../db/errors';
import { unwrapResolverError } from '@apollo/server/errors';

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
  if (original instanceof DatabaseUnavailableError) {
    return {
      message: 'The graph database is unreachable; try again shortly.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE, cause: original.driverCode },
    };
  }
  const code = formatted.extensions?.code;
  if (
    original instanceof AppError ||
    (typeof code === 'string' && code !== ErrorCode.INTERNAL_SERVER_ERROR)
  ) {
    return isDevelopment ? formatted : withoutStack(formatted);
  }
  console.error('Unexpected error:', original);
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
