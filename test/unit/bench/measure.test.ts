import {
  type Window,
  expectedRate,
  percentile,
  pool,
  rotation,
  roundWeightedPercentile,
  windowDone,
  windowPlan,
} from '../../../bench/measure';
import { parseOptions } from '../../../bench/options';
import { type ResultRow, computeRatios, roundRatios } from '../../../bench/report';

const window = (latencies: number[], seconds = 1, mode: Window['mode'] = 'duration'): Window => ({
  latencies,
  errors: 0,
  non2xx: 0,
  seconds,
  mode,
});

describe('rotation', () => {
  it('puts every server in every position once in as many rounds as servers', () => {
    const servers = ['cypher', 'neo4j-graphql', 'ours'];
    const orders = [0, 1, 2].map((round) => rotation(servers, round));
    expect(orders).toEqual([
      ['cypher', 'neo4j-graphql', 'ours'],
      ['neo4j-graphql', 'ours', 'cypher'],
      ['ours', 'cypher', 'neo4j-graphql'],
    ]);
    expect(rotation(servers, 3)).toEqual(orders[0]);
    expect(servers).toEqual(['cypher', 'neo4j-graphql', 'ours']);
  });
});

describe('windowPlan', () => {
  const plan = { seconds: 4 / 3, minRequests: 10, capSeconds: 20 / 3 };

  it('runs by time and count when the cap holds the minimum', () => {
    expect(windowPlan(expectedRate(300, 1), 1, plan)).toEqual({});
    expect(windowPlan(expectedRate(600, 1), 1, plan)).toEqual({});
  });

  it('runs what the cap holds, at least three requests and one per connection, when it cannot', () => {
    expect(windowPlan(expectedRate(1000, 1), 1, plan)).toEqual({ amount: 6 });
    expect(windowPlan(expectedRate(4000, 1), 1, plan)).toEqual({ amount: 3 });
    expect(windowPlan(expectedRate(4000, 16), 16, plan)).toEqual({ amount: 16 });
  });
});

describe('windowDone', () => {
  const plan = { seconds: 4 / 3, minRequests: 10, capSeconds: 20 / 3 };

  it('stops a window once it has lasted its time and holds its minimum', () => {
    expect(windowDone(1, 50, 1, plan)).toBe(false);
    expect(windowDone(1.4, 9, 1, plan)).toBe(false);
    expect(windowDone(1.4, 10, 1, plan)).toBe(true);
  });

  it('past the cap, stops once it holds one response per connection, never with none', () => {
    expect(windowDone(7, 0, 1, plan)).toBe(false);
    expect(windowDone(7, 1, 1, plan)).toBe(true);
    expect(windowDone(9, 9, 16, plan)).toBe(false);
    expect(windowDone(9, 10, 16, plan)).toBe(true);
  });
});

describe('pool', () => {
  it('takes the percentiles over every response of every round, each round weighing the same', () => {
    const sample = pool([window([1, 2, 3]), window([10, 20, 30, 40, 50], 2), window([5, 4, 6], 1, 'amount')]);
    expect(sample.requests).toBe(11);
    // Weights 1/9 each for the first and last rounds, 1/15 for the middle one: 1 2 3 4 5 reach 5/9.
    expect(sample.p50).toBe(5);
    expect(sample.p99).toBe(50);
    expect(sample.roundP50s).toEqual([2, 30, 5]);
    expect(sample.seconds).toBe(4);
    expect(sample.rps).toBe(2.8);
    expect(sample.amountRounds).toBe(1);
  });

  it('does not let a quiet round, holding more responses for being quiet, decide the p50', () => {
    const quiet = Array.from({ length: 300 }, () => 2);
    const busy = (ms: number) => Array.from({ length: 60 }, () => ms);
    const sample = pool([window(busy(10)), window(busy(12)), window(quiet)]);
    expect(sample.p50).toBe(10);
    expect(roundWeightedPercentile([busy(10), busy(12), quiet], 0.5)).toBe(10);
  });

  it('is the plain nearest-rank percentile for one round', () => {
    const values = [5, 1, 4, 2, 3].sort((a, b) => a - b);
    for (const q of [0.2, 0.5, 0.95, 1]) {
      expect(roundWeightedPercentile([values], q)).toBe(percentile(values, q));
    }
  });
});

describe('ratios over rounds', () => {
  const row = (server: ResultRow['server'], p50: number, roundP50s: number[]): ResultRow => ({
    operation: 1,
    name: 'op',
    size: 'S',
    server,
    concurrency: 1,
    p50,
    p95: p50,
    p99: p50,
    rps: 1,
    roundTrips: 1,
    rssMb: 1,
    requests: 30,
    errors: 0,
    seconds: 4,
    roundP50s,
    amountRounds: 0,
    equal: true,
    comparable: true,
  });

  it('pairs each round of ours with the same round of the other server', () => {
    expect(roundRatios(row('ours', 1, [10, 12, 9]), row('cypher', 1, [10, 8, 12]))).toEqual([0.75, 1.5]);
  });

  it('gives the pooled ratio and the range of the rounds', () => {
    const [ratio] = computeRatios([row('cypher', 10, [10, 10]), row('ours', 11, [10, 12])]);
    expect(ratio).toMatchObject({ oursToFloor: 1.1, oursToFloorRounds: [1, 1.2], oursToNeo4jGraphql: null });
  });
});

describe('bench options', () => {
  it('defaults to three rounds, 30 responses and a cap of five durations', () => {
    const options = parseOptions(['--duration', '4']);
    expect(options).toMatchObject({ rounds: 3, minRequests: 30, maxSeconds: 20 });
  });

  it('refuses a cap shorter than the duration and fractional rounds', () => {
    expect(() => parseOptions(['--duration', '4', '--max-seconds', '2'])).toThrow(/less than --duration/);
    expect(() => parseOptions(['--rounds', '1.5'])).toThrow(/whole number/);
  });
});
