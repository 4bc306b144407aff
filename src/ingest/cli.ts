import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { createDriver, ensureDevNeo4j } from '../db/connection';
import { Graph } from '../db/graph';
import { migrate } from '../db/migrations';
import { isIsoDate } from '../model/dates';
import { ingestArticle, today } from './write/ingestArticle';
import { IngestInputError, checkArticleUrl, decodeArticleBytes } from './text/input';
import type { IngestResult } from './write/result';

const USAGE = `Usage: npm run ingest -- <file.txt|folder> ... [--outlet NAME] [--published YYYY-MM-DD] [--title T] [--url U] [--dry-run] [--json]

Extracts who said what from each article and writes it to the graph (one transaction per article).
  --dry-run   write nothing; show what would be written
  --json      print only machine-readable JSON on stdout (progress stays on stderr)`;

type Outcome = { file: string; ok: true; result: IngestResult } | { file: string; ok: false; error: string };

/** A folder stands for the .txt files in it, in name order. */
function expand(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (fs.existsSync(input) && fs.statSync(input).isDirectory()) {
      return fs
        .readdirSync(input)
        .filter((f) => f.endsWith('.txt'))
        .sort()
        .map((f) => path.join(input, f));
    }
    return [input];
  });
}

function progress(index: number, total: number, outcome: Outcome): string {
  const head = `[${index + 1}/${total}] ${outcome.file}:`;
  if (!outcome.ok) return `${head} refused: ${outcome.error}`;
  const { summary: s, incident, dryRun } = outcome.result;
  const verb = dryRun ? 'would write' : 'wrote';
  const event = incident
    ? `; responds to "${incident.title}" (${incident.date ?? 'undated'}, ${incident.isNew ? 'new' : 'known'} event)`
    : '';
  return (
    `${head} ${s.statements} statements (${verb} ${s.written}, ${s.unchanged} unchanged, ` +
    `${s.coveredByCurated} covered by curated), ${s.claims} casualty claims, ${s.newActors} new actors${event}`
  );
}

function describe(result: IngestResult): string {
  const lines = result.statements.map((s) => {
    const quote = s.direct ? `“${s.text}”` : s.text;
    const event = s.respondsTo ? ` → ${s.respondsTo.title}` : '';
    return `  [${s.start}-${s.end}] ${s.speaker.name} (“${s.speaker.mention}”) ${s.stance}${event} ${s.confidence}\n      ${quote}`;
  });
  return [`${result.article.title} (${result.article.id})`, ...lines].join('\n');
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      outlet: { type: 'string' },
      published: { type: 'string' },
      title: { type: 'string' },
      url: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.published !== undefined && !isIsoDate(values.published)) {
    console.error(`--published must be a real date YYYY-MM-DD; got ${JSON.stringify(values.published)}.`);
    return 2;
  }
  const published = values.published ?? today();
  if (values.published === undefined)
    console.error(
      `No --published given: relative dates ("on Tuesday") are resolved against today, ${published}.`,
    );
  let url: string | null;
  try {
    url = checkArticleUrl(values.url ?? null, '--url');
  } catch (error) {
    if (!(error instanceof IngestInputError)) throw error;
    console.error(error.message);
    return 2;
  }
  const meta = {
    title: values.title ?? null,
    outlet: values.outlet ?? null,
    published,
    url,
  };
  const files = expand(positionals);
  const dryRun = values['dry-run'] ?? false;

  const settings = await ensureDevNeo4j((line) => console.error(line));
  const driver = createDriver(settings);
  const outcomes: Outcome[] = [];
  try {
    const graph = new Graph(driver, settings.database);
    await migrate(graph);
    for (const [index, file] of files.entries()) {
      let outcome: Outcome;
      try {
        if (!fs.existsSync(file)) throw new IngestInputError(`${file} does not exist.`);
        const text = decodeArticleBytes(fs.readFileSync(file), file);
        outcome = { file, ok: true, result: await ingestArticle(graph, text, meta, dryRun) };
      } catch (error) {
        if (!(error instanceof IngestInputError)) throw error;
        outcome = { file, ok: false, error: error.message };
      }
      outcomes.push(outcome);
      console.error(progress(index, files.length, outcome));
      if (!values.json && outcome.ok) console.info(describe(outcome.result));
    }
  } finally {
    await driver.close();
  }

  const done = outcomes.filter((o): o is Extract<Outcome, { ok: true }> => o.ok);
  const summary = {
    articles: outcomes.length,
    refused: outcomes.length - done.length,
    statements: done.reduce((n, o) => n + o.result.summary.statements, 0),
    written: done.reduce((n, o) => n + o.result.summary.written, 0),
    newActors: done.reduce((n, o) => n + o.result.summary.newActors, 0),
  };
  console.error(
    `${dryRun ? 'Dry run, nothing written: ' : ''}${summary.articles} articles (${summary.refused} refused), ${summary.statements} statements, ` +
      `${summary.written} written, ${summary.newActors} new actors.`,
  );
  if (values.json) {
    const articles = outcomes.map((o) => (o.ok ? { file: o.file, ok: true, ...o.result } : o));
    process.stdout.write(`${JSON.stringify({ dryRun, articles, summary }, null, 2)}\n`);
  }
  return summary.refused > 0 ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
