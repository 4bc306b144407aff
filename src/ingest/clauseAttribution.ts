import { type Candidate, trimEnd } from './candidates';
import { TRAILING_VERBS } from './reportingVerbs';
import type { Sentence, TextAnalysis, Token } from './sentences';
import { type Phrase, isFiniteVerb, isPunct, range } from './subjects';

/**
 * Whole clauses attributed from outside: "According to X, …", "…, according to X." and "…, the
 * ministry said." The clause itself is the reported content.
 */

/**
 * ", his spokesman said." or ", said the ministry." ends a sentence whose clause is the reported
 * content. Returns the candidate, null when the clause is a direct quote (taken already), or
 * undefined when the verb is not a trailing attribution.
 */
export function trailingAttribution(
  doc: TextAnalysis,
  s: Sentence,
  k: number,
  lemma: string,
  subject: Phrase,
  taken: Candidate[],
): Candidate | null | undefined {
  const { tokens } = doc;
  if (!TRAILING_VERBS.has(lemma) || !onlyAdverbialsAfter(tokens, k, s)) return undefined;
  const comma = tokens[subject.first - 1];
  if (comma?.text !== ',' || subject.first - 1 <= s.first || subject.last - subject.first > 8)
    return undefined;
  const start = (tokens[s.first] as Token).start;
  const end = trimEnd(doc.text, start, comma.start);
  // The clause is a direct quote, or holds its own attribution ("X accused Y …, the ministry said"): taken already.
  if (taken.some((c) => c.start < end && c.end > start)) return null;
  const base = {
    direct: false,
    sentence: s.index,
    speaker: subject,
    alternatives: [],
    verb: k,
    lemma,
    contentStart: start,
    background: false,
  };
  return { ...base, kind: 'trailing', start, end };
}

/** After the verb only "in a statement", "on Tuesday", "later", "to reporters" and the like: no reported words. */
function onlyAdverbialsAfter(tokens: Token[], k: number, s: Sentence): boolean {
  const rest = range(k + 1, s.last).filter((i) => !isPunct(tokens[i]));
  return (
    rest.every((i) => (tokens[i] as Token).norm !== 'that' && !isFiniteVerb(tokens, i)) &&
    (rest.length === 0 ||
      ['ADP', 'ADV', 'PROPN', 'NOUN', 'DET'].includes((tokens[rest[0] as number] as Token).pos))
  );
}

/** "According to X, …" (the rest of the sentence) or "…, according to X." (the clause before). */
export function accordingTo(
  doc: TextAnalysis,
  s: Sentence,
  quoted: Set<number>,
  found: Candidate[],
): Candidate | null {
  const { tokens } = doc;
  const a = range(s.first, s.last - 2).find(
    (i) =>
      !quoted.has(i) && (tokens[i] as Token).norm === 'according' && (tokens[i + 1] as Token).norm === 'to',
  );
  if (a === undefined) return null;
  let last = a + 2;
  while (last < s.last && (tokens[last] as Token).text !== ',' && !isPunct(tokens[last])) last++;
  if (last === a + 2) return null;
  const speaker = { first: a + 2, last };
  const base = {
    kind: 'according-to' as const,
    direct: false,
    sentence: s.index,
    speaker,
    alternatives: [],
    verb: a,
    lemma: 'according-to',
    background: false,
  };
  if (a === s.first) {
    const start = (tokens[last + 1] ?? (tokens[last] as Token)).start;
    // "According to the statement, Bayramov said …": the clause has its own attribution.
    if (found.some((c) => c.start >= start)) return null;
    return { ...base, start, end: s.end, contentStart: start };
  }
  const comma = tokens[a - 1];
  if (comma?.text !== ',') return null;
  const start = (tokens[s.first] as Token).start;
  if (found.some((c) => c.start < comma.start && c.end > start)) return null;
  return { ...base, start, end: comma.start, contentStart: start };
}
