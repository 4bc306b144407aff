import autocannon from 'autocannon';

/** One HTTP request the load generator repeats: the same body every time. */
export interface HttpTarget {
  url: string;
  body: string;
}

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number;
}

export async function post(
  target: HttpTarget,
  timeoutMs = 600_000,
): Promise<{ status: number; json: unknown; ms: number }> {
  const started = performance.now();
  const response = await fetch(target.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: target.body,
    signal: AbortSignal.timeout(timeoutMs),
  });
  const json: unknown = await response.json();
  return { status: response.status, json, ms: performance.now() - started };
}

/**
 * Sequential requests for `seconds` (at least three): JIT, plan caches and Neo4j's page cache warm up.
 * Returns the median latency of the second half, which sizes the measured runs.
 */
export async function warmUp(target: HttpTarget, seconds: number): Promise<number> {
  const latencies: number[] = [];
  const started = performance.now();
  while (latencies.length < 3 || performance.now() - started < seconds * 1000) {
    latencies.push((await post(target)).ms);
  }
  const tail = latencies.slice(Math.floor(latencies.length / 2)).sort((a, b) => a - b);
  return percentile(tail, 0.5);
}

/**
 * One unmeasured request right before a window: what the previous window (another server's, or
 * another operation's) changed in what this request uses (Neo4j's page cache, the server's idle
 * connections and code) is restored by it rather than by the window's first measured requests. The
 * same body as the window's, so it touches the same pages.
 */
export async function prime(target: HttpTarget): Promise<void> {
  await post(target);
}

/** What one measured window (one server, one round of a cell) must hold. */
export interface WindowPlan {
  /** Seconds it lasts at least. */
  seconds: number;
  /** Responses it holds at least, unless the cap ends it first. */
  minRequests: number;
  /** Seconds after which it ends anyway. */
  capSeconds: number;
}

/**
 * How a window runs, from the rate the server is expected to answer at (responses per second at
 * this concurrency). Normally for as long as it takes to last `seconds` and hold `minRequests`,
 * capped at `capSeconds` (`{}`: duration mode, stopped by `measureWindow`). When even the cap
 * would not hold the minimum, a fixed number of requests instead, however long that takes: what the
 * cap holds, but at least one per connection (so the concurrency is real) and at least three.
 * Requests sent that way all complete, so nothing is left running for the next window.
 */
export function windowPlan(rate: number, connections: number, plan: WindowPlan): { amount?: number } {
  const fits = rate * plan.capSeconds;
  if (fits >= plan.minRequests) return {};
  return { amount: Math.max(connections, 3, Math.floor(fits)) };
}

/**
 * Responses per second expected at `connections` from the sequential (concurrency 1) latency of the
 * warm-up: with two cores, concurrent requests overlap at best about two-fold.
 */
export function expectedRate(latencyMs: number, connections: number): number {
  return (1000 / latencyMs) * Math.min(connections, 2);
}

/** One window's raw measurements; cells pool the windows of their rounds (`pool`). */
export interface Window {
  /** Every 2xx response time, in milliseconds, in arrival order. */
  latencies: number[];
  errors: number;
  non2xx: number;
  seconds: number;
  /** `amount`: a fixed number of requests (slow operations); `duration`: stopped by the plan. */
  mode: 'duration' | 'amount';
}

/**
 * Whether a window in duration mode may stop, after `seconds` with `responses` (errors included):
 * when it has lasted its time and holds its minimum, or, past the cap, once it holds one response per
 * connection (at most the minimum). Stopping at the cap with nothing answered would leave a round
 * without a p50: under load, a request that took 0.6 s alone took 5–9 s at concurrency 16, and
 * the first window at 16 is planned from the sequential warm-up.
 */
export function windowDone(
  seconds: number,
  responses: number,
  connections: number,
  plan: WindowPlan,
): boolean {
  if (seconds >= plan.seconds && responses >= plan.minRequests) return true;
  return seconds >= plan.capSeconds && responses >= Math.min(connections, plan.minRequests);
}

