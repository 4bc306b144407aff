import { performance } from 'node:perf_hooks';
import { analyse } from '../../text/sentences';
import { loadCorpus } from '../corpus';

/**
 * `npx tsx src/ingest/eval/parserTrial/cost.ts`: what compromise costs on top of wink-nlp, on the
 * corpus's dev articles: load time, ms per article (wink's analysis alone, then compromise reading
 * every prose sentence the way the subject trial does), and resident memory.
 */
async function main(): Promise<void> {
  const articles = loadCorpus().articles.filter((a) => a.split === 'dev');
  const mb = () => process.memoryUsage().rss / 2 ** 20;
  const rss0 = mb();
  const docs = articles.map((a) => analyse(a.text));
  const rssWink = mb();
  // Warm runs first: both libraries build their lexicons lazily on first use.
  let t = performance.now();
  for (const a of articles) analyse(a.text);
  const winkMs = performance.now() - t;

  t = performance.now();
  const { readSentence } = await import('./compromiseSubjects');
  const loadMs = performance.now() - t;
  const rssLoaded = mb();
  t = performance.now();
  let verbs = 0;
  for (const doc of docs)
    for (const s of doc.sentences) if (!s.headline) verbs += readSentence(doc, s).length;
  const firstMs = performance.now() - t;
  const rssParsed = mb();
  // A second pass on fresh analyses (the readings are cached per analysis): compromise warm.
  const again = articles.map((a) => analyse(a.text));
  t = performance.now();
  for (const doc of again) for (const s of doc.sentences) if (!s.headline) readSentence(doc, s);
  const compromiseMs = performance.now() - t;

  const per = (ms: number) => (ms / articles.length).toFixed(1);
  console.info(
    `${articles.length} dev articles, ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences`,
  );
  console.info(
    `wink-nlp analyse: ${per(winkMs)} ms/article (warm); rss ${rss0.toFixed(0)} → ${rssWink.toFixed(0)} MiB`,
  );
  console.info(
    `compromise: import ${loadMs.toFixed(0)} ms; ${per(firstMs)} ms/article first pass, ${per(compromiseMs)} warm ` +
      `(${verbs} verbs read); ` +
      `rss ${rssWink.toFixed(0)} → ${rssLoaded.toFixed(0)} (loaded) → ${rssParsed.toFixed(0)} MiB (parsed, cached)`,
  );
}

void main();
