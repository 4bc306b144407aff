import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { DatabaseUnavailableError, translateDriverError } from '../../src/db/errors';
import { AppError, ErrorCode, badInput, formatError, logIfUnexpected } from '../../src/graphql/errors';
import { logFor } from '../../src/log';
import { BadArgumentError, MissingApiKeyError } from '../../src/model/errors';

const formatted = (error: GraphQLError) => error.toJSON();

describe('formatError', () => {
  it('keeps the code and message of errors the API raises on purpose', () => {
    const error = badInput('first must be between 1 and 100; got 0.', 'first');
    expect(formatError(formatted(error), error, false)).toMatchObject({
      message: 'first must be between 1 and 100; got 0.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it("gives the subjects' refusals their codes, naming the argument, wherever a resolver threw them", () => {
    const thrown = (error: Error) =>
      new GraphQLError(error.message, { originalError: error, path: ['statements'] });
    const bad = thrown(new BadArgumentError('first must be between 1 and 100; got 0.', 'first'));
    expect(formatError(formatted(bad), bad, false)).toEqual({
      message: 'first must be between 1 and 100; got 0.',
      path: ['statements'],
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
    const noKey = thrown(new MissingApiKeyError());
    expect(formatError(formatted(noKey), noKey, false)).toMatchObject({
      message: expect.stringMatching(/API key/),
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('masks anything unexpected, without a stack trace, and logs it under the request id', () => {
    const log = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const secret = new Error('Cypher query x failed: password=hunter2');
    const wrapped = new GraphQLError(secret.message, {
      originalError: secret,
      extensions: { stacktrace: ['at x'] },
    });
    const shown = formatError(formatted(wrapped), wrapped, false);
    expect(shown).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    logIfUnexpected(wrapped, logFor('req-9'));
    logIfUnexpected(badInput('first must be positive.', 'first'), logFor('req-9'));
    expect(log.mock.calls).toEqual([
      [expect.stringMatching(/^Unexpected error requestId=req-9 .*password=hunter2/)],
    ]);
    log.mockRestore();
  });

  it('drops stack traces from known errors outside development', () => {
    const error = new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'down');
    const withStack = {
      ...formatted(error),
      extensions: { code: 'SERVICE_UNAVAILABLE', stacktrace: ['at y'] },
    };
    expect(formatError(withStack, error, false).extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(formatError(withStack, error, true).extensions).toHaveProperty('stacktrace');
  });
});

describe('translateDriverError', () => {
  it('maps an unreachable database, by the driver error code, to one the API answers SERVICE_UNAVAILABLE', () => {
    const translated = translateDriverError(new Neo4jError('no route', 'ServiceUnavailable', '', ''), 'q');
    expect(translated).toBeInstanceOf(DatabaseUnavailableError);
    const wrapped = new GraphQLError('x', { originalError: translated as Error, path: ['statements'] });
    expect(formatError(formatted(wrapped), wrapped, false).extensions?.code).toBe('SERVICE_UNAVAILABLE');
  });

  it('names the failing query for other database errors', () => {
    const translated = translateDriverError(
      new Neo4jError('bad', 'Neo.ClientError.Statement.SyntaxError', '', ''),
      'eventsPage',
    );
    expect(String(translated)).toMatch(
      /Cypher query eventsPage failed: Neo\.ClientError\.Statement\.SyntaxError/,
    );
  });
});
