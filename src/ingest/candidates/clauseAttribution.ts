import { type Candidate, trimEnd } from './candidates';
import { TRAILING_VERBS } from './reportingVerbs';
import type { Sentence, TextAnalysis, Token } from '../text/sentences';
import { type Phrase, inCompound, isFiniteVerb, isPunct, range, subjectOf } from './subjects';

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
  if (!TRAILING_VERBS.has(lemma) || !onlyAdverbialsAfter(tokens, k, attributionEnd(tokens, k, s)))
    return undefined;
  // "…, the minister warned of a famine": "of" after a verb other than "said" opens what was said.
  if (lemma !== 'say' && tokens[k + 1]?.norm === 'of') return undefined;
  // "…, the group claimed responsibility for the attack": what was claimed follows the verb.
  if (lemma === 'claim' && tokens[k + 1]?.norm === 'responsibility') return undefined;
  const comma = tokens[subject.first - 1];
  // "the UK-based Syrian Observatory for Human Rights (SOHR) war monitor": a described source runs long.
  if (comma?.text !== ',' || subject.first - 1 <= s.first || subject.last - subject.first > 14)
    return undefined;
  if (adverbialOnly(tokens, s.first, comma.index)) return undefined;
  // "X offered talks, his office said": the words are X's, delivered by the office.
  const principal = POSSESSIVES.has((tokens[subject.first] as Token).norm)
    ? clauseSubject(doc, s, comma.index)
    : null;
  return clauseBeforeComma(doc, s, comma, taken, {
    speaker: principal ?? subject,
    alternatives: principal ? [subject] : [],
    verb: k,
    lemma,
  });
}

/**
 * "…, local authorities were quoted as saying on Friday.", "…, IRNA quoted the police chief as saying.":
 * an attribution (starting at `opener`, after a comma) that closes the sentence with nothing but adverbials
 * after its verb `k` gives the clause before it to `speaker`. Undefined when words follow the verb or no
 * comma opens the attribution; null when a statement of its own holds the clause.
 */
export function closingAttribution(
  doc: TextAnalysis,
  s: Sentence,
  k: number,
  speaker: Phrase,
  opener: Phrase | null,
  taken: Candidate[],
): Candidate | null | undefined {
  const { tokens } = doc;
  if (!opener || !onlyAdverbialsAfter(tokens, k, attributionEnd(tokens, k, s))) return undefined;
  const comma = tokens[opener.first - 1];
  if (comma?.text !== ',' || opener.first - 1 <= s.first) return undefined;
  return clauseBeforeComma(doc, s, comma, taken, { speaker, alternatives: [], verb: k, lemma: 'say' });
}

/**
 * The clause before the comma that opens an attribution at the end of the sentence, as the attribution's
 * statement; null when a statement of its own holds the clause already.
 */
function clauseBeforeComma(
  doc: TextAnalysis,
  s: Sentence,
  comma: Token,
  taken: Candidate[],
  said: Pick<Candidate, 'speaker' | 'alternatives' | 'verb' | 'lemma'>,
): Candidate | null {
  const start = afterDateline(doc.text, (doc.tokens[s.first] as Token).start, comma.start);
  const end = trimEnd(doc.text, start, comma.start);
  // The clause is a direct quote, or holds its own attribution ("X accused Y …, the ministry said"): taken already.
  // A verb in a temporal clause inside it ("… after villagers complained …, the army said") is the words' background.
  // A statement nested in the clause ("an attack claimed by X", "areas the rebels say they hold") leaves it words.
  if (taken.some((c) => c.start < end && c.end > start && !c.background && !c.nested)) return null;
  return {
    kind: 'trailing',
    start,
    end,
    direct: false,
    sentence: s.index,
    ...said,
    contentStart: start,
    background: false,
  };
}

/**
 * "On Wednesday, the police announced …", "Earlier today, the governor had told …": a fronted
 * adverbial with no verb is where or when the verb's own words were said, not a clause of words.
 */
function adverbialOnly(tokens: Token[], from: number, to: number): boolean {
  const words = range(from, to).map((i) => tokens[i] as Token);
  return (
    ['ADP', 'ADV'].includes(words[0]?.pos ?? '') && !words.some((t) => t.pos === 'VERB' || t.pos === 'AUX')
  );
}

