/**
 * What one request may spend on Neo4j: a deadline (reads by default; a mutation may be given longer)
 * and a cap on how many of its transactions run at once, so no single request can take the whole
 * connection pool. Made per request; it holds nothing once the request is answered.
 */
export interface BudgetSettings {
  /** Milliseconds from the start of the request until its Neo4j work is abandoned. */
  timeoutMs: number;
  /** Transactions of one request that may run at the same time; the rest wait their turn. */
  maxConcurrent: number;
  /**
   * The time-out Neo4j is given for each transaction, at least the time left before the deadline.
   * Longer than the deadline on purpose: work the client stopped waiting for (above all a query's
   * first planning on a busy server) still completes and warms Neo4j's plan cache, while runaway work
   * is still ended. Without it, a cold plan that takes longer than the deadline is aborted every time.
   */
  transactionTimeoutMs?: number;
}

/** The request ran out of time (its own deadline): the database is slow or not answering. */
export class RequestTimeoutError extends Error {
  override readonly name = 'RequestTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`The request's database work did not finish within ${timeoutMs} ms.`);
  }
}

export class RequestBudget {
  private readonly started = Date.now();
  private timeoutMs: number;
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly settings: BudgetSettings) {
    this.timeoutMs = settings.timeoutMs;
  }

  /** Gives the request a longer (or shorter) deadline, still counted from its start. */
  setTimeout(ms: number): void {
    this.timeoutMs = ms;
  }

  /** Milliseconds left before the deadline (0 or less when it has passed). */
  remainingMs(): number {
    return this.started + this.timeoutMs - Date.now();
  }

  /**
   * Runs one transaction within the budget: waits for a free slot, then races the work against the
   * deadline. On time-out the caller is answered at once; the abandoned work still holds its slot
   * (and its connection) until it settles, and Neo4j ends it at the transaction time-out `work` is given.
   */
  async run<T>(work: (timeoutMs: number) => Promise<T>): Promise<T> {
    const acquired = this.acquire();
    try {
      await this.withinDeadline(acquired);
    } catch (error) {
      // Gave up waiting: hand the slot on as soon as it would have been ours.
      void acquired.then(() => this.release());
      throw error;
    }
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      this.release();
      throw new RequestTimeoutError(this.timeoutMs);
    }
    const running = work(Math.max(remaining, this.settings.transactionTimeoutMs ?? 0));
    running.then(
      () => this.release(),
      () => this.release(),
    );
    return this.withinDeadline(running);
  }

  private release(): void {
    this.running--;
    this.waiting.shift()?.();
  }

  private acquire(): Promise<void> {
    if (this.running < this.settings.maxConcurrent) {
      this.running++;
      return Promise.resolve();
    }
    return new Promise((resolve) =>
      this.waiting.push(() => {
        this.running++;
        resolve();
      }),
    );
  }

  private withinDeadline<T>(promise: Promise<T>): Promise<T> {
    const remaining = this.remainingMs();
    if (remaining <= 0) {
      promise.catch(() => undefined);
      return Promise.reject(new RequestTimeoutError(this.timeoutMs));
    }
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new RequestTimeoutError(this.timeoutMs)), remaining);
    });
    promise.catch(() => undefined);
    return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
  }
}
