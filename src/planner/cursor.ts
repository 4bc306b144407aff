import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Keyset } from './plan';

/**
 * Cursors are opaque to clients: the sort key and id of the last item, bound to the list they came
 * from (its field, parent, filters and order) and signed, so a cursor from another list, or one that
 * was edited, is refused instead of silently giving a wrong page. The secret only needs to be the
 * same on every replica (CURSOR_SECRET); cursors are not credentials.
 */
const SECRET = process.env.CURSOR_SECRET ?? 'conflict-graph cursors';
const MAX_CURSOR_LENGTH = 512;

function signature(list: string, payload: string): Buffer {
  return createHmac('sha256', SECRET).update(list).update('\0').update(payload).digest().subarray(0, 12);
}

export function encodeCursor(list: string, keyset: Keyset): string {
  const payload = Buffer.from(JSON.stringify([keyset.key, keyset.id]), 'utf8').toString('base64url');
  return `${payload}.${signature(list, payload).toString('base64url')}`;
}

export class CursorError extends Error {}

/** The keyset a cursor stands for, or a CursorError when it is not one this list issued. */
export function decodeCursor(list: string, cursor: string): Keyset {
  const refuse = () => new CursorError('is not a cursor of this list (with these arguments)');
  if (cursor.length > MAX_CURSOR_LENGTH)
    throw new CursorError(`is longer than ${MAX_CURSOR_LENGTH} characters`);
  const [payload, signed, extra] = cursor.split('.');
  if (!payload || !signed || extra !== undefined) throw refuse();
  const expected = signature(list, payload);
  const given = Buffer.from(signed, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw refuse();
  const [key, id] = parsed as unknown[];
  const scalar = (v: unknown) => v === null || typeof v === 'string' || typeof v === 'number';
  const keyOk = scalar(key) || (Array.isArray(key) && key.length <= 4 && key.every(scalar));
  if (!keyOk || typeof id !== 'string') throw refuse();
  return { key: key as Keyset['key'], id };
}
