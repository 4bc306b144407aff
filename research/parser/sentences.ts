import fs from 'node:fs';
import { SEED_DIR } from '../../src/seed/paths';
import { loadSeedFiles } from '../../src/seed/validate';
import { loadCorpus } from '../../src/ingest/eval/corpus';
import { analyse } from '../../src/ingest/text/sentences';

/**
 * `npx tsx research/parser/sentences.ts OUT.jsonl`: every distinct sentence (as wink-nlp splits
 * them, exactly as the extractor sees them) of the seed articles and the corpus's dev split, one
 * {"id", "text"} a line, for the parser sidecar. The holdout split is never read.
 */
const out = process.argv[2];
if (!out) throw new Error('usage: sentences.ts OUT.jsonl');
const texts = [
  ...loadSeedFiles(SEED_DIR).articles.map((a) => a.text),
  ...loadCorpus()
    .articles.filter((a) => a.split === 'dev')
    .map((a) => a.text),
];
const seen = new Set<string>();
const lines: string[] = [];
for (const text of texts) {
  const doc = analyse(text);
  for (const s of doc.sentences) {
    const sentence = text.slice(s.start, s.end);
    if (seen.has(sentence) || !/\S/.test(sentence)) continue;
    seen.add(sentence);
    lines.push(JSON.stringify({ id: lines.length, text: sentence }));
  }
}
fs.writeFileSync(out, `${lines.join('\n')}\n`);
console.info(`${lines.length} sentences from ${texts.length} articles → ${out}`);
