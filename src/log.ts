/**
 * One logger for the server. In production it writes one JSON object a line (time, level, msg, the
 * request id of the request being served, and fields) for a log collector; in development, readable
 * lines. What is logged while serving a request goes through that request's logger (`logFor`, handed
 * down in the GraphQL context and kept for the response: src/http/requestLog.ts), so every line
 * carries its id. The id is handed down rather than kept in an AsyncLocalStorage scope: a scope makes
 * Node run its promise hooks for every promise of every request, which cost more CPU per request than
 * anything else the server does around the query (issue 9).
 */
type Level = 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

export interface Logger {
  info: (msg: string, fields?: Fields) => void;
  warn: (msg: string, fields?: Fields) => void;
  error: (msg: string, fields?: Fields) => void;
}

const RANK: Record<Level, number> = { info: 0, warn: 1, error: 2 };
const CONSOLE: Record<Level, (line: string) => void> = {
  info: (line) => console.info(line),
  warn: (line) => console.warn(line),
  error: (line) => console.error(line),
};
let asJson = false;
// Until the server configures it (main.ts), only warnings and errors are written: tests stay quiet.
let lowest: Level = 'warn';

export function configureLog(options: { json: boolean; level?: Level }): void {
  asJson = options.json;
  lowest = options.level ?? 'info';
}

/** Errors become plain fields (name, message, code; stack only in the server's own log). */
function plain(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const { code } = value as { code?: unknown };
  return { name: value.name, message: value.message, ...(code ? { code } : {}), stack: value.stack };
}

function write(level: Level, requestId: string | undefined, msg: string, fields: Fields = {}): void {
  if (RANK[level] < RANK[lowest]) return;
  const entries = Object.entries(fields).map(([key, value]) => [key, plain(value)] as const);
  if (asJson) {
    const line = { time: new Date().toISOString(), level, msg, ...(requestId ? { requestId } : {}) };
    CONSOLE[level](JSON.stringify({ ...line, ...Object.fromEntries(entries) }));
    return;
  }
  const details = entries.map(
    ([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`,
  );
  CONSOLE[level]([msg, ...(requestId ? [`requestId=${requestId}`] : []), ...details].join(' '));
}

/** The logger of one request: its lines carry `requestId`. */
export function logFor(requestId: string | undefined): Logger {
  return {
    info: (msg, fields) => write('info', requestId, msg, fields),
    warn: (msg, fields) => write('warn', requestId, msg, fields),
    error: (msg, fields) => write('error', requestId, msg, fields),
  };
}

/** The server's own logger, for what happens outside any request (start-up, shutdown, the driver). */
export const log: Logger = logFor(undefined);
