import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import tls from 'node:tls';
import { createDriver } from '../../src/db/connection';

/**
 * Every Bolt socket the driver opens has Nagle's algorithm off (TCP_NODELAY), so a query written in
 * two parts never waits ~40 ms for a delayed ACK.
 */
it('the driver connects with TCP_NODELAY set on its Bolt socket', async () => {
  const uri = process.env.TEST_NEO4J_URI as string;
  const boltPort = Number(new URL(uri).port);
  const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
  const driver = createDriver({ uri, username: 'neo4j', password: process.env.TEST_NEO4J_PASSWORD ?? '' });
  try {
    await driver.executeQuery('RETURN 1');
    const disabledOn = setNoDelay.mock.contexts
      .filter((_socket, i) => setNoDelay.mock.calls[i]?.[0] === true)
      .map((socket) => (socket as net.Socket).remotePort);
    expect(disabledOn).toContain(boltPort);
  } finally {
    setNoDelay.mockRestore();
    await driver.close();
  }
});

/**
 * The same over TLS (neo4j+s://, bolt+ssc://): the driver's socket comes from tls.connect. A local
 * TLS server with a self-signed certificate (test-only, test/support/tls) stands in for Neo4j: the
 * socket is made and its option set before the Bolt handshake, which this server never answers.
 */
it('TLS Bolt sockets get TCP_NODELAY too', async () => {
  const dir = path.join(__dirname, '../support/tls');
  const server = tls.createServer(
    {
      key: fs.readFileSync(path.join(dir, 'localhost.key')),
      cert: fs.readFileSync(path.join(dir, 'localhost.crt')),
    },
    (socket) => socket.destroy(),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  const setNoDelay = jest.spyOn(net.Socket.prototype, 'setNoDelay');
  const driver = createDriver(
    { uri: `bolt+ssc://127.0.0.1:${port}`, username: 'neo4j', password: 'unused' },
    { poolSize: 1, acquisitionTimeoutMs: 2_000, connectionTimeoutMs: 2_000, maxRetryMs: 0 },
  );
  try {
    await expect(driver.executeQuery('RETURN 1')).rejects.toThrow();
    const tlsSocketsWithNoDelay = setNoDelay.mock.contexts.filter(
      (socket, i) => socket instanceof tls.TLSSocket && setNoDelay.mock.calls[i]?.[0] === true,
    );
    expect(tlsSocketsWithNoDelay.length).toBeGreaterThan(0);
  } finally {
    setNoDelay.mockRestore();
    await driver.close();
    server.close();
  }
});
