import net from 'node:net';
import tls from 'node:tls';
import { coalesceWrites } from '../../../src/db/coalesceWrites';
import { setNoDelayOnClientSockets } from '../../../src/db/noDelay';

/** A local TCP server that collects what each connection sends until it closes. */
async function collector(): Promise<{ port: number; received: Promise<Buffer>; close: () => void }> {
  let resolveReceived: (data: Buffer) => void = () => undefined;
  const received = new Promise<Buffer>((resolve) => (resolveReceived = resolve));
  const server = net.createServer((connection) => {
    const chunks: Buffer[] = [];
    connection.on('data', (chunk: Buffer) => chunks.push(chunk));
    connection.on('end', () => {
      resolveReceived(Buffer.concat(chunks));
      connection.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { port, received, close: () => server.close() };
}

const nextTick = () => new Promise<void>((resolve) => process.nextTick(resolve));

/**
 * Three writes in one synchronous step (as the driver flushes a long query in 1,400-byte chunks) are
 * held while the step runs and leave together on the next tick; the peer gets the same bytes in order.
 */
async function writeThreeParts(socket: net.Socket): Promise<{ heldBytes: number; corked: number }> {
  const parts = [Buffer.alloc(1400, 'a'), Buffer.alloc(1400, 'b'), Buffer.from('end of message')];
  for (const part of parts) socket.write(part);
  const held = { heldBytes: socket.writableLength, corked: socket.writableCorked };
  await nextTick();
  return held;
}

describe('coalesceWrites', () => {
  it('sends the writes of one synchronous step together on the next tick, bytes and order unchanged', async () => {
    const peer = await collector();
    const socket = net.connect(peer.port, '127.0.0.1');
    coalesceWrites(socket); // before connect() has run, as the diagnostics channel reports it
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    try {
      const held = await writeThreeParts(socket);
      expect(held).toEqual({ heldBytes: 2814, corked: 1 });
      expect(socket.writableCorked).toBe(0);
      // A later step is a write of its own.
      socket.write('!');
      expect(socket.writableCorked).toBe(1);
      socket.end();
      const data = await peer.received;
      expect(data.length).toBe(2815);
      expect(data.subarray(0, 1400).every((byte) => byte === 97)).toBe(true);
      expect(data.subarray(1400, 2800).every((byte) => byte === 98)).toBe(true);
      expect(data.subarray(2800).toString()).toBe('end of message!');
    } finally {
      socket.destroy();
      peer.close();
    }
  });

  it('is what every client socket gets with TCP_NODELAY (net.connect, through the diagnostics channel)', async () => {
    setNoDelayOnClientSockets();
    const peer = await collector();
    const socket = net.connect(peer.port, '127.0.0.1');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    try {
      expect(await writeThreeParts(socket)).toEqual({ heldBytes: 2814, corked: 1 });
      socket.end();
      expect((await peer.received).length).toBe(2814);
    } finally {
      socket.destroy();
      peer.close();
    }
  });

  it('leaves a socket that someone else corked to them (one cork, one uncork)', async () => {
    const peer = await collector();
    const socket = net.connect(peer.port, '127.0.0.1');
    coalesceWrites(socket);
    coalesceWrites(socket); // reported twice (a TLS socket can be): wrapped once
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    try {
      socket.cork();
      socket.write('a');
      expect(socket.writableCorked).toBe(1);
      await nextTick();
      expect(socket.writableCorked).toBe(1); // still theirs to uncork
      socket.uncork();
      socket.write('b');
      expect(socket.writableCorked).toBe(1);
      await nextTick();
      expect(socket.writableCorked).toBe(0);
      socket.end();
      expect((await peer.received).toString()).toBe('ab');
    } finally {
      socket.destroy();
      peer.close();
    }
  });

  it('is set up once per process, however many module registries load it (one per Jest test file)', async () => {
    // Each test file has its own registry, so its own copy of src/db; the diagnostics channel, `net`
    // and `tls` are Node's own and shared. Every copy used to subscribe again: after ten files each
    // new socket got eleven 'connect' listeners (MaxListenersExceededWarning) and eleven nested writes.
    const copies = Array.from({ length: 12 }, () => {
      let copy: typeof import('../../../src/db/noDelay') | undefined;
      jest.isolateModules(() => {
        copy = jest.requireActual<typeof import('../../../src/db/noDelay')>('../../../src/db/noDelay');
      });
      return copy as typeof import('../../../src/db/noDelay');
    });
    const connect = tls.connect;
    for (const copy of copies) copy.setNoDelayOnClientSockets();
    expect(tls.connect).toBe(connect);
    const peer = await collector();
    const socket = net.connect(peer.port, '127.0.0.1');
    const listeners = socket.listenerCount('connect');
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
    try {
      expect(listeners).toBe(1);
      const write = socket.write;
      expect(await writeThreeParts(socket)).toEqual({ heldBytes: 2814, corked: 1 });
      expect(socket.write).toBe(write);
      socket.end();
      expect((await peer.received).length).toBe(2814);
    } finally {
      socket.destroy();
      peer.close();
    }
  });
});
