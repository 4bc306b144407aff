import type { AddressInfo } from 'node:net';
import { INSTANCES } from '../../src/db/local/instances';
import { type App, createApp } from '../../src/http/app';
import { type Browser, launchChromium } from '../support/browser';
import { useSeededGraph } from '../support/fixtures';

/**
 * Neo4j Browser in one step, in the real Browser that the test Neo4j serves: `:guide <url>` opens the
 * project's guide, and its first slide's `:style <url>` loads the project's style.
 */
const seeded = useSeededGraph();
let app: App;
let browser: Browser;
let api: string;

beforeAll(async () => {
  app = await createApp({ graph: seeded.db.graph, isDevelopment: false, apiKey: null });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  api = `http://localhost:${(app.httpServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.httpServer.close();
});

it('answers the preflight Browser sends from its own origin', async () => {
  const response = await fetch(`${api}/neo4j/guide.html`, {
    method: 'OPTIONS',
    headers: {
      origin: `http://localhost:${INSTANCES.test.httpPort}`,
      'access-control-request-method': 'GET',
      'access-control-request-headers': 'x-requested-with',
    },
  });
  expect(response.status).toBe(204);
  expect(response.headers.get('access-control-allow-origin')).toBe('*');
  expect(response.headers.get('access-control-allow-headers')).toBe('x-requested-with');
});

it('opens the guide in Browser and applies the style from the API with one click', async () => {
  const password = process.env.TEST_NEO4J_PASSWORD ?? '';
  const page = await browser.context.newPage();
  const { httpPort, boltPort } = INSTANCES.test;
  await page.goto(`http://localhost:${httpPort}/browser/?dbms=neo4j://neo4j@localhost:${boltPort}`);
  await page.locator('input[type=password]').fill(password);
  await page.getByTestId('connect').click();
  await page.getByText('You are connected as user').waitFor({ timeout: 30_000 });

  const run = async (command: string) => {
    await page.locator('.monaco-editor').first().click();
    await page.keyboard.type(command);
    await page.keyboard.press('Enter');
  };
  await run(`:guide ${api}/neo4j/guide.html`);
  const styleCommand = `:style ${api}/neo4j/style.grass`;
  await page.getByRole('heading', { name: 'The conflict graph' }).first().waitFor();

  await page.getByText(styleCommand).first().click();
  await page.keyboard.press('Control+Enter');
  // The frame shows the style Browser fetched from the API and applied.
  await page.getByText('node.Person {').first().waitFor();
  await page.close();
});
