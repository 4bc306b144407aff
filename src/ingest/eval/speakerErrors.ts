import { analyse } from '../text/sentences';
import { listedExtractions } from './spans/devArticles';
import { scoreArticle } from './scoreArticle';
import { predictionsOf } from './predictions';

/**
 * Every found statement whose speaker is wrong, with the words the rules read as the speaker, how they
 * resolved them, and the sentence (issue 13, speaker11). Corpus M's check half (1350–1399) is never listed.
 * `npx tsx src/ingest/eval/speakerErrors.ts [A … N O1]`
 */
function main(): void {
  for (const { a, part, article, snapshot, x } of listedExtractions(process.argv.slice(2))) {
    const preds = predictionsOf(x, article, snapshot);
    const { wrong } = scoreArticle(
      a.statements.map((g) => ({ ...g, respondsTo: [] })),
      preds,
    );
    const doc = analyse(a.text);
    for (const [g, p] of wrong) {
      if (g.speaker === p.speaker) continue;
      const s = x.statements.find((t) => t.start === p.start && t.end === p.end);
      const sentence = doc.sentences.find((t) => t.start <= p.start && p.start < t.end);
      const text = sentence ? a.text.slice(sentence.start, sentence.end) : '';
      console.info(
        [
          part,
          a.folder.slice(0, 40),
          `[${s?.speaker.mention ?? '?'}] →${p.evidence.by}/${p.evidence.form}`,
          `${p.speaker} (gold ${g.speaker})`,
          JSON.stringify(text.replace(/\s+/g, ' ')).slice(0, 400),
        ].join('\t'),
      );
    }
  }
}

main();
