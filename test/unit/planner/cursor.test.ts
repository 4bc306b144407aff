import { CursorError, decodeCursor, encodeCursor } from '../../../src/planner/cursor';

describe('cursors', () => {
  const list = 'Query.statements([]):ASC';

  it('round-trip the keyset of the list that issued them', () => {
    for (const key of ['2023-09-19', 12.5, null, ['2023-09-19', 'Armenia']]) {
      expect(decodeCursor(list, encodeCursor(list, { key, id: 'statement:x' }))).toEqual({
        key,
        id: 'statement:x',
      });
    }
  });

  it('are refused by another list, another order or other filters', () => {
    const cursor = encodeCursor(list, { key: '2023-09-19', id: 'statement:x' });
    for (const other of [
      'Query.events([]):ASC',
      'Query.statements([]):DESC',
      'Query.statements([["stance","ACCUSES"]]):ASC',
    ]) {
      expect(() => decodeCursor(other, cursor)).toThrow(CursorError);
    }
  });

  it('are refused when edited, malformed or too long', () => {
    const cursor = encodeCursor(list, { key: '2023-09-19', id: 'statement:x' });
    const [, signature] = cursor.split('.');
    const edited = `${Buffer.from(JSON.stringify(['2024-01-01', 'statement:x'])).toString('base64url')}.${signature}`;
    for (const bad of [edited, 'garbage', '', `${cursor}.x`, 'a'.repeat(10_000)]) {
      expect(() => decodeCursor(list, bad)).toThrow(CursorError);
    }
  });
});
