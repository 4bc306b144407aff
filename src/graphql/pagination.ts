import neo4j, { type Integer } from 'neo4j-driver';
import { badInput } from './errors';

const MAX_PAGE_SIZE = 100;

/** What a list query needs to fetch one page: one row more than asked, to know if there is a next page. */
export interface PageWindow {
  first: number;
  fetch: Integer;
  afterKey: string | number | null;
  afterId: string | null;
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

/** The page size a client asked for, checked against the bounds every list shares. */
export function pageSize(first: number | null | undefined, defaultSize = 20): number {
  const size = first ?? defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 1 and ${MAX_PAGE_SIZE}; got ${size}.`, 'first');
  }
  return size;
}

export function pageWindow(args: PageArgs, defaultSize = 20): PageWindow {
  const first = pageSize(args.first, defaultSize);
  const after = args.after ? decodeCursor(args.after) : null;
  return { first, fetch: neo4j.int(first + 1), afterKey: after?.key ?? null, afterId: after?.id ?? null };
}

interface CursorValue {
  key: string | number | null;
  id: string;
}

/**
 * Cursors are opaque to clients but are the (sort key, id) of the last row: paging resumes after that
 * row even when rows are added before it, so a cursor stays valid as the graph grows.
 */
export function encodeCursor(key: string | number | null, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorValue {
  const invalid = () =>
    badInput(`after is not a cursor this API issued: ${JSON.stringify(cursor)}.`, 'after');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(parsed) || parsed.length !== 2) throw invalid();
  const [key, id] = parsed as unknown[];
  const keyOk = key === null || typeof key === 'string' || typeof key === 'number';
  if (!keyOk || typeof id !== 'string') throw invalid();
  return { key, id };
}

/** A page as the data layer hands it to GraphQL; `count` runs only if totalCount is selected. */
export interface ConnectionPage<Row> {
  edges: { cursor: string; node: Row }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  count: () => Promise<number>;
}

export interface KeyedRow<Row> {
  key: string | number | null;
  node: Row & { id: string };
}

export function toConnection<Row>(
  rows: KeyedRow<Row>[],
  window: PageWindow,
  count: () => Promise<number>,
): ConnectionPage<Row & { id: string }> {
  const page = rows.slice(0, window.first);
  const edges = page.map((row) => ({ cursor: encodeCursor(row.key, row.node.id), node: row.node }));
  let counted: Promise<number> | undefined;
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > window.first, endCursor: edges.at(-1)?.cursor ?? null },
    count: () => (counted ??= count()),
  };
}
