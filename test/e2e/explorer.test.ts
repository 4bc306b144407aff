import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { type App, createApp } from '../../src/http/app';
import { ensureExplorerBuild } from '../../web/build';
import { type Browser, launchChromium, type PageElement, watchedPage } from '../support/browser';
import { useSeededGraph } from '../support/fixtures';

/**
 * The explorer in a real headless Chromium against the real app on the seeded test graph: each page
 * shows what the API answers, without console errors; an unknown id says so.
 */
const seeded = useSeededGraph();
let app: App;
let browser: Browser;
let base: string;

beforeAll(async () => {
  ensureExplorerBuild(() => undefined);
  // GraphiQL reads the schema by introspection, which production mode turns off unless
  // GRAPHQL_INTROSPECTION=true: this server is a production one with introspection switched on.
  app = await createApp({
    graph: seeded.db.graph,
    isDevelopment: false,
    apiKey: null,
    settings: { introspection: true },
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  app?.httpServer.close();
});

/** Opens an explorer address, runs the checks, then fails on any console error the page logged. */
async function visit(address: string, check: (page: Page) => Promise<void>): Promise<void> {
  const { page, problems } = await watchedPage(browser);
  try {
    await page.goto(`${base}${address}`);
    await check(page);
    expect(problems).toEqual([]);
  } finally {
    await page.close();
  }
}

const texts = (page: Page, selector: string) => page.locator(selector).allInnerTexts();

it('serves a production bundle at /explorer, for any address below it', async () => {
  const html = await (await fetch(`${base}/explorer/actors/anyone`)).text();
  const script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)?.[1];
  expect(script).toMatch(/^\/explorer\/assets\/explorer-[\w-]+\.js$/);
  const bundle = await fetch(`${base}${script}`);
  expect(bundle.headers.get('cache-control')).toContain('immutable');
  expect(await bundle.text()).not.toContain('jsxDEV');
});

describe('search', () => {
  it('finds Nikol Pashinyan by a spelling variant', async () => {
    await visit('/explorer/search?q=Pashinian', async (page) => {
      await page.getByRole('heading', { name: 'People, organisations and states' }).waitFor();
      const actors = await texts(page, '[aria-labelledby="hits-actors"] li > a');
      expect(actors[0]).toBe('Nikol Pashinyan');
      await page.getByRole('link', { name: 'Nikol Pashinyan' }).first().click();
      await page.getByRole('heading', { level: 1, name: 'Nikol Pashinyan' }).waitFor();
      expect(page.url()).toBe(`${base}/explorer/actors/nikol-pashinyan`);
    });
  });

  it('says when nothing matches', async () => {
    await visit('/explorer/search?q=Zzyzxqwv', async (page) => {
      await page.getByText('Nothing in the graph matches “Zzyzxqwv”.').waitFor();
    });
  });
});

describe('actor page', () => {
  it("shows Charles Michel's role and every statement, by year, each linked to its span", async () => {
    const { actor } = await seeded.api.data<{
      actor: { statements: { totalCount: number; edges: { node: { id: string; date: string } }[] } };
    }>(
      '{ actor(id: "actor:charles-michel") { statements(first: 100) { totalCount edges { node { id date } } } } }',
    );
    await visit('/explorer/actors/charles-michel', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Charles Michel' }).waitFor();
      expect(await texts(page, 'ul.roles li')).toEqual([
        'President of the European Council of European Council (dates not given in the sources)',
      ]);
      const cards = page.locator('#timeline ~ section.year article.statement');
      expect(await cards.count()).toBe(actor.statements.totalCount);
      const years = [...new Set(actor.statements.edges.map((edge) => edge.node.date.slice(0, 4)))].sort();
      expect(await texts(page, 'section.year > h3')).toEqual(years);
      const links = await page
        .locator('#timeline ~ section.year a', { hasText: 'Read it in the article' })
        .evaluateAll((anchors: PageElement[]) => anchors.map((anchor) => anchor.getAttribute('href')));
      expect(links).toHaveLength(actor.statements.totalCount);
      for (const link of links) expect(link).toMatch(/^\/explorer\/articles\/[^#]+#\d+-\d+$/);
      // The network view is drawn (a canvas inside the graph container).
      expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
    });
  });

  it('says so for an unknown id', async () => {
    await visit('/explorer/actors/nobody-at-all', async (page) => {
      await page.getByRole('heading', { name: 'No such actor' }).waitFor();
      await page.getByText('actor:nobody-at-all').waitFor();
    });
  });
});

describe('event page', () => {
  it('shows who responded to the 3 August 2022 clash, by side, and both casualty claims side by side', async () => {
    const { event } = await seeded.api.data<{
      event: { responseCount: number; respondents: { name: string }[]; casualtyClaims: { id: string }[] };
    }>(
      '{ event(id: "event:2022-08-03-lachin-clash") { responseCount respondents { name } casualtyClaims { id } } }',
    );
    await visit('/explorer/events/2022-08-03-lachin-clash', async (page) => {
      await page.getByRole('heading', { level: 1, name: 'Clash around the Lachin corridor' }).waitFor();
      await page.getByText('3 August 2022', { exact: false }).first().waitFor();
      const respondents = await texts(page, '#responded + p a');
      expect(respondents.sort()).toEqual(event.respondents.map((actor) => actor.name).sort());
      expect(respondents).toEqual(
        expect.arrayContaining([
          'Ministry of Foreign Affairs of Armenia',
          'Ministry of Foreign Affairs of Azerbaijan',
        ]),
      );
      expect(await page.locator('.sides article.statement').count()).toBe(event.responseCount);
      expect(await texts(page, '.sides .side > h3')).toEqual(
        expect.arrayContaining([expect.stringMatching(/^Armenia/), expect.stringMatching(/^Azerbaijan/)]),
      );
      const header = await texts(page, 'table.casualties thead th');
      expect(header).toEqual([
        'Casualties of',
        'According to Ministry of Defense of Azerbaijan',
        'According to Nagorno-Karabakh Defense Army',
        'Do the claims agree?',
      ]);
      const rows = await page
        .locator('table.casualties tbody tr')
        .evaluateAll((trs: PageElement[]) =>
          trs.map((tr) => Array.from(tr.children).map((cell) => cell.textContent?.trim() ?? '')),
        );
      expect(rows).toEqual([
        ['Azerbaijan', '1 killed', 'no figure given', 'Only one claimant gives a figure'],
        [
          'Nagorno-Karabakh Defense Army',
          'no figure given',
          '2 killed, 14 wounded',
          'Only one claimant gives a figure',
        ],
      ]);
      expect(await page.locator('ul.claim-quotes li').count()).toBe(event.casualtyClaims.length);
    });
  });

  it('says so for an unknown id', async () => {
    await visit('/explorer/events/no-such-event', async (page) => {
      await page.getByRole('heading', { name: 'No such event' }).waitFor();
    });
  });
});

describe('article page', () => {
  interface ArticleStatements {
    article: {
      text: string;
      statements: {
        edges: { node: { id: string; speaker: { name: string }; source: { start: number; end: number } } }[];
      };
    };
  }

  it('highlights every statement at its exact span, and #start-end opens at one', async () => {
    const { article } = await seeded.api.data<ArticleStatements>(
      '{ article(id: "article:rferl-2022-08-03") { text statements(first: 100) { edges { node { id speaker { name } source { start end } } } } } }',
    );
    const statements = article.statements.edges.map((edge) => edge.node);
    expect(statements.length).toBeGreaterThan(5);
    const target = statements[3];
    if (!target) throw new Error('unreachable');
    const { start, end } = target.source;
    await visit(`/explorer/articles/rferl-2022-08-03#${start}-${end}`, async (page) => {
      await page.locator('.article-text').waitFor();
      // The page shows the article text exactly, and each statement's marks spell out its exact span.
      expect(await page.locator('.article-text').evaluate((node: PageElement) => node.textContent)).toBe(
        article.text,
      );
      const marked = await page.locator('mark.span').evaluateAll((marks: PageElement[]) =>
        marks.map((mark) => ({
          ids: (mark.getAttribute('data-statements') ?? '').split(' '),
          start: Number(mark.getAttribute('data-start')),
          text: mark.textContent ?? '',
        })),
      );
      for (const statement of statements) {
        const pieces = marked.filter((mark) => mark.ids.includes(statement.id));
        expect(pieces[0]?.start).toBe(statement.source.start);
        expect(pieces.map((piece) => piece.text).join('')).toBe(
          article.text.slice(statement.source.start, statement.source.end),
        );
      }
      // The span asked for in the address is selected, and the side panel names its speaker.
      await page.locator(`.detail[data-selected="${target.id}"]`).waitFor();
      expect(await page.locator('.detail h3').innerText()).toBe(target.speaker.name);
    });
  });

  it('shows speaker and stance on click', async () => {
    await visit('/explorer/articles/trtworld-2021-11-16', async (page) => {
      await page.locator('mark.span').first().click();
      await page.locator('.detail').waitFor();
      expect(await page.locator('.detail .stance-tag').count()).toBe(1);
    });
  });

  it('says so for an unknown id', async () => {
    await visit('/explorer/articles/missing', async (page) => {
      await page.getByRole('heading', { name: 'No such article' }).waitFor();
    });
  });
});

describe('path view', () => {
  const lengths = async (from: string, to: string, maxDegree: number | null) => {
    const { paths } = await seeded.api.data<{ paths: { length: number }[] }>(
      'query($from: ID!, $to: ID!, $maxDegree: Int) { paths(from: $from, to: $to, maxHops: 6, maxDegree: $maxDegree, first: 5) { length } }',
      { from, to, maxDegree },
    );
    return paths.map((path) => path.length);
  };

  it('draws how two actors are connected, around hubs unless asked', async () => {
    const from = 'actor:sergei-lavrov';
    const to = 'actor:toivo-klaar';
    for (const hubs of [false, true]) {
      const found = await lengths(from, to, hubs ? null : 25);
      const steps = found[0] ?? 0;
      expect(steps).toBeGreaterThan(0);
      await visit(`/explorer/path?from=${from}&to=${to}${hubs ? '&hubs=1' : ''}`, async (page) => {
        await page.getByRole('heading', { name: `Connected in ${steps} steps` }).waitFor();
        expect(await page.locator('ol.path-steps li').count()).toBe(steps + 1);
        expect(await page.locator('ol.path-steps li').first().innerText()).toMatch(/^Sergei Lavrov/);
        expect(await page.locator('ol.path-steps li').last().innerText()).toBe('Toivo Klaar');
        expect(await page.locator('.path-choices button').count()).toBe(found.length > 1 ? found.length : 0);
        expect(await page.locator('.graph canvas').count()).toBeGreaterThan(0);
      });
    }
  });
});

describe('GraphiQL', () => {
  it('loads offline from the app and runs a query', async () => {
    await visit('/graphiql', async (page) => {
      await page.locator('.graphiql-query-editor').getByText('WhoRespondedToTheLachinClash').waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.result-window', { hasText: 'Clash around the Lachin corridor' }).waitFor();
    });
  });
});
