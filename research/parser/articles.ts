import fs from 'node:fs';
import path from 'node:path';
import { SEED_DIR } from '../../src/seed/paths';
import { loadSeedFiles } from '../../src/seed/validate';
import { loadCorpus } from '../../src/ingest/eval/corpus';

/**
 * `npx tsx research/parser/articles.ts DIR`: the articles for the coreference sidecar (coref/CorefSidecar.java),
 * one {"id", "text"} a line, whole: DIR/articles-dev.jsonl the seed articles and the corpus's dev split,
 * DIR/articles-holdout.jsonl the holdout split, in a file of its own that the sidecar reads and nobody lists.
 */
const dir = process.argv[2];
if (!dir) throw new Error('usage: articles.ts DIR');
const corpus = loadCorpus().articles;
const write = (file: string, articles: { id: string; text: string }[]) => {
  fs.writeFileSync(path.join(dir, file), `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`);
  console.info(`${articles.length} articles → ${path.join(dir, file)}`);
};
write('articles-dev.jsonl', [
  ...loadSeedFiles(SEED_DIR).articles.map((a) => ({ id: a.id, text: a.text })),
  ...corpus.filter((a) => a.split === 'dev').map((a) => ({ id: a.folder, text: a.text })),
]);
write(
  'articles-holdout.jsonl',
  corpus.filter((a) => a.split === 'holdout').map((a) => ({ id: a.folder, text: a.text })),
);
