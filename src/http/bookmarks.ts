import type { IncomingMessage } from 'node:http';

/**
 * Read-your-writes across API replicas. After a mutation the answer carries `Neo4j-Bookmarks` (the
 * database's bookmarks once the write committed); a client that sends it back on later requests,
 * to any replica, has its reads wait until that write is visible there. Bookmarks are opaque and
 * short; anything that does not look like one is ignored here, and one the database did not issue is
 * refused as BAD_USER_INPUT for that request only.
 */
export const BOOKMARKS_HEADER = 'neo4j-bookmarks';

const BOOKMARK = /^[\w:+/=.-]{1,256}$/;
const MAX_BOOKMARKS = 16;

export function bookmarksOf(req: IncomingMessage): string[] {
  const header = req.headers[BOOKMARKS_HEADER];
  if (typeof header !== 'string') return [];
  return header
    .split(',')
    .map((bookmark) => bookmark.trim())
    .filter((bookmark) => BOOKMARK.test(bookmark))
    .slice(0, MAX_BOOKMARKS);
}
