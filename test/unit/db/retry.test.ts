import { Neo4jError } from 'neo4j-driver';
import { retryTransient } from '../../../src/db/retry';

const transient = () =>
  new Neo4jError('leader switched', 'Neo.TransientError.General.DatabaseUnavailable', '', '');
const syntax = () => new Neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError', '', '');

/** A read that fails with the given errors, in turn, then answers. */
function failing(...errors: Error[]) {
  let calls = 0;
  const work = async () => {
    const error = errors[calls++];
    if (error) throw error;
    return 'answer';
  };
  return { work, calls: () => calls };
}

describe('retryTransient (auto-commit reads)', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('runs the read again after a transient failure, about a second later', async () => {
    const read = failing(transient());
    const answer = retryTransient(read.work, 1_000);
    await jest.advanceTimersByTimeAsync(700);
    expect(read.calls()).toBe(1);
    await jest.advanceTimersByTimeAsync(600);
    expect(read.calls()).toBe(2);
    await expect(answer).resolves.toBe('answer');
  });

  it('does not repeat a read that failed for a reason a retry cannot change', async () => {
    const read = failing(syntax());
    await expect(retryTransient(read.work, 1_000)).rejects.toThrow('bad query');
    expect(read.calls()).toBe(1);
  });

  it('gives up once the retry time has passed since the first attempt', async () => {
    // The longest jitter (1.2 s): the second attempt is already past the second of retry time.
    jest.spyOn(Math, 'random').mockReturnValue(1);
    const read = failing(transient(), transient(), transient());
    const answer = retryTransient(read.work, 1_000);
    const settled = expect(answer).rejects.toThrow('leader switched');
    await jest.advanceTimersByTimeAsync(10_000);
    await settled;
    expect(read.calls()).toBe(2);
  });
});
