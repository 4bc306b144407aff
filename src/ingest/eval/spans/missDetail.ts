import { tokensWithin } from '../../text/sentences';
import { spansMatch } from '../score';
import { devArticles } from './devArticles';
import { missedGold } from './missedGold';
import { isCheckHalf } from '../corpusGroups';

/**
 * Every missed gold statement of the dev split with its sentence, the other gold statements there, the
 * rules' candidates (kind/lemma, speaker phrase, whether it resolves, whether it matches the span) and
 * the output statements: what `misses.ts` counts, to be read one by one. Corpus K's check half is left out.
 * `npx tsx src/ingest/eval/spans/missDetail.ts [folder prefix]`
 */
function main(): void {
  const { articles: all, snapshot } = devArticles();
  const only = process.argv[2];
  const articles = all.filter((a) => !isCheckHalf(a.folder) && (!only || a.folder.startsWith(only)));
  for (const a of articles) {
    const { output, doc, candidates, resolver, missed } = missedGold(a, snapshot);
    for (const g of missed) {
      const sents = [...new Set(tokensWithin(doc, g.start, g.end).map((t) => t.sentence))];
      const s0 = doc.sentences[sents[0] ?? 0];
      const s1 = doc.sentences[sents[sents.length - 1] ?? 0];
      if (!s0 || !s1) continue;
      const txt = (x: { start: number; end: number }) => JSON.stringify(a.text.slice(x.start, x.end));
      console.info(`\n## ${a.folder} [${g.construction}] ${g.speaker}`);
      console.info(`  S: ${txt({ start: s0.start, end: s1.end })}`);
      console.info(`  G: ${txt(g)}`);
      for (const o of a.statements.filter(
        (o) =>
          o !== (g as unknown) &&
          o.start < s1.end &&
          o.end > s0.start &&
          !(o.start === g.start && o.end === g.end),
      ))
        console.info(`  g: ${o.speaker} ${txt(o)}`);
      for (const c of candidates.filter((c) => c.start < s1.end && c.end > s0.start)) {
        const who = c.speaker
          ? a.text.slice(doc.tokens[c.speaker.first]?.start ?? 0, doc.tokens[c.speaker.last - 1]?.end ?? 0)
          : '-';
        const r = resolver.resolve(c);
        console.info(
          `  c: ${c.kind}/${c.lemma} [${who}] -> ${r ? 'resolved' : 'NONE'}${spansMatch(c, g) ? ' MATCH' : ''} ${txt(c)}`,
        );
      }
      for (const o of output.filter((o) => o.start < s1.end && o.end > s0.start))
        console.info(
          `  o: ${o.speaker.id}(${o.speaker.mention})${spansMatch(o, g) ? ' MATCH' : ''} ${txt(o)}`,
        );
    }
  }
}

main();
