import { GraphQLError } from 'graphql';
import { decodeCursor, encodeCursor, pageWindow, toConnection } from '../../src/graphql/pagination';

describe('pageWindow', () => {
  it('fetches one row more than asked, to know whether there is a next page', () => {
    const window = pageWindow({ first: 5 });
    expect(window.first).toBe(5);
    expect(window.fetch.toNumber()).toBe(6);
    expect(window.afterId).toBeNull();
  });

  it.each([0, -1, 101, 100000, 2.5])('rejects first = %p with a message naming the limit', (first) => {
    expect(() => pageWindow({ first })).toThrow(/between 1 and 100/);
    try {
      pageWindow({ first });
    } catch (error) {
      expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
    }
  });

  it('resumes after the cursor it issued', () => {
    const window = pageWindow({ first: 2, after: encodeCursor('2022-08-03', 'statement:000-x') });
    expect(window.afterKey).toBe('2022-08-03');
    expect(window.afterId).toBe('statement:000-x');
  });
});

describe('cursors', () => {
  it('round-trip keys of every kind', () => {
    for (const key of ['Armenia', 12.5, null])
      expect(decodeCursor(encodeCursor(key, 'actor:a'))).toEqual({ key, id: 'actor:a' });
  });

  it.each([
    'not-a-cursor',
    Buffer.from('[1]').toString('base64url'),
    Buffer.from('{"a":1}').toString('base64url'),
  ])('rejects a malformed cursor %p as bad user input', (cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(/not a cursor this API issued/);
  });
});

describe('toConnection', () => {
  const rows = ['a', 'b', 'c'].map((id) => ({ key: id, node: { id } }));

  it('drops the look-ahead row and reports a next page', async () => {
    const page = toConnection(rows, pageWindow({ first: 2 }), async () => 3);
    expect(page.edges.map((e) => e.node.id)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: page.edges[1]?.cursor });
    expect(await page.count()).toBe(3);
  });

  it('counts only when asked, and once', async () => {
    const count = jest.fn(async () => 7);
    const page = toConnection(rows, pageWindow({ first: 5 }), count);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(count).not.toHaveBeenCalled();
    await Promise.all([page.count(), page.count()]);
    expect(count).toHaveBeenCalledTimes(1);
  });
});
