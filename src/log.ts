import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * One logger for the server. In production it writes one JSON object a line (time, level, msg, the
 * request id of the request being served, and fields) for a log collector; in development, readable
 * lines. Each request runs inside `withRequestId`, so anything logged while serving it carries its id.
 */
type Level = 'info' | 'warn' | 'error';
type Fields = Record<string, unknown>;

const requestScope = new AsyncLocalStorage<string>();
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

export function withRequestId<T>(requestId: string, run: () => T): T {
  return requestScope.run(requestId, run);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore();
}

/** Errors become plain fields (name, message, code; stack only in the server's own log). */
function plain(value: unknown): unknown {
  if (!(value instanceof Error)) return value;
  const { code } = value as { code?: unknown };
  return { name: value.name, message: value.message, ...(code ? { code } : {}), stack: value.stack };
}

function write(level: Level, msg: string, fields: Fields = {}): void {
  if (RANK[level] < RANK[lowest]) return;
  const requestId = currentRequestId();
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

export const log = {
  info: (msg: string, fields?: Fields) => write('info', msg, fields),
  warn: (msg: string, fields?: Fields) => write('warn', msg, fields),
  error: (msg: string, fields?: Fields) => write('error', msg, fields),
};
