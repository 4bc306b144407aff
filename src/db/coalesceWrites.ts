import type net from 'node:net';

/**
 * Marks a socket already wrapped (a TLS socket may be reported twice), on the socket itself with a key
 * from the global symbol registry, so that two copies of this module (Jest loads one per test file)
 * still wrap it once.
 */
const COALESCING = Symbol.for('conflict-graph.coalesceWrites');
type Marked = net.Socket & { [COALESCING]?: true };

const uncork = (socket: net.Socket): void => {
  socket.uncork();
};

/**
 * Sends what a socket is given in one synchronous step as one write: the first write of a tick corks
 * the socket and the next tick uncorks it, so the parts go out together in one `writev` (as Node's own
 * HTTP does for a response's head and body).
 *
 * Why: neo4j-driver writes each message through a 1,400-byte chunk buffer that it flushes to the
 * socket whenever it fills, and the planner's queries are 2–9 kB of text, so one RUN + PULL became 2–7
 * socket writes; with TCP_NODELAY (./noDelay.ts) each was a system call and a TCP segment of its own,
 * which the server process and Neo4j both paid for on every request. Order and content are unchanged:
 * only the number of writes is.
 */
export function coalesceWrites(socket: net.Socket): void {
  const marked = socket as Marked;
  if (marked[COALESCING]) return;
  marked[COALESCING] = true;
  // `connect()` puts the prototype's `write` back on the socket (net.js undoes a write-after-end
  // guard there), and `net.connect()` publishes the socket before calling it: wrapped once connected,
  // before anyone's 'connect' listener writes.
  if (socket.pending) socket.prependOnceListener('connect', () => wrapWrite(socket));
  else wrapWrite(socket);
}

function wrapWrite(socket: net.Socket): void {
  const write = socket.write;
  socket.write = function coalescedWrite(this: net.Socket, ...args: Parameters<net.Socket['write']>) {
    if (this.writableCorked === 0) {
      this.cork();
      process.nextTick(uncork, this);
    }
    return write.apply(this, args);
  } as net.Socket['write'];
}
