import { isRetriableError } from 'neo4j-driver';

/** The driver's own schedule for managed transactions (transaction-executor.js): 1 s, doubling, ±20 %. */
const INITIAL_DELAY_MS = 1_000;
const MULTIPLIER = 2;
const JITTER = 0.2;

/**
 * Runs `work` again after a transient failure (a leader switch, a lost connection, a deadlock), as
 * the driver's `executeRead` does for a managed transaction, until `maxRetryMs` has passed since the
 * first attempt. For work that is safe to repeat: an auto-commit read.
 */
export async function retryTransient<T>(work: () => Promise<T>, maxRetryMs: number): Promise<T> {
  const started = Date.now();
  let delay = INITIAL_DELAY_MS;
  for (;;) {
    try {
      return await work();
    } catch (error) {
      if (!isRetriableError(error) || Date.now() - started >= maxRetryMs) throw error;
      const jittered = delay * (1 - JITTER + 2 * JITTER * Math.random());
      await new Promise((resolve) => setTimeout(resolve, jittered));
      delay *= MULTIPLIER;
    }
  }
}
