import { type TextAnalysis, tokenAtOrAfter } from '../../text/sentences';
import type { StanceText } from './features';

/** A span's words and the rest of its sentence on either side, as the stance classifier reads them. */
export function stanceText(doc: TextAnalysis, start: number, end: number): StanceText {
  const first = doc.tokens[tokenAtOrAfter(doc, start)];
  const last = doc.tokens[Math.max(0, tokenAtOrAfter(doc, end) - 1)];
  const opens = first ? (doc.sentences[first.sentence]?.start ?? start) : start;
  const closes = last ? (doc.sentences[last.sentence]?.end ?? end) : end;
  return {
    before: doc.text.slice(Math.min(opens, start), start),
    span: doc.text.slice(start, end),
    after: doc.text.slice(end, Math.max(closes, end)),
  };
}
