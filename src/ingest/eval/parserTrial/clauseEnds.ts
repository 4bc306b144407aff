import nlp from 'compromise';
import { parse } from 'en-parse';
import { Tag } from 'en-pos';
import { SEED_DIR } from '../../../seed/paths';
import { loadSeedFiles } from '../../../seed/validate';
import { extractArticle } from '../../plan/extract';
import { type TextAnalysis, type Token, analyse } from '../../text/sentences';
import { loadCorpus } from '../corpus';
import { spansMatch } from '../score';
import { snapshotOf } from '../predictions';

/**
 * `npx tsx src/ingest/eval/parserTrial/clauseEnds.ts`: where does a paraphrase's reported clause
 * end? For each of the extractor's paraphrases that matches a gold paraphrase on the dev split, the
 * end the rules gave, the end of compromise's clause holding the statement, and the end of en-parse's
 * subtree under the reporting verb, each compared with the gold end.
 */
const PARAPHRASES = new Set(['paraphrase-that', 'paraphrase-preposition', 'participial']);
/** Ends compare without the closing punctuation and quotation marks either side may or may not take. */
const trimmed = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && /[\s.,;:!?"'\u201d\u2019)]/.test(text[e - 1] ?? '')) e--;
  return e;
};

function compromiseEnd(
  text: string,
  from: number,
  sentenceStart: number,
  sentenceEnd: number,
): number | null {
  let found: number | null = null;
  nlp(text.slice(sentenceStart, sentenceEnd))
    .clauses()
    .json({ offset: true })
    .forEach((c: { offset: { start: number; length: number } }) => {
      const start = sentenceStart + c.offset.start;
      const end = start + c.offset.length;
      if (start <= from && from < end) found = end;
    });
  return found;
}

function enParseEnd(doc: TextAnalysis, from: number): number | null {
  const verb = doc.tokens.find((t) => t.start >= from && (t.pos === 'VERB' || t.pos === 'AUX'));
  const sentence = verb && doc.sentences[verb.sentence];
  if (!verb || !sentence) return null;
  const words = doc.tokens.slice(sentence.first, sentence.last).map((t) => t.text);
  let arcs: { parent: number }[];
  try {
    arcs = parse(new Tag(words).initial().smooth().tags, words);
  } catch {
    return null;
  }
  const head = verb.index - sentence.first;
  const under = (i: number): boolean => {
    for (let j = i, steps = 0; j >= 0 && steps <= arcs.length; j = arcs[j]?.parent ?? -1, steps++)
      if (j === head) return true;
    return false;
  };
  const last = arcs.reduce((m, _, i) => (under(i) ? i : m), head);
  return (doc.tokens[sentence.first + last] as Token).end;
}

function main(): void {
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const tally = {
    pairs: 0,
    rules: 0,
    compromise: 0,
    enParse: 0,
    compromiseCut: 0,
    enParseCut: 0,
    compromiseFixes: 0,
    enParseFixes: 0,
  };
  for (const a of loadCorpus().articles.filter((x) => x.split === 'dev')) {
    const doc = analyse(a.text);
    const meta = { title: a.title, outlet: a.outlet, published: a.published, url: a.url };
    const gold = a.statements.filter((g) => PARAPHRASES.has(g.construction));
    for (const p of extractArticle(a.text, meta, snapshot).statements.filter((s) => !s.direct)) {
      const g = gold.find((x) => spansMatch(x, p));
      const first = doc.tokens.find((t) => t.start >= p.start);
      const sentence = first && doc.sentences[first.sentence];
      if (!g || !sentence) continue;
      const goldEnd = trimmed(a.text, g.start, g.end);
      const same = (end: number | null) => end !== null && trimmed(a.text, p.start, end) === goldEnd;
      const c = compromiseEnd(a.text, p.start, sentence.start, sentence.end);
      const e = enParseEnd(doc, p.start);
      tally.pairs++;
      if (same(p.end)) tally.rules++;
      if (same(c)) tally.compromise++;
      if (same(e)) tally.enParse++;
      // As a cut: the parser may only shorten what the rules gave.
      if (same(c === null ? p.end : Math.min(c, p.end))) tally.compromiseCut++;
      if (same(e === null ? p.end : Math.min(e, p.end))) tally.enParseCut++;
      // Where the rules' end is wrong, does the parser's cut get it right?
      if (!same(p.end) && c !== null && same(Math.min(c, p.end))) tally.compromiseFixes++;
      if (!same(p.end) && e !== null && same(Math.min(e, p.end))) tally.enParseFixes++;
    }
  }
  const share = (n: number) => `${n} (${(n / tally.pairs).toFixed(2)})`;
  console.info(
    `${tally.pairs} extracted paraphrases matching a gold paraphrase (dev); end exactly the gold end:`,
  );
  console.info(`  rules ${share(tally.rules)}`);
  const cut = (all: number, cutRight: number, fixes: number) =>
    `${share(all)}; as a cut of the rules' end ${share(cutRight)}, right where the rules were wrong ${fixes}`;
  console.info(`  compromise clause ${cut(tally.compromise, tally.compromiseCut, tally.compromiseFixes)}`);
  console.info(`  en-parse subtree ${cut(tally.enParse, tally.enParseCut, tally.enParseFixes)}`);
}

main();
