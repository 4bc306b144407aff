import net from 'node:net';

/**
 * Turns off Nagle's algorithm on every TCP socket this process opens, the Bolt sockets included
 * (neo4j-driver 5 sets only keep-alive and has no option for it). Only for `--tcp-nodelay`, which
 * shows what that change would give: a query whose request is written in two parts can otherwise
 * wait ~40 ms for a delayed ACK.
 */
export function disableNagle(): void {
  const connect = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function (this: net.Socket, ...args: unknown[]) {
    this.setNoDelay(true);
    return (connect as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof connect;
}
