import type { IncomingMessage, ServerResponse } from 'node:http';
import express from 'express';

/** What nearly every client sends: JSON in UTF-8, neither compressed nor chunked, its length given. */
const PLAIN_JSON = /^application\/json\s*(?:;\s*charset="?utf-8"?\s*)?$/i;
const DIGITS = /^\d+$/;
const BYTE_ORDER_MARK = 0xfeff;
// eslint-disable-next-line no-control-regex -- JSON's whitespace, as RFC 8259 defines it
const FIRST_NON_WHITESPACE = /^[\x20\x09\x0a\x0d]*([^\x20\x09\x0a\x0d]|$)/;

/** A refusal shaped as body-parser's (`status`, `type`), so errors.ts answers both alike. */
class BodyError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The JSON body of a request, as `express.json({ limit })` reads it (the same answers, the same
 * errors for errors.ts to turn into codes), with body-parser's general machinery (content-type
 * parsing, charset and encoding look-ups, streams for compressed bodies) only where it is needed:
 * a plain JSON body (see `PLAIN_JSON`, a Content-Length, no Content-Encoding) is read here. That is
 * every request of the explorer, the benchmark and ordinary clients, and body-parser's per-request
 * work was a measurable part of the server's CPU per request (issue 9).
 */
export function jsonBodyReader(limit: number) {
  const bodyParser = express.json({ limit });
  const viaBodyParser = (req: IncomingMessage, res: ServerResponse) =>
    new Promise<unknown>((resolve, reject) =>
      bodyParser(req, res, (error?: unknown) =>
        error ? reject(error) : resolve((req as { body?: unknown }).body),
      ),
    );
  return (req: IncomingMessage, res: ServerResponse): Promise<unknown> => {
    const { headers } = req;
    const length = headers['content-length'];
    const plain =
      length !== undefined &&
      DIGITS.test(length) &&
      headers['content-encoding'] === undefined &&
      headers['transfer-encoding'] === undefined &&
      PLAIN_JSON.test(headers['content-type'] ?? '');
    return plain ? readPlainJson(req, Number(length), limit) : viaBodyParser(req, res);
  };
}

/** Reads `length` bytes of UTF-8 JSON; over `limit`, refused once the body is drained (as body-parser does). */
function readPlainJson(req: IncomingMessage, length: number, limit: number): Promise<unknown> {
  return new Promise((resolve, reject) => {
    if (length > limit) {
      const error = new BodyError(413, 'entity.too.large', 'request entity too large');
      if (req.complete) return reject(error);
      // Whichever comes first: the body's end, or the connection closing before it.
      req.once('end', () => reject(error)).once('close', () => reject(error));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let received = 0;
    req.on('data', (chunk: Buffer) => {
      received += chunk.length;
      chunks.push(chunk);
    });
    req.once('end', () => {
      if (received !== length) {
        return reject(
          new BodyError(400, 'request.size.invalid', 'request size did not match content length'),
        );
      }
      try {
        resolve(parseStrictJson(Buffer.concat(chunks, received).toString('utf8')));
      } catch (error) {
        reject(new BodyError(400, 'entity.parse.failed', (error as Error).message));
      }
    });
    req.once('error', () => reject(new BodyError(400, 'request.aborted', 'request aborted')));
  });
}

/** body-parser's strict JSON: an object or an array (after a byte order mark and whitespace), or nothing. */
function parseStrictJson(text: string): unknown {
  const body = text.charCodeAt(0) === BYTE_ORDER_MARK ? text.slice(1) : text;
  if (body.length === 0) return {};
  const first = body[0] === '{' || body[0] === '[' ? body[0] : FIRST_NON_WHITESPACE.exec(body)?.[1];
  if (first !== '{' && first !== '[') throw new SyntaxError('JSON body must be an object or an array');
  return JSON.parse(body) as unknown;
}
