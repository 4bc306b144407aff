import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';
import { log, withRequestId } from '../log';

/** A client's own request id is kept if it is short and plain, so it can be followed across services. */
const CLIENT_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives every request an id (the client's `X-Request-Id` or a new UUID), echoes it as a response
 * header, runs the rest of the request under it (so every log line carries it), and logs one line when
 * the answer is sent: method, path, status, milliseconds.
 */
export function requestLog() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const fromClient = req.headers['x-request-id'];
    const requestId =
      typeof fromClient === 'string' && CLIENT_ID.test(fromClient) ? fromClient : randomUUID();
    res.setHeader('X-Request-Id', requestId);
    res.locals.requestId = requestId;
    const started = performance.now();
    res.on('finish', () =>
      withRequestId(requestId, () =>
        log.info('request', {
          method: req.method,
          path: req.originalUrl.split('?')[0]?.slice(0, 200),
          status: res.statusCode,
          ms: Math.round(performance.now() - started),
        }),
      ),
    );
    withRequestId(requestId, next);
  };
}

/**
 * Re-enters the request's log scope. Body parsing resumes from socket events, which run outside it,
 * so this goes right before the handler whose work should carry the request id.
 */
export function inRequestScope() {
  return (_req: Request, res: Response, next: NextFunction): void => {
    const requestId: unknown = res.locals.requestId;
    if (typeof requestId === 'string') withRequestId(requestId, next);
    else next();
  };
}
