import type { NextFunction, Request, Response } from 'express';
import type { Limits } from './config';
import { LimitError } from './limitError';
import { countTokens } from './tokens';

/** The query text of a GraphQL request over HTTP: POST body or GET `?query=`. */
function queryText(req: Request): string | null {
  const fromBody: unknown = (req.body as { query?: unknown } | undefined)?.query;
  if (typeof fromBody === 'string') return fromBody;
  const fromUrl: unknown = req.query.query;
  return typeof fromUrl === 'string' ? fromUrl : null;
}

/**
 * Counts a GraphQL request's tokens before Apollo parses it, stopping at the limit, and refuses it
 * with TOKEN_LIMIT_EXCEEDED when over: the cheapest check, and the one that bounds all later work
 * (parsing, validation, the other limits). Batched (array) bodies are left to Apollo, which refuses them.
 */
export function tokenGuard(limits: Pick<Limits, 'maxTokens'>) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const query = queryText(req);
    if (query === null || countTokens(query, limits.maxTokens) <= limits.maxTokens) return next();
    const error = new LimitError('maxTokens', limits.maxTokens, null);
    const { http: _http, ...extensions } = error.extensions;
    res.status(400).json({ errors: [{ message: error.message, extensions }] });
  };
}
