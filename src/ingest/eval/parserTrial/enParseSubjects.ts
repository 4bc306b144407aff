import { parse } from 'en-parse';
import { Tag } from 'en-pos';
import type { Phrase } from '../../candidates/subjects';
import type { Sentence, TextAnalysis, Token } from '../../text/sentences';
import { type SubjectReader, perSentence } from './trial';

const SUBJECT = new Set(['NSUBJ', 'NSUBJPASS']);

/** en-parse's head of each of the sentence's tokens (-1 for the root) and its label, on en-pos's tags. */
export const readSentence = perSentence((doc: TextAnalysis, sentence: Sentence) => {
  const words = doc.tokens.slice(sentence.first, sentence.last).map((t) => t.text);
  try {
    return parse(new Tag(words).initial().smooth().tags, words);
  } catch {
    // An experimental parser: a sentence it cannot parse has no reading.
    return [];
  }
});

/** The subject of the verb at `v`: the tokens under its NSUBJ (or NSUBJPASS) dependent, edge punctuation left out. */
export const enParseReader: SubjectReader = (doc, sentence, v) => {
  const arcs = readSentence(doc, sentence);
  const local = v - sentence.first;
  const head = arcs.findIndex((a) => a.parent === local && SUBJECT.has(a.label));
  if (head < 0) return null;
  const under = (i: number): boolean => {
    for (let j = i, steps = 0; j >= 0 && steps <= arcs.length; j = arcs[j]?.parent ?? -1, steps++)
      if (j === head) return true;
    return false;
  };
  const inside = arcs
    .map((_, i) => i)
    .filter((i) => under(i) && (doc.tokens[sentence.first + i] as Token).pos !== 'PUNCT');
  const first = inside[0];
  const last = inside[inside.length - 1];
  return first === undefined || last === undefined
    ? null
    : ({ first: sentence.first + first, last: sentence.first + last + 1 } satisfies Phrase);
};
