import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { RequestTimeoutError } from './requestBudget';

/** Why the database could not serve a request, when that is the reason; clients may retry these. */
export type Unavailability = 'unreachable' | 'overloaded' | 'timeout';

/** Codes the server or driver gives when Neo4j cannot be reached or is not serving this database. */
const UNREACHABLE_CODES = new Set<string>([
  driverErrors.SERVICE_UNAVAILABLE,
  driverErrors.SESSION_EXPIRED,
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.ClientError.Cluster.NotALeader',
]);

/** Server-side transaction time-outs (our per-request `timeout`, or the server's own setting). */
const TIMEOUT_CODES = new Set<string>([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * The driver raises errors of its own (no server involved) with the code 'N/A': connection-pool
 * acquisition time-outs above all, and a closed pool. Query errors always carry a server code.
 */
const DRIVER_LOCAL_CODE = 'N/A';

/**
 * Classifies an error by its class and code (never its message): unreachable, overloaded (the
 * connection pool is exhausted, or Neo4j reports a transient failure such as memory pressure), or
 * out of time. Anything else is null: a real fault, to be logged and masked.
 */
export function unavailabilityOf(error: unknown): Unavailability | null {
  if (error instanceof RequestTimeoutError) return 'timeout';
  if (!(error instanceof Neo4jError)) return null;
  if (UNREACHABLE_CODES.has(error.code)) return 'unreachable';
  if (TIMEOUT_CODES.has(error.code)) return 'timeout';
  if (error.code === DRIVER_LOCAL_CODE || error.code.startsWith('Neo.TransientError.')) return 'overloaded';
  return null;
}
