import fs from 'node:fs';
import path from 'node:path';
import type { Express, Request, Response } from 'express';
import { PROJECT_ROOT } from '../projectRoot';

/**
 * Neo4j Browser in one step: the project serves its Browser style and ready queries over HTTP, as a
 * Browser guide. In Browser, `:guide http://localhost:4000/neo4j/guide.html` opens a guide whose
 * first slide applies the style (`:style <url>`) with one click, and whose other slides each hold a
 * ready query to run with one click. Browser fetches both cross-origin, so they are served with
 * `Access-Control-Allow-Origin: *` (public, read-only files: no credentials involved).
 */
const BROWSER_DIR = path.join(PROJECT_ROOT, 'neo4j', 'browser');
export const QUERIES_FILE = path.join(BROWSER_DIR, 'queries.cypher');
const STYLE_FILE = path.join(BROWSER_DIR, 'style.grass');

export interface ReadyQuery {
  title: string;
  description: string;
  cypher: string;
}

/**
 * Blocks of queries.cypher, separated by blank lines: `// title`, `// what the picture shows`, then
 * the query ending in `;`. A block of comments only (the file's header) is no query.
 */
export function readyQueries(text = fs.readFileSync(QUERIES_FILE, 'utf8')): ReadyQuery[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim().split('\n'))
    .map((lines) => {
      const isComment = (line: string) => line.trim().startsWith('//');
      const [title = '', description = ''] = lines
        .filter(isComment)
        .map((line) => line.replace(/^\s*\/\/\s?/, '').trim());
      const cypher = lines
        .filter((line) => !isComment(line))
        .join('\n')
        .trim()
        .replace(/;$/, '');
      return { title, description, cypher };
    })
    .filter((query) => query.cypher.length > 0);
}

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function slide(title: string, lead: string, body: string): string {
  return `    <slide class="row-fluid">
      <div class="col-sm-4">
        <h3>${escape(title)}</h3>
        <p class="lead">${escape(lead)}</p>
      </div>
      <div class="col-sm-8">
${body}
      </div>
    </slide>`;
}

const runnable = (code: string) => `        <pre class="pre-scrollable code runnable">${escape(code)}</pre>`;

/** The guide's HTML; `origin` is where Browser reached this server, so the style link points back here. */
export function guideHtml(origin: string, queries = readyQueries()): string {
  const first = slide(
    'The conflict graph',
    'Political actors, what they said, about which events, in which articles.',
    `        <p>First apply the project's style (colours per kind of node, names as captions): click the
        line below, then run it with the play button.</p>
${runnable(`:style ${origin}/neo4j/style.grass`)}
        <p>Then page through this guide: each slide holds one ready query that draws a small,
        readable picture. Click it and run it. The explorer at <a href="${escape(origin)}/explorer" target="_blank">${escape(origin)}/explorer</a>
        shows the same graph as pages for journalists.</p>`,
  );
  const slides = queries.map((query) => slide(query.title, query.description, runnable(query.cypher)));
  return `<article class="guide">
  <carousel class="deck container-fluid">
${[first, ...slides].join('\n')}
  </carousel>
</article>
`;
}

function origin(req: Request): string {
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function crossOrigin(res: Response): void {
  res.setHeader('Access-Control-Allow-Origin', '*');
  res.setHeader('Cache-Control', 'no-cache');
}

export function mountBrowserGuide(app: Express): void {
  // Browser's fetch sends headers of its own, so it asks first (a CORS preflight).
  app.options(['/neo4j/guide.html', '/neo4j/style.grass'], (req, res) => {
    crossOrigin(res);
    res.setHeader('Access-Control-Allow-Methods', 'GET');
    res.setHeader('Access-Control-Allow-Headers', req.get('access-control-request-headers') ?? '');
    res.setHeader('Access-Control-Max-Age', '600');
    res.sendStatus(204);
  });
  app.get('/neo4j/guide.html', (req, res) => {
    crossOrigin(res);
    res.type('html').send(guideHtml(origin(req)));
  });
  app.get('/neo4j/style.grass', (_req, res) => {
    crossOrigin(res);
    res.type('text/plain').send(fs.readFileSync(STYLE_FILE, 'utf8'));
  });
}
