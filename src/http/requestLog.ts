import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { type Logger, log, logFor } from '../log';

/** A client's own request id is kept if it is short and plain, so it can be followed across services. */
const CLIENT_ID = /^[\w.:-]{1,64}$/;

/** Each response's request logger, for what answers it without the logger in hand (error handlers). */
const loggers = new WeakMap<ServerResponse, Logger>();

/**
 * Gives a request an id (the client's `X-Request-Id` or a new UUID), echoes it as a response header,
 * and logs one line when the answer is sent: method, path, status, milliseconds. Returns the
 * request's logger (its lines carry the id), which the caller hands to whatever logs while serving it.
 */
export function beginRequest(req: IncomingMessage, res: ServerResponse): Logger {
  const fromClient = req.headers['x-request-id'];
  const requestId = typeof fromClient === 'string' && CLIENT_ID.test(fromClient) ? fromClient : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  const requestLog = logFor(requestId);
  loggers.set(res, requestLog);
  const started = performance.now();
  res.on('finish', () =>
    requestLog.info('request', {
      method: req.method,
      path: req.url?.split('?')[0]?.slice(0, 200),
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
    }),
  );
  return requestLog;
}

/** The logger of the request a response answers (the server's own if `beginRequest` never saw it). */
export function requestLogOf(res: ServerResponse): Logger {
  return loggers.get(res) ?? log;
}

/** `beginRequest` as Express middleware, for the routes Express serves. */
export function requestLog() {
  return (req: Request, res: Response, next: NextFunction): void => {
    beginRequest(req, res);
    next();
  };
}