/**
 * One autocannon run at `connections`, planned by `windowPlan`. Every 2xx response time is kept
 * (autocannon itself reports p97.5, not p95). autocannon acts on a stop only at its sampling tick,
 * so the tick is 20 ms rather than its default second, or every window would overrun by up to a
 * second of requests nobody asked for.
 */
export function measureWindow(
  target: HttpTarget,
  connections: number,
  plan: WindowPlan,
  rate: number,
  timeoutSeconds: number,
): Promise<Window> {
  const { amount } = windowPlan(rate, connections, plan);
  const latencies: number[] = [];
  let non2xx = 0;
  let errors = 0;
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: target.url,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: target.body,
        connections,
        pipelining: 1,
        timeout: timeoutSeconds,
        sampleInt: 20,
        // Stopped by `windowDone`; the duration only backs it up should no response ever come.
        ...(amount ? { amount } : { duration: plan.capSeconds + timeoutSeconds }),
      },
      (error) => {
        if (error) {
          reject(error);
          return;
        }
        resolve({
          latencies,
          errors,
          non2xx,
          seconds: (performance.now() - started) / 1000,
          mode: amount ? 'amount' : 'duration',
        });
      },
    );
    const done = () => {
      if (amount) return;
      const seconds = (performance.now() - started) / 1000;
      if (windowDone(seconds, latencies.length + non2xx + errors, connections, plan)) instance.stop();
    };
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) non2xx++;
      else latencies.push(responseTime);
      done();
    });
    instance.on('reqError', () => {
      errors++;
      done();
    });
  });
}

/** A cell's measurement for one server: every response of its rounds pooled, and each round's p50. */
export interface Sample {
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second of measured time, over all rounds. */
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  seconds: number;
  /** p50 of each round, in round order (not in the order the servers ran within a round). */
  roundP50s: number[];
  /** Rounds that ran a fixed number of requests because the operation is too slow for the cap. */
  amountRounds: number;
}

/**
 * Nearest-rank percentile over several rounds' response times, each round weighing the same however
 * many responses it holds: the value below which a share `q` of the rounds' total weight lies. With
 * plain pooling, a window in which the machine happened to be quiet holds more responses because it
 * was quiet, and dominates the server's percentile: op 4 at S had the floor's rounds at 10.5, 12.2 and
 * 2.2 ms and a pooled p50 of 3.7, putting ours ÷ floor (2.64) outside every round's ratio (1.28–2.53).
 */
export function roundWeightedPercentile(rounds: readonly (readonly number[])[], q: number): number {
  const filled = rounds.filter((r) => r.length > 0);
  if (filled.length === 0) return Number.NaN;
  const weighted = filled
    .flatMap((r) => r.map((ms) => ({ ms, weight: 1 / (r.length * filled.length) })))
    .sort((a, b) => a.ms - b.ms);
  let cumulative = 0;
  for (const { ms, weight } of weighted) {
    cumulative += weight;
    if (cumulative >= q - 1e-9) return ms;
  }
  return (weighted[weighted.length - 1] as { ms: number }).ms;
}

export function pool(windows: readonly Window[]): Sample {
  const rounds = windows.map((w) => w.latencies);
  const requests = rounds.reduce((sum, r) => sum + r.length, 0);
  const seconds = windows.reduce((sum, w) => sum + w.seconds, 0);
  return {
    p50: round(roundWeightedPercentile(rounds, 0.5)),
    p95: round(roundWeightedPercentile(rounds, 0.95)),
    p99: round(roundWeightedPercentile(rounds, 0.99)),
    rps: round(requests / seconds, 1),
    requests,
    errors: windows.reduce((sum, w) => sum + w.errors, 0),
    non2xx: windows.reduce((sum, w) => sum + w.non2xx, 0),
    seconds: round(seconds, 1),
    roundP50s: rounds.map((r) => round(roundWeightedPercentile([r], 0.5))),
    amountRounds: windows.filter((w) => w.mode === 'amount').length,
  };
}

/** The order of the servers in round `round`: rotated by one each round (ABC, BCA, CAB, …). */
export function rotation<T>(items: readonly T[], index: number): T[] {
  const shift = items.length ? index % items.length : 0;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
