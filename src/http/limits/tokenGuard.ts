import type { ServerResponse } from 'node:http';
import { sendJson } from '../errors';
import type { Limits } from './config';
import { LimitError } from './limitError';
import { countTokens } from './tokens';

/** The query text of a GraphQL request over HTTP: POST body or GET `?query=` (given once). */
export function queryText(body: unknown, search: URLSearchParams | null): string | null {
  const fromBody: unknown = (body as { query?: unknown } | undefined)?.query;
  if (typeof fromBody === 'string') return fromBody;
  const fromUrl = search?.getAll('query') ?? [];
  return fromUrl.length === 1 ? (fromUrl[0] ?? null) : null;
}

/**
 * Counts a GraphQL request's tokens before Apollo parses it, stopping at the limit, and refuses it
 * with TOKEN_LIMIT_EXCEEDED when over: the cheapest check, and the one that bounds all later work
 * (parsing, validation, the other limits). Batched (array) bodies are left to Apollo, which refuses them.
 * Returns true when it has answered.
 */
export function tokenGuard(limits: Pick<Limits, 'maxTokens'>) {
  return (query: string | null, res: ServerResponse): boolean => {
    if (query === null || countTokens(query, limits.maxTokens) <= limits.maxTokens) return false;
    const error = new LimitError('maxTokens', limits.maxTokens, null);
    const { http: _http, ...extensions } = error.extensions;
    sendJson(res, 400, { errors: [{ message: error.message, extensions }] });
    return true;
  };
}
