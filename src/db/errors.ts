import { Neo4jError, error as driverErrors } from 'neo4j-driver';

/** The database cannot be reached (down, restarting, refusing us): worth trying again shortly. */
export class DatabaseUnavailableError extends Error {
  constructor(readonly driverCode: string) {
    super(`The graph database is unreachable (${driverCode}).`);
    this.name = 'DatabaseUnavailableError';
  }
}

/** Driver errors that mean "the database cannot be reached", by the driver's own codes. */
const UNAVAILABLE_CODES = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * What the driver throws, in the data layer's terms, by `Neo4jError.code` (never by message text):
 * unavailability as DatabaseUnavailableError, any other database error named by the failing query.
 * The API maps these to its error codes in one place (src/graphql/errors.ts).
 */
export function translateDriverError(error: unknown, queryName: string): unknown {
  if (error instanceof Neo4jError && UNAVAILABLE_CODES.has(error.code))
    return new DatabaseUnavailableError(error.code);
  if (error instanceof Neo4jError) {
    return Object.assign(new Error(`Cypher query ${queryName} failed: ${error.code}: ${error.message}`), {
      cause: error,
    });
  }
  return error;
}
