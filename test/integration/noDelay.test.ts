import net from 'node:net';
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
