import type { NextFunction, Request, Response } from 'express';
import { BOOKMARKS_HEADER } from './bookmarks';
import { sendError } from './errors';

/** What a browser front end sends: JSON, the API key, and Apollo's CSRF-prevention headers. */
const ALLOWED_HEADERS = [
  'content-type',
  'authorization',
  'apollo-require-preflight',
  'x-apollo-operation-name',
  'x-request-id',
  BOOKMARKS_HEADER,
].join(', ');

/**
 * CORS from an allow-list of exact origins. An allowed origin gets `Access-Control-Allow-Origin` on
 * every answer and its preflight (OPTIONS) is answered 204; other origins get no CORS headers (the
 * browser then blocks them) and a refused preflight. Requests without an Origin (curl, servers) are
 * not affected. Apollo's CSRF prevention stays on: a cross-origin "simple" request still needs the
 * preflight that only allowed origins pass.
 */
export function cors(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    const origin = req.headers.origin;
    res.vary('Origin');
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', `x-request-id, retry-after, ${BOOKMARKS_HEADER}`);
      if (preflight) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
        res.status(204).end();
        return;
      }
    } else if (preflight) {
      return sendError(
        res,
        403,
        'CORS_ORIGIN_NOT_ALLOWED',
        `Origin ${String(origin ?? 'none').slice(0, 200)} is not allowed; add it to CORS_ORIGINS.`,
      );
    }
    next();
  };
}
