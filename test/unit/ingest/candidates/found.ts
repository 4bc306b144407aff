import { paraphrases } from '../../../../src/ingest/candidates/attribution';
import { directQuotes, findQuotes } from '../../../../src/ingest/candidates/quotes';
import { analyse } from '../../../../src/ingest/text/sentences';

/** Candidates before speaker resolution, in text order: [the speaker's words, the statement's words]. */
export function candidates(text: string): [string, string][] {
  const doc = analyse(text);
  const quotes = findQuotes(text);
  const direct = directQuotes(doc, quotes);
  return [...direct.candidates, ...paraphrases(doc, quotes, direct.candidates, direct.consumed)]
    .sort((a, b) => a.start - b.start)
    .map((c) => {
      const speaker = c.speaker
        ? text.slice(doc.tokens[c.speaker.first]?.start, doc.tokens[c.speaker.last - 1]?.end)
        : '';
      return [speaker, text.slice(c.start, c.end)];
    });
}
