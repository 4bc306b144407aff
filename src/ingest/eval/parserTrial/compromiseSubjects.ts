import nlp from 'compromise';
import type { Phrase } from '../../candidates/subjects';
import type { Sentence, TextAnalysis, Token } from '../../text/sentences';
import { type SubjectReader, perSentence } from './trial';

/** Character range [start, end) in the article's text. */
interface Span {
  start: number;
  end: number;
}

/** What compromise says about one verb of a sentence. */
export interface VerbReading {
  verb: Span;
  /** `verbs().subjects()`: compromise's own subject of that verb. */
  subject: Span | null;
  /** The noun chunk nearest before the verb in compromise's clause (its sentence parse's way, for any verb). */
  chunk: Span | null;
}

interface OffsetJson {
  offset: { start: number; length: number };
}

function spanOf(json: unknown[], base: number): Span | null {
  const first = json[0] as OffsetJson | undefined;
  return first
    ? { start: base + first.offset.start, end: base + first.offset.start + first.offset.length }
    : null;
}

type Three = ReturnType<typeof nlp>;
type Verbs = ReturnType<Three['verbs']>;

/** Compromise's reading of one sentence: each verb with its subject and the noun chunk before it. */
export const readSentence = perSentence((doc: TextAnalysis, sentence: Sentence): VerbReading[] => {
  const base = sentence.start;
  const readings: VerbReading[] = [];
  nlp(doc.text.slice(sentence.start, sentence.end))
    .clauses()
    .forEach((clause) => {
      let lastNoun: Span | null = null;
      // compromise types a view's elements as its base view; they are full views.
      (clause as Three).chunks().forEach((chunk) => {
        if (chunk.has('<Verb>')) {
          (chunk as Three).verbs().forEach((vb) => {
            const verb = spanOf(vb.json({ offset: true }) as unknown[], base);
            const subject = spanOf((vb as Verbs).subjects().json({ offset: true }) as unknown[], base);
            if (verb) readings.push({ verb, subject, chunk: lastNoun });
          });
        } else if (chunk.has('<Noun>')) lastNoun = spanOf(chunk.json({ offset: true }) as unknown[], base);
      });
    });
  return readings;
});

/** The sentence's word tokens that overlap a character span, as a phrase (punctuation at its edges left out). */
export function phraseOver(doc: TextAnalysis, sentence: Sentence, span: Span): Phrase | null {
  const inside: number[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.start < span.end && t.end > span.start && t.pos !== 'PUNCT') inside.push(i);
  }
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first === undefined || last === undefined ? null : { first, last: last + 1 };
}

/** compromise's subject of the verb at `v`: `verbs().subjects()`, or the noun chunk before the verb. */
export function compromiseReader(which: 'subject' | 'chunk'): SubjectReader {
  return (doc, sentence, v) => {
    const token = doc.tokens[v] as Token;
    const reading = readSentence(doc, sentence).find(
      (r) => r.verb.start <= token.start && token.end <= r.verb.end,
    );
    const span = reading?.[which];
    return span ? phraseOver(doc, sentence, span) : null;
  };
}
