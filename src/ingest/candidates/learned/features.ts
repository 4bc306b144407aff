import type { Candidate } from '../candidates';
import type { QuoteSpan } from '../quotes';
import { reportingLemma } from '../reportingVerbs';
import { type Sentence, type TextAnalysis, type Token, tokensWithin } from '../../text/sentences';

/**
 * What the learned span detector (detector.ts) sees of a sentence: features that carry across
 * outlets and conflicts rather than words of one article — the lemmas of its verbs and nouns outside
 * quotation marks, whether the hand lexicon knows a cue there, quotation marks, first person and
 * modals, the part-of-speech shape of its end (", the ministry said."), and whether the sentence
 * before it holds a statement the rules found.
 */
export interface SentenceView {
  doc: TextAnalysis;
  s: Sentence;
  /** Tokens inside quotation marks, the marks included. */
  quoted: Set<number>;
  /** The rules' candidates of the article. */
  rules: Candidate[];
}

const CUE_POS = new Set(['VERB', 'NOUN']);
const FIRST_PERSON = new Set(['we', 'our', 'us', 'i', 'my', 'me']);
const MODALS = new Set(['will', 'would', 'must', 'should', 'could', 'may']);

export function quotedTokens(doc: TextAnalysis, quotes: QuoteSpan[]): Set<number> {
  return new Set(
    quotes.flatMap((q) => tokensWithin(doc, q.open, (q.close ?? q.end) + 1).map((t) => t.index)),
  );
}

/** The share of the sentence's word tokens inside quotation marks. */
export function quotedShare(v: SentenceView): number {
  const words = v.doc.tokens.slice(v.s.first, v.s.last).filter((t) => t.pos !== 'PUNCT');
  return words.length === 0 ? 0 : words.filter((t) => v.quoted.has(t.index)).length / words.length;
}

/** A cue's feature name: the lemma of a verb or noun outside quotation marks. */
export const cueFeature = (t: Token): string => `l:${t.lemma}`;

export function isCueToken(v: SentenceView, t: Token): boolean {
  return CUE_POS.has(t.pos) && !v.quoted.has(t.index) && /^[a-z]/.test(t.lemma);
}

export function sentenceFeatures(v: SentenceView): string[] {
  const { doc, s, quoted, rules } = v;
  const tokens = doc.tokens.slice(s.first, s.last);
  const outside = tokens.filter((t) => !quoted.has(t.index));
  const features = new Set<string>();
  for (const t of tokens) if (isCueToken(v, t)) features.add(cueFeature(t));
  if (outside.some((t) => reportingLemma(doc, t.index))) features.add('lexicon-cue');
  const share = quotedShare(v);
  if (share > 0) features.add('quote');
  if (share >= 0.8) features.add('mostly-quoted');
  if (quoted.has(s.first)) features.add('opens-with-quote');
  if (outside.some((t) => FIRST_PERSON.has(t.norm))) features.add('first-person');
  if (outside.some((t) => MODALS.has(t.norm))) features.add('modal');
  if (tokens.some((t) => t.pos === 'NUM')) features.add('number');
  if (outside.some((t) => t.norm === 'according')) features.add('according');
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const tail = words.slice(-3).map((t) => t.pos);
  features.add(`tail:${tail.join('-')}`);
  features.add(`tail2:${tail.slice(-2).join('-')}`);
  const last = words[words.length - 1];
  if (last) features.add(`last:${last.pos === 'VERB' ? last.lemma : last.pos}`);
  // ", X said" shapes: a comma followed by a short noun phrase and a verb to the sentence's end.
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  if (comma >= 0) {
    const after = tokens.slice(comma + 1).filter((t) => t.pos !== 'PUNCT');
    if (after.length > 0 && after.length <= 8 && after.some((t) => t.pos === 'VERB'))
      features.add('short-clause-after-comma');
  }
  const opening = words[0];
  if (opening) features.add(`first:${opening.pos}`);
  features.add(`length:${Math.min(4, Math.floor(words.length / 10))}`);
  const before = (i: number) => rules.some((c) => c.sentence === s.index - i);
  if (before(1)) features.add('statement-before');
  if (rules.some((c) => c.sentence === s.index - 1 && c.direct)) features.add('quote-before');
  if (before(1) && before(2)) features.add('statements-before');
  return [...features];
}
