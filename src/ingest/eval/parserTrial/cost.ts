import { performance } from 'node:perf_hooks';
import type { Sentence, TextAnalysis } from '../../text/sentences';
import { analyse } from '../../text/sentences';
import { loadCorpus } from '../corpus';

/**
 * `npx tsx src/ingest/eval/parserTrial/cost.ts`: what each parser on trial costs on top of wink-nlp,
 * on the corpus's dev articles: import time, ms per article reading every prose sentence (a first
 * pass, then a warm one on fresh analyses, as the readings are cached per analysis), resident memory.
 */
type Read = (doc: TextAnalysis, sentence: Sentence) => unknown;

const mb = () => process.memoryUsage().rss / 2 ** 20;

async function measure(name: string, load: () => Promise<Read>, texts: string[]): Promise<void> {
  const docs = [texts.map(analyse), texts.map(analyse)];
  const rss = mb();
  let t = performance.now();
  const read = await load();
  const importMs = performance.now() - t;
  const rssLoaded = mb();
  const passes = docs.map((pass) => {
    t = performance.now();
    for (const doc of pass) for (const s of doc.sentences) if (!s.headline) read(doc, s);
    return (performance.now() - t) / texts.length;
  });
  console.info(
    `${name}: import ${importMs.toFixed(0)} ms; ${(passes[0] ?? 0).toFixed(1)} ms/article first pass, ` +
      `${(passes[1] ?? 0).toFixed(1)} warm; rss +${(rssLoaded - rss).toFixed(0)} MiB loaded, ` +
      `+${(mb() - rss).toFixed(0)} MiB after both passes (readings cached)`,
  );
}

async function main(): Promise<void> {
  const texts = loadCorpus()
    .articles.filter((a) => a.split === 'dev')
    .map((a) => a.text);
  for (const text of texts) analyse(text);
  const t = performance.now();
  for (const text of texts) analyse(text);
  console.info(
    `${texts.length} dev articles; wink-nlp analyse ${((performance.now() - t) / texts.length).toFixed(1)} ms/article (warm); rss ${mb().toFixed(0)} MiB`,
  );
  const which = process.argv[2];
  if (which !== 'en-parse') {
    await measure('compromise', async () => (await import('./compromiseSubjects')).readSentence, texts);
    // Its tagger alone, on whole articles (without the clauses, chunks and per-verb subjects).
    const { default: nlp } = await import('compromise');
    const tag = performance.now();
    for (const text of texts) nlp(text);
    console.info(
      `compromise tagging alone: ${((performance.now() - tag) / texts.length).toFixed(1)} ms/article`,
    );
  }
  if (which !== 'compromise')
    await measure('en-parse + en-pos', async () => (await import('./enParseSubjects')).readSentence, texts);
}

void main();
