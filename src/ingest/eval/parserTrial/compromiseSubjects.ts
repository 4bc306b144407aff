import nlp from 'compromise';
import type { Phrase, SubjectSearch, SubjectTrial } from '../../candidates/subjects';
import type { Sentence, TextAnalysis, Token } from '../../text/sentences';

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

const read = new WeakMap<TextAnalysis, Map<number, VerbReading[]>>();

/** Compromise's reading of one sentence, parsed once per article and sentence. */
export function readSentence(doc: TextAnalysis, sentence: Sentence): VerbReading[] {
  let perSentence = read.get(doc);
  if (!perSentence) read.set(doc, (perSentence = new Map()));
  const cached = perSentence.get(sentence.index);
  if (cached) return cached;
  const base = sentence.start;
  const parsed = nlp(doc.text.slice(sentence.start, sentence.end));
  const readings: VerbReading[] = [];
  parsed.clauses().forEach((clause) => {
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
  perSentence.set(sentence.index, readings);
  return readings;
}

/** The sentence's word tokens that overlap a character span, as a phrase (punctuation at its edges left out). */
export function phraseOver(doc: TextAnalysis, sentence: Sentence, span: Span): Phrase | null {
  const inside: number[] = [];
  for (let i = sentence.first; i < sentence.last; i++) {
    const t = doc.tokens[i] as Token;
    if (t.start < span.end && t.end > span.start) inside.push(i);
  }
  while (inside.length && (doc.tokens[inside[0] as number] as Token).pos === 'PUNCT') inside.shift();
  while (inside.length && (doc.tokens[inside[inside.length - 1] as number] as Token).pos === 'PUNCT')
    inside.pop();
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first === undefined || last === undefined ? null : { first, last: last + 1 };
}

export type TrialMode = 'subjects-replace' | 'subjects-fallback' | 'chunk-replace' | 'chunk-fallback';
export const TRIAL_MODES: TrialMode[] = [
  'subjects-replace',
  'subjects-fallback',
  'chunk-replace',
  'chunk-fallback',
];

/** How often compromise answered, and how often its phrase was the rules' phrase. */
export const trialCounts = { asked: 0, answered: 0, same: 0, rulesNone: 0, filled: 0 };

/**
 * The subject trial: compromise's subject of the verb at token `v` replaces the rules' (replace) or
 * is used only where the rules found none (fallback). Where compromise has no reading of that verb,
 * the rules stand.
 */
export function compromiseTrial(mode: TrialMode): SubjectTrial {
  return (doc, sentence, v, rules): SubjectSearch => {
    trialCounts.asked++;
    const token = doc.tokens[v] as Token;
    const reading = readSentence(doc, sentence).find(
      (r) => r.verb.start <= token.start && token.end <= r.verb.end,
    );
    const span = mode.startsWith('chunk') ? reading?.chunk : reading?.subject;
    const phrase = span ? phraseOver(doc, sentence, span) : null;
    if (!phrase) return rules;
    trialCounts.answered++;
    if (rules.phrase && rules.phrase.first === phrase.first && rules.phrase.last === phrase.last)
      trialCounts.same++;
    if (!rules.phrase) trialCounts.rulesNone++;
    if (mode.endsWith('fallback')) {
      if (rules.phrase) return rules;
      trialCounts.filled++;
    }
    return { ...rules, phrase };
  };
}
