import { createHash, timingSafeEqual } from 'node:crypto';

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/**
 * Whether the Authorization header carries the API key. Compared in constant time over SHA-256
 * digests (equal lengths whatever was sent), so the time taken says nothing about how much of a
 * guess was right, nor how long the key is.
 */
export function isAuthorized(header: string | undefined, apiKey: string | null): boolean {
  if (apiKey === null || apiKey.length === 0 || header === undefined) return false;
  return timingSafeEqual(digest(header), digest(`Bearer ${apiKey}`));
}
