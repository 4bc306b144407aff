import type { Phrase } from './subjects';

/**
 * How a statement was found: a quote with its attribution, a quote continuing the previous speaker's
 * words, a paraphrase after a reporting verb, a clause "according to" someone, or a clause closed
 * by ", X said".
 */
export type CandidateKind = 'quote' | 'continuation' | 'paraphrase' | 'according-to' | 'trailing';

/** A statement before its speaker is resolved: a span and where the speaker's words are. */
export interface Candidate {
  kind: CandidateKind;
  start: number;
  end: number;
  direct: boolean;
  /** The sentence holding the attribution (for a continuation quote: the quote's first sentence). */
  sentence: number;
  speaker: Phrase | null;
  /** Other phrases that may name the speaker, tried in order when `speaker` resolves to no one. */
  alternatives: Phrase[];
  /** The reporting verb's token and lemma ('according-to' for that phrase). */
  verb: number | null;
  lemma: string;
  /** Where the reported words begin (after "said … that"); stance and targets read from here. */
  contentStart: number;
  /** Said in a temporal clause ("after Baku accused Yerevan …"): background, loses to a fuller report. */
  background: boolean;
  /** Said in a relative clause inside other words ("an area that the rebels say they hold"): it does not end them. */
  nested?: boolean;
}

/** Drops trailing spaces and punctuation outside quotation marks; a quote's own final mark stays. */
export function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /[\s,;:.\u2014-]/.test(text[e - 1] as string)) e--;
  return e;
}
