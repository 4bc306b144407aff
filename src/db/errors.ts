import { Neo4jError } from 'neo4j-driver';
import { type Unavailability, unavailabilityOf } from './availability';

/** The database cannot serve the request (down, restarting, overloaded, out of time): worth retrying. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: Unavailability,
    readonly driverCode: string | null,
  ) {
    super(`The graph database is unavailable (${reason}${driverCode ? `, ${driverCode}` : ''}).`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** A client sent back a bookmark this database never issued. */
export class InvalidBookmarkError extends Error {
  constructor() {
    super('The bookmark was not issued by this database.');
    this.name = 'InvalidBookmarkError';
  }
}

const INVALID_BOOKMARK_CODES = new Set([
  'Neo.ClientError.Transaction.InvalidBookmark',
  'Neo.ClientError.Transaction.InvalidBookmarkMixture',
]);

/**
 * What the driver throws, in the data layer's terms, by class and `Neo4jError.code` (never by message
 * text): unavailability as DatabaseUnavailableError, a foreign bookmark as InvalidBookmarkError, any
 * other database error named by the failing query. The API maps these to its error codes in one place
 * (src/graphql/errors.ts); anything else (an error of the caller's own) passes through unchanged.
 */
export function translateDriverError(error: unknown, queryName: string): unknown {
  const unavailable = unavailabilityOf(error);
  if (unavailable) {
    return new DatabaseUnavailableError(unavailable, error instanceof Neo4jError ? error.code : null);
  }
  if (error instanceof Neo4jError && INVALID_BOOKMARK_CODES.has(error.code))
    return new InvalidBookmarkError();
  if (error instanceof Neo4jError) {
    return Object.assign(new Error(`Cypher query ${queryName} failed: ${error.code}: ${error.message}`), {
      cause: error,
    });
  }
  return error;
}
