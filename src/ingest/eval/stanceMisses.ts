import { SEED_DIR } from '../../seed/paths';
import { loadSeedFiles } from '../../seed/validate';
import { extractArticle } from '../plan/extract';
import { stanceCues } from '../facts/stance';
import { foldedWords } from '../facts/words';
import { loadCorpus } from './corpus';
import { fromCorpus, predictionsOf, snapshotOf } from './predictions';
import { neutralStance, scoreArticle } from './scoreArticle';
import { isCheckHalf } from './corpusGroups';

/*
 * `npx tsx src/ingest/eval/stanceMisses.ts [corpus letters, e.g. H I J K1] [--json]`: every found statement whose
 * stance (CLAIMS and OTHER as one neutral class) is wrong, with its gold stance as annotated, the words, the
 * sentence around them and the rules' cues that fire: what a stance error is read from. The check half of
 * corpus O (O2, 1550–1599) is never listed (it is measured only in aggregate: test/corpus/README.md, ²⁶).
 */

const LETTERS: Record<string, RegExp> = {
  A: /^1\d\d-/,
  B: /^2\d\d-/,
  C: /^3\d\d-/,
  D: /^4\d\d-/,
  E: /^5\d\d-/,
  F: /^6\d\d-/,
  G: /^7\d\d-/,
  H: /^8\d\d-/,
  I: /^9\d\d-/,
  J: /^10\d\d-/,
  J1: /^10[0-4]\d-/,
  J2: /^10[5-9]\d-/,
  K: /^11\d\d-/,
  K1: /^11[0-4]\d-/,
  L: /^12\d\d-/,
  L1: /^12[0-4]\d-/,
  M: /^13\d\d-/,
  M1: /^13[0-4]\d-/,
  N: /^14\d\d-/,
  O1: /^15[0-4]\d-/,
};

function main(): void {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const wanted = args.filter((a) => a in LETTERS).map((a) => LETTERS[a] as RegExp);
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const rows: Record<string, string>[] = [];
  for (const article of loadCorpus().articles) {
    if (article.split !== 'dev' || isCheckHalf(article.folder)) continue;
    if (wanted.length > 0 && !wanted.some((re) => re.test(article.folder))) continue;
    const a = fromCorpus(article);
    const x = extractArticle(a.text, a.meta, snapshot);
    const score = scoreArticle(a.gold, predictionsOf(x, a, snapshot));
    for (const [g, p] of score.pairs) {
      if (g.stance === p.stance) continue;
      const raw = article.statements.find(
        (s) => s.start === g.start && s.end === g.end && s.speaker === g.speaker,
      );
      const from = Math.max(0, a.text.lastIndexOf('\n', p.start) + 1, p.start - 300);
      const lineEnd = a.text.indexOf('\n', p.end);
      const to = Math.min(lineEnd < 0 ? a.text.length : lineEnd, p.end + 200);
      rows.push({
        article: article.folder,
        gold: raw?.stance ?? g.stance,
        predicted: p.stance,
        speaker: `${p.speaker}${p.speaker === g.speaker ? '' : ` (gold ${g.speaker})`}`,
        words: a.text.slice(p.start, p.end),
        around: a.text.slice(from, to).replace(/\s+/g, ' '),
        cues: stanceCues(foldedWords(a.text.slice(p.start, p.end))).join(' '),
      });
    }
  }
  if (json) {
    console.info(JSON.stringify(rows, null, 1));
    return;
  }
  for (const r of rows) {
    console.info(`\n${r.article}  ${neutralStance(r.gold ?? '')} → ${r.predicted}  [${r.gold}] ${r.speaker}`);
    console.info(`  words:  ${r.words}`);
    console.info(`  around: ${r.around}`);
    console.info(`  cues:   ${r.cues}`);
  }
  console.info(`\n${rows.length} stance errors`);
}

main();
