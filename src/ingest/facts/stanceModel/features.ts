import { stanceCues } from '../stance';
import { foldedWords } from '../words';

/**
 * What the learned stance classifier reads of a statement: its words, and the words of its sentence
 * just before and after it (where a quote's "accused", "denied" or "urged" stands).
 */
export interface StanceText {
  before: string;
  span: string;
  after: string;
}

/** How many words of the sentence on either side of the span count as its context. */
const CONTEXT_WORDS = 3;
const NEGATION = /\b(not|no|never|nothing|nobody|none|neither|nor)\b|n't\b/;

/** Lower-cased, folded words with a crude suffix strip, so "accused", "accuses" and "accusing" are one. */
export function stems(text: string): string[] {
  return (foldedWords(text).match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []).map(stem);
}

function stem(word: string): string {
  if (word.length <= 4) return word;
  return word
    .replace(/'s$/, '')
    .replace(/(ies|ied)$/, 'y')
    .replace(/(ing|ed|es|s)$/, '')
    .replace(/e$/, '');
}

/**
 * Sparse binary features, named by kind: span words and word pairs, the span's first words (a
 * paraphrase's reporting verb), the context's words on each side, whether the words are quoted,
 * negated, long, and name someone (a capitalised word inside), and which of the rules' patterns fire on them.
 */
export function stanceFeatures(t: StanceText): string[] {
  const words = stems(t.span);
  const left = stems(t.before).slice(-CONTEXT_WORDS);
  const right = stems(t.after).slice(0, CONTEXT_WORDS);
  const features = new Set<string>(['bias']);
  words.forEach((w, i) => {
    features.add(`w:${w}`);
    if (i > 0) features.add(`b:${words[i - 1] as string}_${w}`);
    if (i < 3) features.add(`h:${w}`);
  });
  for (const w of left) features.add(`l:${w}`);
  for (const w of right) features.add(`r:${w}`);
  const lastLeft = left[left.length - 1];
  if (lastLeft) features.add(`l1:${lastLeft}`);
  if (/["\u201c\u201d]\s*$/.test(t.before)) features.add('quoted');
  if (NEGATION.test(foldedWords(t.span))) features.add('negated');
  features.add(`len:${Math.min(5, Math.floor(Math.log2(words.length + 1)))}`);
  const names = (t.span.slice(1).match(/\b[A-Z][a-z]+/g) ?? []).length;
  features.add(`names:${Math.min(names, 2)}`);
  for (const cue of stanceCues(foldedWords(t.span))) features.add(`cue:${cue}`);
  return [...features];
}
