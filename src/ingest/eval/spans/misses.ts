import { reportingLemma } from '../../candidates/reportingVerbs';
import { type TextAnalysis, tokensWithin } from '../../text/sentences';
import { spansMatch } from '../score';
import { devArticles } from './devArticles';
import { missedGold } from './missedGold';
import { isCheckHalf } from '../corpusGroups';

/**
 * Where the extractor loses the gold statements it misses on the dev split (issue 13, spanml7):
 * - `dropped: no speaker`   a rule candidate matches the span, but the speaker stage resolves no one;
 * - `dropped: later`        it resolves, but the statement is not in the output (summary, duplicate);
 * - `matched elsewhere`     the output has a statement on the span, paired with another gold one;
 * - `wrong span`            a candidate lies in the gold's sentences, but its span does not match;
 * - `cue, no candidate`     a token of the sentences is a reporting cue the lexicon knows, no candidate;
 * - `never considered`      no cue the lexicon knows in the sentences at all.
 * `npx tsx src/ingest/eval/spans/misses.ts [--list]`
 */
export type MissCause =
  | 'dropped: no speaker'
  | 'dropped: later'
  | 'matched elsewhere'
  | 'wrong span'
  | 'cue, no candidate'
  | 'never considered';

export const CAUSES: MissCause[] = [
  'dropped: no speaker',
  'dropped: later',
  'matched elsewhere',
  'wrong span',
  'cue, no candidate',
  'never considered',
];

function sentencesOf(doc: TextAnalysis, g: { start: number; end: number }): Set<number> {
  return new Set(tokensWithin(doc, g.start, g.end).map((t) => t.sentence));
}

function main(): void {
  const list = process.argv.includes('--list');
  const { articles: all, snapshot } = devArticles();
  const articles = all.filter((a) => !isCheckHalf(a.folder));
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const a of articles) {
    const { output, doc, candidates, resolver, missed } = missedGold(a, snapshot);
    const resolved = new Set(candidates.filter((c) => resolver.resolve(c) !== null));
    for (const g of missed) {
      const out = output.filter((s) => spansMatch(s, g));
      const own = candidates.filter((c) => spansMatch(c, g));
      const inSentences = sentencesOf(doc, g);
      let cause: MissCause;
      // An output statement on the span, paired by the scorer with another gold statement.
      if (out.length > 0) cause = 'matched elsewhere';
      else if (own.length > 0)
        cause = own.some((c) => resolved.has(c)) ? 'dropped: later' : 'dropped: no speaker';
      else if (candidates.some((c) => inSentences.has(c.sentence))) cause = 'wrong span';
      else {
        const cue = doc.tokens.some((t) => inSentences.has(t.sentence) && reportingLemma(doc, t.index));
        cause = cue ? 'cue, no candidate' : 'never considered';
      }
      bump(`${cause}|${g.construction}`);
      bump(`${cause}|corpus ${a.corpus}`);
      bump(`${cause}|all`);
      const phrase = own.find((c) => c.speaker)?.speaker;
      const who = phrase
        ? a.text.slice(doc.tokens[phrase.first]?.start ?? 0, doc.tokens[phrase.last - 1]?.end ?? 0)
        : '-';
      if (list)
        console.info(
          `${a.folder}\t${cause}\t${g.construction}\t[${who}]\t${JSON.stringify(a.text.slice(g.start, g.end)).slice(0, 120)}`,
        );
    }
  }
  const columns = [
    'all',
    ...[...new Set([...counts.keys()].map((k) => k.split('|')[1] as string))]
      .filter((c) => c !== 'all')
      .sort(),
  ];
  console.info(
    ['cause'.padEnd(22), ...columns.map((c) => c.replace('corpus ', '').slice(0, 8).padStart(8))].join(''),
  );
  for (const cause of CAUSES)
    console.info(
      [cause.padEnd(22), ...columns.map((c) => String(counts.get(`${cause}|${c}`) ?? 0).padStart(8))].join(
        '',
      ),
    );
}

main();
