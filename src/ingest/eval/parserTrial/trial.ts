import type { Phrase, SubjectSearch, SubjectTrial } from '../../candidates/subjects';
import type { Sentence, TextAnalysis } from '../../text/sentences';

/** A parser's subject of the verb at token `v`, or null where it has none. */
export type SubjectReader = (doc: TextAnalysis, sentence: Sentence, v: number) => Phrase | null;

/** How often the parser answered, how often its phrase was the rules' phrase, how often it filled a gap. */
export const trialCounts = { asked: 0, answered: 0, same: 0, rulesNone: 0, filled: 0 };

/**
 * The parser's subject replaces the rules' (replace) or is used only where the rules found none
 * (fallback). Where the parser has no subject for the verb, the rules stand.
 */
export function subjectTrial(read: SubjectReader, fallback: boolean): SubjectTrial {
  return (doc, sentence, v, rules): SubjectSearch => {
    trialCounts.asked++;
    const phrase = read(doc, sentence, v);
    if (!phrase) return rules;
    trialCounts.answered++;
    if (rules.phrase && rules.phrase.first === phrase.first && rules.phrase.last === phrase.last)
      trialCounts.same++;
    if (!rules.phrase) trialCounts.rulesNone++;
    if (fallback) {
      if (rules.phrase) return rules;
      trialCounts.filled++;
    }
    return { ...rules, phrase };
  };
}

/** Caches one reading per article analysis and sentence: each sentence is parsed once. */
export function perSentence<R>(
  parse: (doc: TextAnalysis, sentence: Sentence) => R,
): (doc: TextAnalysis, sentence: Sentence) => R {
  const read = new WeakMap<TextAnalysis, Map<number, R>>();
  return (doc, sentence) => {
    let cache = read.get(doc);
    if (!cache) read.set(doc, (cache = new Map()));
    if (!cache.has(sentence.index)) cache.set(sentence.index, parse(doc, sentence));
    return cache.get(sentence.index) as R;
  };
}
