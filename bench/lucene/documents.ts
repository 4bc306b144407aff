import fs from 'node:fs';
import { SIZES, type SizeName, generate } from '../generate';

/**
 * The generated graph's documents of the full-text index `searchAll` (actors, places, events,
 * articles, statements), one per line, their five indexed properties tab-separated (name, aliasText,
 * title, text, searchText), for bench/lucene/Build.java: Lucene's cost at a size without loading it
 * into Neo4j (bench/README.md, "Why operation 3 grows"). `npx tsx bench/lucene/documents.ts L out.tsv`
 */
const FIELDS = ['name', 'aliasText', 'title', 'text', 'searchText'];
const REFERENCE_KINDS = ['states', 'organizations', 'persons', 'places', 'events'];

type Row = Record<string, unknown>;
const cell = (value: unknown) => (typeof value === 'string' ? value.replace(/[\t\n\r]/g, ' ') : '');
const line = (row: Row) => `${FIELDS.map((f) => cell(row[f])).join('\t')}\n`;

async function main(): Promise<void> {
  const size = (process.argv[2] ?? 'S') as SizeName;
  const out = fs.createWriteStream(process.argv[3] ?? `documents-${size}.tsv`);
  const write = async (row: Row) => {
    if (!out.write(line(row))) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  };
  const generated = generate(SIZES[size]);
  const reference = generated.reference as unknown as Record<string, Row[]>;
  let documents = 0;
  for (const kind of REFERENCE_KINDS)
    for (const row of reference[kind] ?? []) {
      await write(row);
      documents++;
    }
  for (const batch of generated.content(10_000)) {
    if (batch.kind !== 'articles' && batch.kind !== 'statements') continue;
    for (const row of batch.rows as unknown as Row[]) {
      await write(row);
      documents++;
    }
  }
  out.end();
  console.log(`${size}: ${documents.toLocaleString('en')} documents`);
}

void main();
