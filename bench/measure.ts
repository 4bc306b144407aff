import autocannon from 'autocannon';

/** One HTTP request the load generator repeats: the same body every time. */
export interface HttpTarget {
  url: string;
  body: string;
}

export interface Sample {
  p50: number;
  p95: number;
  p99: number;
  /** Completed requests per second over the run. */
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
  seconds: number;
  /** `duration`: as many requests as fit in the duration; `amount`: a fixed number (slow operations). */
  mode: 'duration' | 'amount';
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
 * How long to run: `duration` seconds, unless the operation is so slow that the run would hold too
 * few requests for percentiles; then a fixed number of requests (10 at concurrency 1, two per
 * connection above), whatever time that takes.
 */
export function runPlan(
  latencyMs: number,
  connections: number,
  durationSeconds: number,
): { amount?: number } {
  const wanted = connections === 1 ? 10 : connections * 2;
  // With two cores, concurrent requests overlap at best about two-fold.
  const expected = ((durationSeconds * 1000) / latencyMs) * Math.min(connections, 2);
  return expected >= wanted ? {} : { amount: wanted };
}

/** One autocannon run; every response time is kept, so p95 is exact (autocannon itself reports p97.5). */
export function run(
  target: HttpTarget,
  connections: number,
  durationSeconds: number,
  latencyMs: number,
): Promise<Sample> {
  const plan = runPlan(latencyMs, connections, durationSeconds);
  const latencies: number[] = [];
  let non2xx = 0;
  const timeout = Math.max(60, Math.ceil((latencyMs * connections * 4) / 1000));
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
        timeout,
        ...(plan.amount ? { amount: plan.amount } : { duration: durationSeconds }),
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        latencies.sort((a, b) => a - b);
        resolve({
          p50: round(percentile(latencies, 0.5)),
          p95: round(percentile(latencies, 0.95)),
          p99: round(percentile(latencies, 0.99)),
          rps: round(latencies.length / seconds, 1),
          requests: latencies.length,
          errors: result.errors + result.timeouts,
          non2xx,
          seconds: round(seconds, 1),
          mode: plan.amount ? 'amount' : 'duration',
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode < 200 || statusCode >= 300) non2xx++;
      else latencies.push(responseTime);
    });
  });
}
