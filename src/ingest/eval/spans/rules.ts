import { paraphrases } from '../../candidates/attribution';
import type { Candidate } from '../../candidates/candidates';
import { type QuoteSpan, directQuotes, findQuotes } from '../../candidates/quotes';
import { type TextAnalysis, analyse } from '../../text/sentences';

/** An article's text read, and the rules' candidates on it in text order (as extraction makes them). */
export function ruleCandidates(text: string): { doc: TextAnalysis; quotes: QuoteSpan[]; rules: Candidate[] } {
  const doc = analyse(text);
  const quotes = findQuotes(text);
  const direct = directQuotes(doc, quotes);
  const rules = [...direct.candidates, ...paraphrases(doc, quotes, direct.candidates, direct.consumed)].sort(
    (x, y) => x.start - y.start,
  );
  return { doc, quotes, rules };
}
