import diagnostics_channel from 'node:diagnostics_channel';
import type net from 'node:net';

let subscribed = false;

/**
 * Turns Nagle's algorithm off on the TCP sockets this process opens as a client, the driver's Bolt
 * sockets among them. neo4j-driver 5 sets only keep-alive on its sockets and has no option for
 * TCP_NODELAY; Node publishes every client socket `net.connect()` creates on the `net.client.socket`
 * diagnostics channel (a public, supported API), so the option is set there without touching the
 * driver. Without it, a request the driver writes in two parts waits ~40 ms for a delayed ACK.
 * TLS sockets (`neo4j+s://`) are made by `tls.connect()`, which Node does not publish there.
 */
export function setNoDelayOnClientSockets(): void {
  if (subscribed) return;
  subscribed = true;
  diagnostics_channel.subscribe('net.client.socket', (message) => {
    (message as { socket: net.Socket }).socket.setNoDelay(true);
  });
}
