import diagnostics_channel from 'node:diagnostics_channel';
import type net from 'node:net';
import tls from 'node:tls';
import { coalesceWrites } from './coalesceWrites';

/**
 * Marks the set-up as done on Node's own `diagnostics_channel` module, with a key from the global symbol
 * registry: both are shared by every copy of this file in the process. A module-level flag is not:
 * Jest gives each test file its own module registry, so each file's copy subscribed again, and after
 * ten files every new socket got eleven 'connect' listeners (MaxListenersExceededWarning), eleven
 * nested write wrappers and eleven `tls.connect` wrappers.
 */
const SET_UP = Symbol.for('conflict-graph.setNoDelayOnClientSockets');
const shared = diagnostics_channel as unknown as Record<symbol, boolean | undefined>;

const noDelay = (socket: net.Socket): void => {
  socket.setNoDelay(true);
  coalesceWrites(socket);
};

/**
 * Turns Nagle's algorithm off on the TCP sockets this process opens as a client, the driver's Bolt
 * sockets among them. neo4j-driver 5 sets only keep-alive on its sockets and has no option for
 * TCP_NODELAY; Node publishes every client socket `net.connect()` creates on the `net.client.socket`
 * diagnostics channel (a public, supported API), so the option is set there without touching the
 * driver. Without it, a request the driver writes in two parts waits ~40 ms for a delayed ACK.
 *
 * TLS sockets (`neo4j+s://`, `bolt+ssc://` …) come from `tls.connect()`, which Node 20 does not publish
 * there (later versions do, since nodejs/node#58349). For those, `tls.connect` is wrapped once to do
 * the same: the driver looks it up on the module at each connection, so the wrapper is what it calls.
 * Setting the option twice is harmless, so a runtime that also publishes TLS sockets is fine.
 *
 * With Nagle off, every write is a segment of its own; the writes of one synchronous step (a message
 * the driver flushes in several chunks) are sent together (./coalesceWrites.ts).
 */
export function setNoDelayOnClientSockets(): void {
  if (shared[SET_UP]) return;
  shared[SET_UP] = true;
  diagnostics_channel.subscribe('net.client.socket', (message) =>
    noDelay((message as { socket: net.Socket }).socket),
  );
  const connect = tls.connect;
  tls.connect = ((...args: Parameters<typeof tls.connect>) => {
    const socket = connect(...args);
    noDelay(socket);
    return socket;
  }) as typeof tls.connect;
}
