import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';
import { requestLogOf } from './requestLog';

/**
 * The GraphQL error shape, for answers that never reach GraphQL (bad JSON, wrong route or method).
 * Written on the bare node response, so the /graphql route (no Express) and Express's routes share it.
 */
export function sendError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/** A JSON answer with its length (what Express's `res.json` sends, without its ETag). */
export function sendJson(res: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  res.statusCode = status;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** Unknown routes: a JSON 404 that says where the API is. */
export function notFound(req: Request, res: Response): void {
  sendError(
    res,
    404,
    'NOT_FOUND',
    `Nothing at ${req.method} ${req.path.slice(0, 100)}; the API is POST /graphql.`,
  );
}

/** A route that exists for other methods: 405 with `Allow`. */
export function methodNotAllowed(allow: string) {
  return (req: IncomingMessage, res: ServerResponse): void => {
    res.setHeader('Allow', allow);
    sendError(res, 405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here; use ${allow}.`);
  };
}

/** body-parser's documented error `type`s, mapped to a status, a code and what to do. */
const BODY_ERRORS: Record<string, { status: number; code: string; message: (limit: string) => string }> = {
  'entity.parse.failed': {
    status: 400,
    code: 'BAD_REQUEST',
    message: () => 'The request body is not valid JSON.',
  },
  'entity.too.large': {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    message: (limit) => `The request body is over the limit of ${limit} bytes (MAX_BODY_BYTES).`,
  },
  'encoding.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'The request body encoding is not supported; send identity, gzip or deflate.',
  },
  'charset.unsupported': {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    message: () => 'The request body charset is not supported; send UTF-8.',
  },
};

/**
 * Answers an error from reading a request (body-parser's, or any other): a small JSON body with a
 * code, never an HTML page or a stack trace. Unexpected ones are logged (with the request id) and masked.
 */
export function sendRequestError(res: ServerResponse, error: unknown, maxBodyBytes: number): void {
  const type = (error as { type?: unknown }).type;
  const known = typeof type === 'string' ? BODY_ERRORS[type] : undefined;
  if (known)
    return sendError(res, known.status, known.code, known.message(maxBodyBytes.toLocaleString('en')));
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return sendError(res, status, 'BAD_REQUEST', 'The request could not be read.');
  }
  requestLogOf(res).error('Unexpected error', { error });
  sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
}

/** The last Express middleware: every error Express sees is answered by `sendRequestError`. */
export function errorHandler(maxBodyBytes: number) {
  return (error: unknown, _req: Request, res: Response, next: NextFunction): void => {
    if (res.headersSent) return next(error);
    sendRequestError(res, error, maxBodyBytes);
  };
}
