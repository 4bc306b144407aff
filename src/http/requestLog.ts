import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { log, withRequestId } from '../log';

/** A client's own request id is kept if it is short and plain, so it can be followed across services. */
const CLIENT_ID = /^[\w.:-]{1,64}$/;

/**
 * Gives a request an id (the client's `X-Request-Id` or a new UUID), echoes it as a response header,
 * and logs one line when the answer is sent: method, path, status, milliseconds. Returns the id; the
 * caller runs the rest of the request under it (`withRequestId`), so every log line carries it.
 */
export function beginRequest(req: IncomingMessage, res: ServerResponse): string {
  const fromClient = req.headers['x-request-id'];
  const requestId = typeof fromClient === 'string' && CLIENT_ID.test(fromClient) ? fromClient : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const started = performance.now();
  res.on('finish', () =>
    withRequestId(requestId, () =>
      log.info('request', {
        method: req.method,
        path: req.url?.split('?')[0]?.slice(0, 200),
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      }),
    ),
  );
  return requestId;
}

/** `beginRequest` as Express middleware, for the routes Express serves. */
export function requestLog() {
  return (req: Request, res: Response, next: NextFunction): void => {
    const requestId = beginRequest(req, res);
    withRequestId(requestId, next);
  };
}
