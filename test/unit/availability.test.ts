import { Neo4jError, error as driverErrors } from 'neo4j-driver';
import { unavailabilityOf } from '../../src/db/availability';
import { RequestBudget, RequestTimeoutError } from '../../src/db/requestBudget';
import { translateDriverError } from '../../src/db/errors';
import { toApiError } from '../../src/graphql/errors';
import { configureLog, logFor } from '../../src/log';

const neo4jError = (code: string) => new Neo4jError('whatever the text says', code, 'N/A', 'N/A');

describe('unavailabilityOf', () => {
  it('classifies by class and code, never by message', () => {
    // The driver's pool acquisition time-out has no server code: 'N/A'.
    expect(unavailabilityOf(neo4jError('N/A'))).toBe('overloaded');
    expect(unavailabilityOf(neo4jError('Neo.TransientError.General.MemoryPoolOutOfMemoryError'))).toBe(
      'overloaded',
    );
    expect(unavailabilityOf(neo4jError(driverErrors.SERVICE_UNAVAILABLE))).toBe('unreachable');
    expect(unavailabilityOf(neo4jError(driverErrors.SESSION_EXPIRED))).toBe('unreachable');
    expect(
      unavailabilityOf(neo4jError('Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration')),
    ).toBe('timeout');
    expect(unavailabilityOf(new RequestTimeoutError(100))).toBe('timeout');
    expect(unavailabilityOf(neo4jError('Neo.ClientError.Statement.SyntaxError'))).toBeNull();
    expect(unavailabilityOf(new Error('Connection acquisition timed out'))).toBeNull();
  });

  it('becomes SERVICE_UNAVAILABLE with the reason', () => {
    expect(toApiError(translateDriverError(neo4jError('N/A'), 'q'))).toMatchObject({
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'overloaded', cause: 'N/A' },
    });
  });
});

describe('RequestBudget', () => {
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  it('runs at most maxConcurrent transactions of a request at once, in order', async () => {
    const budget = new RequestBudget({ timeoutMs: 5_000, maxConcurrent: 2 });
    let running = 0;
    let most = 0;
    const work = async () => {
      most = Math.max(most, ++running);
      await sleep(20);
      running--;
      return 'done';
    };
    const results = await Promise.all(Array.from({ length: 7 }, () => budget.run(work)));
    expect(results).toEqual(Array(7).fill('done'));
    expect(most).toBe(2);
  });

  it('answers at the deadline while the work hangs, and passes the time left to the work', async () => {
    const budget = new RequestBudget({ timeoutMs: 100, maxConcurrent: 1 });
    let given = 0;
    const started = Date.now();
    await expect(
      budget.run((timeoutMs) => {
        given = timeoutMs;
        return new Promise(() => undefined);
      }),
    ).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(Date.now() - started).toBeLessThan(500);
    expect(given).toBeGreaterThan(50);
    // Queued work behind the hung one is refused at once, not after another wait.
    await expect(budget.run(async () => 'late')).rejects.toBeInstanceOf(RequestTimeoutError);
  });

  it('gives Neo4j a transaction time-out no shorter than the configured one', async () => {
    const budget = new RequestBudget({ timeoutMs: 1_000, maxConcurrent: 1, transactionTimeoutMs: 30_000 });
    await expect(budget.run(async (timeoutMs) => timeoutMs)).resolves.toBe(30_000);
  });

  it('lets a mutation have a longer deadline', async () => {
    const budget = new RequestBudget({ timeoutMs: 10, maxConcurrent: 1 });
    budget.setTimeout(1_000);
    await sleep(30);
    await expect(budget.run(async () => 'ok')).resolves.toBe('ok');
  });
});

describe('log', () => {
  afterEach(() => configureLog({ json: false, level: 'warn' }));

  it('writes one JSON object a line with the request id in JSON mode', () => {
    const lines: string[] = [];
    const spy = jest.spyOn(console, 'info').mockImplementation((line: string) => void lines.push(line));
    configureLog({ json: true });
    logFor('req-1').info('request', { status: 200 });
    spy.mockRestore();
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      level: 'info',
      msg: 'request',
      requestId: 'req-1',
      status: 200,
    });
  });
});
