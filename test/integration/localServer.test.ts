import fs from 'node:fs';
import net from 'node:net';
import { INSTANCES, instancePaths } from '../../src/db/local/instances';
import { startLocal } from '../../src/db/local/server';

/** A made-up instance (its own folder under .neo4j/) whose ports another program holds. */
it('refuses to start on a taken port, naming the port and what to do', async () => {
  const blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const port = (blocker.address() as net.AddressInfo).port;
  const instance = { ...INSTANCES.test, name: 'port-clash-check', boltPort: port, httpPort: port };
  try {
    await expect(startLocal(instance, () => undefined)).rejects.toThrow(
      new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is already taken.*NEO4J_URI`),
    );
  } finally {
    blocker.close();
    fs.rmSync(instancePaths(instance).home, { recursive: true, force: true });
  }
});
