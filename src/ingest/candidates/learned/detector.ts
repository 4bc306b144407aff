import { type Candidate, trimEnd } from '../candidates';
import type { QuoteSpan } from '../quotes';
import { type Phrase, subjectOf } from '../subjects';
import type { Sentence, TextAnalysis, Token } from '../../text/sentences';
import {
  type SentenceView,
  cueFeature,
  isCueToken,
  quotedShare,
  quotedTokens,
  sentenceFeatures,
} from './features';

/** A logistic model over sentence features: P(the sentence carries an attributed statement). */
export interface DetectorModel {
  bias: number;
  weights: Record<string, number>;
  /** Fires at or above this probability. */
  threshold: number;
}

/**
 * Off in production: under leave-one-corpus-out cross-validation the detector did not beat the rules
 * (src/ingest/README.md), so extraction runs it only when a model is set here (the cross-validation
 * sets one per fold; spanDetector.json is the model trained on all of A–G, kept for the next trial).
 */
let active: DetectorModel | null = null;

export function setDetectorModel(model: DetectorModel | null): void {
  active = model;
}

export function probability(model: DetectorModel, features: string[]): number {
  const z = features.reduce((sum, f) => sum + (model.weights[f] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}

/** The sentences no rule candidate touches: the only ones the detector reads. */
export function uncovered(doc: TextAnalysis, rules: Candidate[]): number[] {
  return doc.sentences
    .filter((s) => !s.headline && !rules.some((c) => c.start < s.end && c.end > s.start))
    .map((s) => s.index);
}

/**
 * Statements the rules found no candidate for, where the learned detector says a sentence carries
 * one (issue 13: recall on unseen text). The span is the sentence; a sentence that is mostly a
 * quote continues the previous speaker's words; otherwise the cue is the verb or noun the model
 * weighs most, and its subject is sought as for a reporting verb, so the speaker stage resolves it
 * the usual way.
 */
export function learnedCandidates(
  doc: TextAnalysis,
  quotes: QuoteSpan[],
  rules: Candidate[],
  model: DetectorModel | null = active,
): Candidate[] {
  if (!model) return [];
  const quoted = quotedTokens(doc, quotes);
  const found: Candidate[] = [];
  for (const i of uncovered(doc, rules)) {
    const s = doc.sentences[i];
    if (!s) continue;
    const view: SentenceView = { doc, s, quoted, rules };
    if (probability(model, sentenceFeatures(view)) < model.threshold) continue;
    const end = trimEnd(doc.text, s.start, s.end);
    const base = { start: s.start, end, sentence: i, contentStart: s.start, background: false };
    // Mostly a quote, or opening with one and no cue of its own: the previous speaker's words go on.
    const cue = cueOf(view, model);
    if (quotedShare(view) >= 0.8 || (!cue && quoted.has(s.first) && quotedShare(view) >= 0.5)) {
      found.push({
        ...base,
        kind: 'continuation',
        direct: true,
        speaker: null,
        alternatives: [],
        verb: null,
        lemma: '',
      });
      continue;
    }
    if (!cue) continue;
    const closing = closingSubject(doc, s, cue);
    const subject = closing ? { phrase: closing, alternatives: [] } : subjectOf(doc, s, cue.index);
    if (!subject.phrase) continue;
    found.push({
      ...base,
      kind: closing ? 'trailing' : 'paraphrase',
      direct: false,
      speaker: subject.phrase,
      alternatives: subject.alternatives,
      verb: cue.index,
      lemma: cue.lemma,
      contentStart: closing ? s.start : (doc.tokens[cue.index + 1] ?? cue).start,
    });
  }
  return found;
}

/**
 * The cue: the verb closing the sentence after its last comma (", the ministry announced.") if
 * there is one, else the verb outside quotation marks whose lemma the model weighs most, if any
 * weighs for a statement.
 */
function cueOf(view: SentenceView, model: DetectorModel): Token | null {
  const { doc, s } = view;
  const tokens = doc.tokens.slice(s.first, s.last);
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words[words.length - 1];
  const comma = tokens.map((t) => t.text).lastIndexOf(',');
  if (
    last &&
    last.pos === 'VERB' &&
    comma >= 0 &&
    last.index - (tokens[comma] as Token).index <= 8 &&
    !view.quoted.has(last.index)
  )
    return last;
  let best: Token | null = null;
  let weight = 0;
  for (const t of tokens) {
    if (!isCueToken(view, t) || t.pos !== 'VERB') continue;
    const w = model.weights[cueFeature(t)] ?? 0;
    if (w > weight) [best, weight] = [t, w];
  }
  return best;
}

/** ", Ana Ruiz of the council added.": the words between the last comma and a closing cue name the speaker. */
function closingSubject(doc: TextAnalysis, s: Sentence, cue: Token): Phrase | null {
  let first = cue.index;
  while (first > s.first && doc.tokens[first - 1]?.text !== ',') first--;
  if (first === s.first) return null;
  let last = cue.index;
  while (last > first && ['AUX', 'ADV', 'PART'].includes(doc.tokens[last - 1]?.pos ?? '')) last--;
  return last > first ? { first, last } : null;
}
