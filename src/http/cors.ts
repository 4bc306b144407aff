import type { IncomingMessage, ServerResponse } from 'node:http';
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
const EXPOSED_HEADERS = `x-request-id, retry-after, ${BOOKMARKS_HEADER}`;

/**
 * CORS from an allow-list of exact origins. An allowed origin gets `Access-Control-Allow-Origin` on
 * every answer and its preflight (OPTIONS) is answered 204; other origins get no CORS headers (the
 * browser then blocks them) and a refused preflight. Requests without an Origin (curl, servers) are
 * not affected. Apollo's CSRF prevention stays on: a cross-origin "simple" request still needs the
 * preflight that only allowed origins pass.
 *
 * Returns a check on the bare node request: true when it has answered (a preflight), false when the
 * request goes on (with the CORS headers set).
 */
export function corsCheck(allowedOrigins: readonly string[]) {
  const allowed = new Set(allowedOrigins);
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    const origin = req.headers.origin;
    varyOnOrigin(res);
    const preflight = req.method === 'OPTIONS' && req.headers['access-control-request-method'] !== undefined;
    if (origin && allowed.has(origin)) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS);
      if (preflight) {
        res.setHeader('Access-Control-Allow-Methods', 'GET, POST, OPTIONS');
        res.setHeader('Access-Control-Allow-Headers', ALLOWED_HEADERS);
        res.setHeader('Access-Control-Max-Age', '600');
        res.statusCode = 204;
        res.end();
        return true;
      }
    } else if (preflight) {
      sendError(
        res,
        403,
        'CORS_ORIGIN_NOT_ALLOWED',
        `Origin ${String(origin ?? 'none').slice(0, 200)} is not allowed; add it to CORS_ORIGINS.`,
      );
      return true;
    }
    return false;
  };
}

/** `corsCheck` as Express middleware, for the routes Express serves. */
export function cors(allowedOrigins: readonly string[]) {
  const check = corsCheck(allowedOrigins);
  return (req: Request, res: Response, next: NextFunction): void => {
    if (!check(req, res)) next();
  };
}

/** Adds Origin to `Vary`, keeping what is there (Express's `res.vary`, on the bare response). */
function varyOnOrigin(res: ServerResponse): void {
  const current = res.getHeader('Vary');
  if (current === undefined) return void res.setHeader('Vary', 'Origin');
  const list = Array.isArray(current) ? current.join(', ') : String(current);
  if (!/(^|,)\s*(origin|\*)\s*(,|$)/i.test(list)) res.setHeader('Vary', `${list}, Origin`);
}
