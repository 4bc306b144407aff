import type { TextAnalysis, Token } from '../text/sentences';
import { reportingLemma } from './reportingVerbs';
import type { Phrase } from './subjects';

const RELATIVIZERS = new Set(['that', 'which', 'whom', 'where']);
const PERSONAL = new Set(['it', 'they', 'he', 'she', 'we']);
const ANTECEDENT = new Set(['NOUN', 'PROPN', 'NUM']);
const DOCUMENTS = new Set(
  'statement statements report reports communique message letter video post tweet resolution declaration decree'.split(
    ' ',
  ),
);
const SUBJECT_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'PART']);

/**
 * "…, according to the ministry, which announced an inquiry": a non-restrictive "which" right before
 * the reporting verb `k` (its adverbs and auxiliaries aside) is the verb's subject and stands for the
 * noun phrase before its comma. The clause is that speaker's words, up to where a sentence's words
 * end. A document's words ("issued a statement, which said …") are its issuer's, reported already.
 */
export function whichSubject(tokens: Token[], k: number): Phrase | null {
  let end = k;
  while (['ADV', 'AUX'].includes(tokens[end - 1]?.pos ?? '')) end--;
  if (tokens[end - 1]?.norm !== 'which' || tokens[end - 2]?.text !== ',') return null;
  const antecedent = nounPhraseBefore(tokens, end - 2);
  return antecedent && !DOCUMENTS.has(tokens[antecedent.last - 1]?.norm ?? '') ? antecedent : null;
}

/**
 * "an area that the rebels say they control", "the strike, which officials said killed 39",
 * "an operation it said targeted …", "teachers they accuse of …": a reporting verb at `k` in a
 * relative clause with a subject of its own reports that subject's words, even inside someone
 * else's. Returns that subject, else null.
 */
export function relativeSubject(doc: TextAnalysis, k: number): Phrase | null {
  const { tokens } = doc;
  let end = k;
  while (['ADV', 'AUX'].includes(tokens[end - 1]?.pos ?? '')) end--;
  // A reduced relative: a personal pronoun right after a noun ("the operation it said …").
  const pronoun = tokens[end - 1];
  if (pronoun && pronoun.pos === 'PRON' && PERSONAL.has(pronoun.norm)) {
    if (ANTECEDENT.has(tokens[end - 2]?.pos ?? '')) return { first: end - 1, last: end };
    // "Biari, who it says was one of the leaders", "chiefs, who he claimed were responsible": "who" is
    // the subject of the reported words, the pronoun the reporting verb's.
    if (
      tokens[end - 2]?.norm === 'who' &&
      nounPhraseBefore(tokens, tokens[end - 3]?.text === ',' ? end - 3 : end - 2)
    )
      return { first: end - 1, last: end };
  }
  // "patients who said they were hurt": the relative pronoun stands for the phrase before it.
  // "said lawyer Ana Ruiz, who said she counted eight dead": after a comma likewise.
  if (tokens[end - 1]?.norm === 'who')
    return nounPhraseBefore(tokens, tokens[end - 2]?.text === ',' ? end - 2 : end - 1);
  let first = end;
  while (
    first > end - 7 &&
    SUBJECT_PARTS.has(tokens[first - 1]?.pos ?? '') &&
    !relativizer(tokens[first - 1])
  )
    first--;
  if (first === end || !relativizer(tokens[first - 1])) return null;
  // "said that the RSF says": a "that" after a verb opens the reported words, not a relative clause.
  let j = first - 2;
  if (tokens[first - 1]?.norm === 'which' && tokens[j]?.pos === 'ADP') j--;
  if (tokens[j]?.text === ',') j--;
  if (!ANTECEDENT.has(tokens[j]?.pos ?? '')) return null;
  return tokens[first - 1]?.norm === 'that' && afterSpeech(doc, j) ? null : { first, last: end };
}

/** "said in a statement that", "told reporters on Tuesday that": the noun belongs to a reporting verb's adjuncts. */
function afterSpeech(doc: TextAnalysis, j: number): boolean {
  for (let i = j; i >= Math.max(0, j - 8); i--) {
    const t = doc.tokens[i] as Token;
    if (t.pos === 'VERB' || t.pos === 'AUX') return !!reportingLemma(doc, i);
    if (!['ADP', 'DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART'].includes(t.pos)) return false;
  }
  return false;
}

/**
 * ", which local authorities said …", ", where the UN said …": the comma opening a relative clause
 * that has its own reporting verb and subject (`subject`), or null. The words around it end there.
 */
export function relativeComma(tokens: Token[], subject: Phrase): number | null {
  const opener = tokens[subject.first - 1];
  if (opener && opener.norm !== 'who' && tokens[subject.first - 2]?.text === ',' && relativizer(opener))
    return subject.first - 2;
  return null;
}

/** "which the Kremlin called an attempt on Putin's life": in a relative clause, "called" names. */
export function namingInRelative(doc: TextAnalysis, k: number): string | null {
  const t = doc.tokens[k] as Token;
  return t.pos === 'VERB' && t.lemma === 'call' && relativeSubject(doc, k) ? 'call' : null;
}

const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The noun phrase ending right before token `end` ("a Taliban soldier"), at most eight tokens long. */
function nounPhraseBefore(tokens: Token[], end: number): Phrase | null {
  let first = end;
  while (first > Math.max(0, end - 8) && NOUN_PHRASE.has(tokens[first - 1]?.pos ?? '')) first--;
  const named = tokens.slice(first, end).some((t) => ['NOUN', 'PROPN'].includes(t.pos));
  return named && tokens[first]?.sentence === tokens[end]?.sentence ? { first, last: end } : null;
}

function relativizer(t: Token | undefined): boolean {
  return !!t && RELATIVIZERS.has(t.norm);
}

/** A relative clause's words end at its first comma outside quotation marks, or with the sentence. */
export function relativeEnd(tokens: Token[], k: number, last: number, quoted: Set<number>): number {
  for (let i = k + 1; i < last; i++) if (tokens[i]?.text === ',' && !quoted.has(i)) return i;
  return last;
}