/** A wire dateline opening the first paragraph ("YEREVAN, Armenia (AP) — ", "BELGRADE, Sept 25 (Reuters) - ") is not reported words. */
const DATELINE =
  /^[A-Z][A-Z.'/ -]{2,}(,[^\n\u2014\u2013]{0,40}?)?(\s*\([^)\n]{1,30}\))?\s+[\u2014\u2013-]{1,2}\s+/;

function afterDateline(text: string, start: number, end: number): number {
  const m = DATELINE.exec(text.slice(start, end));
  return m ? start + m[0].length : start;
}

const POSSESSIVES = new Set(['his', 'her']);

/** The named subject of the clause's first finite verb, if it names someone ("Prime Minister Irakli Garibashvili"). */
function clauseSubject(doc: TextAnalysis, s: Sentence, before: number): Phrase | null {
  const main = range(s.first, before).find((i) => isFiniteVerb(doc.tokens, i));
  if (main === undefined) return null;
  const { phrase } = subjectOf(doc, s, main);
  return phrase && range(phrase.first, phrase.last).some((i) => doc.tokens[i]?.pos === 'PROPN')
    ? phrase
    : null;
}

/** After the verb only "in a statement", "on Tuesday", "later", "to reporters" and the like: no reported words. */
function onlyAdverbialsAfter(tokens: Token[], k: number, end: number): boolean {
  // "…, he said “definitely”": quoted words after the verb are what it reports.
  if (range(k + 1, end).some((i) => /^["\u201c]$/.test((tokens[i] as Token).text))) return false;
  const rest = range(k + 1, end).filter((i) => !isPunct(tokens[i]));
  return (
    rest.every(
      (i) => (tokens[i] as Token).norm !== 'that' && (!isFiniteVerb(tokens, i) || reducedRelative(tokens, i)),
    ) &&
    (rest.length === 0 ||
      ['ADP', 'ADV', 'PROPN', 'NOUN', 'DET'].includes((tokens[rest[0] as number] as Token).pos) ||
      // "said late Monday", "said last week", "reported further": a time or adverb the tagger reads as an adjective.
      TIME_ADJECTIVES.has((tokens[rest[0] as number] as Token).norm))
  );
}

const TIME_ADJECTIVES = new Set(['late', 'early', 'last', 'earlier', 'later', 'further']);

/** "a press conference held by the group": a participle describing the noun before it, not a clause. */
function reducedRelative(tokens: Token[], i: number): boolean {
  return (
    ['NOUN', 'PROPN'].includes(tokens[i - 1]?.pos ?? '') &&
    /ed$|^(held|made|given|taken|seen|shown|sent|put|set)$/.test((tokens[i] as Token).norm) &&
    ['by', 'in', 'on', 'at', 'for', 'with'].includes(tokens[i + 1]?.norm ?? '')
  );
}

/** Nouns that name someone else's words: ", a claim the army denied", ", an allegation Moscow rejects". */
export const CLAIM_NOUNS = new Set([
  'claim',
  'claims',
  'allegation',
  'allegations',
  'accusation',
  'accusations',
  'charge',
  'charges',
  'assertion',
  'version',
]);

const CLAUSE_AFTER = new Set('after as while when because although though since before following'.split(' '));

/**
 * Where the attribution ", the ministry said" ends: at the sentence end, or at a comma opening a
 * participle (", accusing …", ", adding …") or a subordinate clause (", after …"), which say more
 * about the same words or their background, not who said them.
 */
function attributionEnd(tokens: Token[], k: number, s: Sentence): number {
  // "officials said adding this left six dead": a reporting participle right after the verb, its comma left out.
  const next = tokens[k + 1];
  if (next?.pos === 'VERB' && /ing$/.test(next.norm) && TRAILING_VERBS.has(next.lemma)) return k + 1;
  for (let i = k + 1; i < s.last - 1; i++) {
    const t = tokens[i] as Token;
    if (t.text !== ',') continue;
    const next = tokens[i + 1] as Token;
    // ", aggravating the crisis": the tagger reads some participles as adjectives.
    if ((['VERB', 'ADJ'].includes(next.pos) && /ing$/.test(next.norm)) || CLAUSE_AFTER.has(next.norm))
      return i;
    if (next.pos === 'DET' && CLAIM_NOUNS.has(tokens[i + 2]?.norm ?? '')) return i;
    // ", the latest in a surge of …", ", the deadliest since …": the reporter's apposition to the words.
    if (next.pos === 'DET' && ['ADJ', 'NUM'].includes(tokens[i + 2]?.pos ?? '')) return i;
    // ", in an escalation of …", ", amid fears of …": the reporter's comment on the words.
    if (['in', 'amid'].includes(next.norm) && ['DET', 'ADJ', 'NOUN'].includes(tokens[i + 2]?.pos ?? ''))
      return i;
    // ", and investigations were underway", ", but it was unclear who …": a clause of its own after the attribution.
    if (['and', 'but'].includes(next.norm)) return i;
    // ", three of them with serious injuries": the reporter's addition to the words' figures.
    if (next.pos === 'NUM' && tokens[i + 2]?.norm === 'of') return i;
  }
  // "officials said – but the true figures …": a dash opens the reporter's own clause.
  for (let i = k + 1; i < s.last - 1; i++)
    if (['\u2013', '\u2014', '--'].includes((tokens[i] as Token).text) && !inCompound(tokens, i)) return i;
  return s.last;
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
  // "Meanwhile, according to X, …", "Also, according to him, …": a connective before the phrase is
  // no clause of words; the words follow the phrase as when it opens the sentence.
  const connective = range(s.first, a).every((i) => !['VERB', 'AUX'].includes((tokens[i] as Token).pos));
  if (a === s.first || (connective && a - s.first <= 3)) {
    const start = (tokens[last + 1] ?? (tokens[last] as Token)).start;
    // No comma closes the phrase ("According to a statement by the army one rocket …"): where the
    // source ends and the words begin is unknown, and the phrase ran to the sentence's end.
    if (start >= s.end) return null;
    // "According to the statement, Bayramov said …": the clause has its own attribution. Not so when
    // the clause's own verb comes first ("According to a witness, the attackers arrived … and demanded
    // …"): the reporting verb is then part of what the source reports.
    const own = range(last + 1, s.last).find((i) => !quoted.has(i) && isFiniteVerb(tokens, i));
    const heads = (c: Candidate) =>
      own === undefined ||
      c.verb === null ||
      range(own, c.verb).every((i) => ['AUX', 'ADV', 'PART'].includes((tokens[i] as Token).pos));
    if (found.some((c) => c.start >= start && heads(c))) return null;
    return { ...base, start, end: s.end, contentStart: start };
  }
  const comma = tokens[a - 1];
  if (comma?.text !== ',') return null;
  const start = (tokens[s.first] as Token).start;
  if (found.some((c) => c.start < comma.start && c.end > start)) return null;
  return { ...base, start, end: comma.start, contentStart: start };
}

const INVERTED_VERBS = new Set(
  (
    'said says added adds stated wrote declared warned noted stressed explained insisted confirmed ' +
    'reported claimed announced tweeted cautioned'
  ).split(' '),
);
/** Words that may join the capitalised parts of a speaker's name ("Ministry of Defence"). */
const NAME_INNER = new Set(['of', 'for', 'the', "'s", '\u2019s', '-']);

/**
 * "The council denounces the campaign, said Abdramane in a statement." and "Talks had stalled, said
 * the ministry.": the verb comes before its speaker, and the clause before the comma is the speaker's
 * words. A reporting verb inside that clause is part of the words, so its paraphrase is dropped (in
 * `drop`). Undefined when the verb is not such an attribution; null when a direct quote holds the clause.
 */
export function invertedAttribution(
  doc: TextAnalysis,
  s: Sentence,
  k: number,
  lemma: string,
  taken: Candidate[],
): { candidate: Candidate; drop: Candidate[] } | null | undefined {
  const { tokens } = doc;
  const verb = tokens[k] as Token;
  if (!TRAILING_VERBS.has(lemma) || !INVERTED_VERBS.has(verb.norm)) return undefined;
  let c = k - 1;
  while (c > s.first && tokens[c]?.pos === 'ADV') c--;
  const comma = tokens[c];
  if (!comma || comma.text !== ',' || c - s.first < 3) return undefined;
  // The speaker: a determiner and nouns ("the ministry", "a spokesman") or a name, up to a comma,
  // a preposition ("in a statement", "on Tuesday") or the sentence's end.
  let last = k + 1;
  while (last < s.last) {
    const t = tokens[last] as Token;
    if (isPunct(t) && t.text !== '-') break;
    if (t.pos === 'ADP' && !(NAME_INNER.has(t.norm) && /^[A-Z]/.test(tokens[last + 1]?.text ?? ''))) break;
    if (['VERB', 'AUX', 'SCONJ', 'PRON'].includes(t.pos) && last > k + 1) break;
    last++;
  }
  const phrase = tokens.slice(k + 1, last);
  // "said Joint Task Force Sulu commander Major General Corleto Vinluan": titles run long.
  if (phrase.length === 0 || phrase.length > 12) return undefined;
  const named = phrase.some((t) => t.pos === 'PROPN' || /^[A-Z]/.test(t.text));
  const described = phrase[0]?.pos === 'DET' && phrase.some((t) => t.pos === 'NOUN');
  if (!named && !described) return undefined;
  // "…, said the clashes were the worst": a clause follows, so the verb's subject is before it.
  const next = tokens[last];
  if (last < s.last && next && !(next.text === ',' || next.pos === 'ADP' || /^[.!?]$/.test(next.text)))
    return undefined;
  if (
    !['DET', 'PROPN', 'NOUN', 'ADJ'].includes((tokens[k + 1] as Token).pos) &&
    !/^[A-Z]/.test(tokens[k + 1]?.text ?? '')
  )
    return undefined;
  // The words before the comma are a clause of their own (a finite verb), not the subject's apposition.
  if (!range(s.first, c).some((i) => isFiniteVerb(tokens, i))) return undefined;
  const start = afterDateline(doc.text, (tokens[s.first] as Token).start, comma.start);
  const end = trimEnd(doc.text, start, comma.start);
  if (end <= start) return undefined;
  const inside = taken.filter((x) => x.start < end && x.end > start && x.sentence === s.index);
  if (inside.some((x) => x.direct || x.kind !== 'paraphrase')) return null;
  return {
    candidate: {
      kind: 'trailing',
      start,
      end,
      direct: false,
      sentence: s.index,
      speaker: { first: k + 1, last },
      alternatives: [],
      verb: k,
      lemma,
      contentStart: start,
      background: false,
    },
    drop: inside,
  };
}
