import type { Candidate } from './candidates';
import { CLAIM_NOUNS } from './clauseAttribution';
import type { Sentence, TextAnalysis, Token } from '../text/sentences';
import type { Phrase } from './subjects';

/** Verbs that answer someone else's words: the noun they answer carries the statement. */
const ANSWERING = new Set(['deny', 'reject', 'dismiss', 'refute', 'dispute']);

/**
 * "…, a claim the army denied." / "…, an allegation that Moscow rejects.": the denial is a statement
 * of its own, carried by the noun, from the noun's determiner to the verb; the speaker is the phrase
 * between the noun and the verb. Null when the subject found is not such a phrase.
 */
export function nominalDenial(
  doc: TextAnalysis,
  s: Sentence,
  k: number,
  lemma: string,
  subject: Phrase,
): Candidate | null {
  const { tokens } = doc;
  const det = tokens[subject.first] as Token;
  if (!ANSWERING.has(lemma) || det.pos !== 'DET' || !CLAIM_NOUNS.has(tokens[subject.first + 1]?.norm ?? ''))
    return null;
  let first = subject.first + 2;
  if (['that', 'which'].includes(tokens[first]?.norm ?? '')) first++;
  if (first >= subject.last) return null;
  return {
    kind: 'paraphrase',
    start: det.start,
    end: (tokens[k] as Token).end,
    direct: false,
    sentence: s.index,
    speaker: { first, last: subject.last },
    alternatives: [],
    verb: k,
    lemma,
    contentStart: det.start,
    background: false,
  };
}

/** Nouns for a document or an utterance whose content a participle can give ("a statement vowing …"). */
const DOCUMENT_NOUNS = new Set(
  'statement statements communique communiqué message letter video tweet post speech address declaration note'.split(
    ' ',
  ),
);
/** Pronouns that share out a subject's words: "officials gave accounts, some blaming …, others saying …". */
const DISTRIBUTIVES = new Set(['some', 'others', 'many', 'one', 'both', 'most', 'several']);

/**
 * A participle that attributes without a comma right before it: "in a statement vowing retaliation",
 * "…, some blaming the rebels, others saying …", "…, with the coup leaders denouncing the sanctions".
 * Returns how its speaker is found: the noun phrase after "with", or the clause's subject (null when
 * the participle does not attribute this way).
 */
export function looseParticiple(
  tokens: Token[],
  k: number,
): { withPhrase: Phrase | null; document: boolean } | null {
  const prev = tokens[k - 1];
  if (!prev) return null;
  if (DOCUMENT_NOUNS.has(prev.norm) && prev.pos === 'NOUN') return { withPhrase: null, document: true };
  if (DISTRIBUTIVES.has(prev.norm) && tokens[k - 2]?.text === ',')
    return { withPhrase: null, document: false };
  for (let j = k - 1; j >= Math.max(0, k - 7); j--) {
    const t = tokens[j] as Token;
    if (t.norm === 'with') {
      return tokens[j - 1]?.text === ',' && j + 1 < k
        ? { withPhrase: { first: j + 1, last: k }, document: false }
        : null;
    }
    if (!['DET', 'NOUN', 'PROPN', 'ADJ', 'PART', 'NUM'].includes(t.pos) && t.text !== "'s") return null;
  }
  return null;
}
