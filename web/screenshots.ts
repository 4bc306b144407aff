import fs from 'node:fs';
import path from 'node:path';
import { launchChromium, watchedPage } from '../test/support/browser';

/**
 * `npm run screenshots`: full-page screenshots of every explorer page from a running `npm start`
 * (PORT, default 4000) into docs/screenshots/, in headless Debian Chromium. Each shot waits for the
 * page's own content, not for a fixed time, and the run fails on any console error.
 */
const base = `http://localhost:${process.env.PORT ?? 4000}`;
const OUT = path.resolve(__dirname, '../docs/screenshots');

const SHOTS: { file: string; address: string; ready: string }[] = [
  { file: 'search-pashinian.png', address: '/explorer/search?q=Pashinian', ready: '#hits-actors' },
  { file: 'actor-charles-michel.png', address: '/explorer/actors/charles-michel', ready: '.graph canvas' },
  {
    file: 'event-lachin-clash-2022-08-03.png',
    address: '/explorer/events/2022-08-03-lachin-clash',
    ready: 'table.casualties',
  },
  {
    file: 'article-rferl-2022-08-03.png',
    address: '/explorer/articles/rferl-2022-08-03',
    ready: 'mark.span',
  },
  { file: 'article-span-selected.png', address: '/explorer/articles/upi-2022-08-04#SPAN', ready: '.detail' },
  {
    file: 'path-lavrov-to-klaar.png',
    address: '/explorer/path?from=actor:sergei-lavrov&to=actor:toivo-klaar',
    ready: 'ol.path-steps',
  },
  { file: 'unknown-actor.png', address: '/explorer/actors/nobody-at-all', ready: '.message' },
  { file: 'graphiql.png', address: '/graphiql', ready: '.graphiql-container' },
];

async function firstStatementSpan(articleId: string): Promise<string> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query:
        'query($id: ID!) { article(id: $id) { statements(first: 3) { edges { node { source { start end } } } } } }',
      variables: { id: articleId },
    }),
  });
  const body = (await response.json()) as {
    data: { article: { statements: { edges: { node: { source: { start: number; end: number } } }[] } } };
  };
  const source = body.data.article.statements.edges[2]?.node.source;
  return source ? `${source.start}-${source.end}` : '';
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const span = await firstStatementSpan('article:upi-2022-08-04');
  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const { page, problems } = await watchedPage(browser);
      await page.goto(`${base}${shot.address.replace('SPAN', span)}`);
      await page.locator(shot.ready).first().waitFor();
      if (shot.address === '/graphiql') {
        await page.locator('.graphiql-query-editor').getByText('WhoRespondedToTheLachinClash').waitFor();
        await page.locator('.graphiql-execute-button').click();
        await page.locator('.result-window', { hasText: 'Clash around the Lachin corridor' }).waitFor();
      }
      await page.waitForLoadState('networkidle');
      await page.screenshot({ path: path.join(OUT, shot.file), fullPage: !shot.address.includes('#') });
      if (problems.length > 0) throw new Error(`${shot.address}: ${problems.join('; ')}`);
      console.info(`docs/screenshots/${shot.file}  ${shot.address}`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
