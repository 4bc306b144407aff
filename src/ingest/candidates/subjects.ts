import type { Sentence, TextAnalysis, Token } from '../text/sentences';

/** Token range [first, last) of a noun phrase: who the rules think is speaking. */
export interface Phrase {
  first: number;
  last: number;
}

/** Conjunctions that open a subordinate clause: the subject of a verb after them is inside the clause. */
const SUBORDINATORS = new Set(
  'after as while when because although though whereas where before until since if unless once'.split(' '),
);
/** Of those, the ones that make the clause background ("after Baku accused Yerevan …"), a summary rather than news. */
const TEMPORAL = new Set(['after', 'as', 'when', 'where', 'before', 'until', 'since', 'once']);
const RELATIVES = new Set(['that', 'which', 'who', 'whom']);
const CLAUSE_PUNCTUATION = new Set([';', ':', '--', '-', '—', '–']);
const LEADING_NOISE = new Set('also later earlier meanwhile then separately however too in turn'.split(' '));

const TIME_WORDS =
  /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|tonight|january|february|march|april|may|june|july|august|september|october|november|december)$/;

export interface SubjectSearch {
  phrase: Phrase | null;
  /** Other pieces that may name the speaker when `phrase` does not ("The region's leader, Arayik Harutyunyan, signed …"). */
  alternatives: Phrase[];
  /** The verb sits in a temporal subordinate clause: background, not the article's news. */
  background: boolean;
}

export const isPunct = (t: Token | undefined): boolean => !!t && t.pos === 'PUNCT';

/** A token glued to a hyphen is part of a compound word ("cease-fire", "Russia-brokered"), never a verb. */
export function inCompound(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (t.text === '-') return !!before && !!after && before.end === t.start && after.start === t.end;
  return (
    (!!before && before.text === '-' && before.end === t.start) ||
    (!!after && after.text === '-' && after.start === t.end)
  );
}

export function isFiniteVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if ((t.pos !== 'VERB' && t.pos !== 'AUX') || inCompound(tokens, i)) return false;
  // Mid-sentence, a capitalised "verb" is a mis-tagged name ("The Associated Press").
  if (/^[A-Z]/.test(t.text) && tokens[i - 1] && tokens[i - 1]?.sentence === t.sentence && t.pos === 'VERB')
    return false;
  if (/ing$/.test(t.norm) && tokens[i - 1]?.pos !== 'AUX') return false;
  return tokens[i - 1]?.norm !== 'to';
}

/**
 * Finds the subject of the verb at token `v`: the noun phrase before it in its own clause. A verb
 * coordinated with an earlier one ("Azerbaijan accused Armenia …, and said …") shares that verb's
 * subject; an apposition or parenthesis before the verb ("Michel, the president of the European
 * Council, said") is skipped in favour of the phrase it describes.
 */
function rulesSubjectOf(doc: TextAnalysis, sentence: Sentence, v: number): SubjectSearch {
  const { tokens } = doc;
  let clauseStart = sentence.first;
  let background = false;
  // A parenthesis just before the verb (", speaking on condition of anonymity because he …, said") is
  // skipped whole: the clause words inside it are not the verb's.
  let from = v - 1;
  if (precededByComma(tokens, v)) {
    from = commaBefore(tokens, v) - 1;
    while (from >= sentence.first && (tokens[from] as Token).text !== ',') from--;
  }
  // "Two doctors - one in Adwa and one in Axum - told Reuters": a parenthesis between dashes likewise.
  const dash = dashedAside(tokens, sentence, v);
  if (dash !== null) from = dash;
  const conjoined = conjunctionAt(tokens, v);
  for (let i = from; i >= sentence.first; i--) {
    const t = tokens[i] as Token;
    if (CLAUSE_PUNCTUATION.has(t.text) && !inCompound(tokens, i)) {
      clauseStart = i + 1;
      break;
    }
    // "… had been killed but one official, who …, said": "but" opens the verb's own clause.
    // "…, and the separatists cite …": after a clause of its own, ", and" opens the verb's clause.
    const andClause =
      t.norm === 'and' &&
      tokens[i - 1]?.text === ',' &&
      range(sentence.first, i - 1).some((k) => isFiniteVerb(tokens, k));
    const butClause = t.norm === 'but' && t.pos === 'CCONJ';
    // "Talks paved the way for a truce but Kinshasa then accused …": "but" opens a clause with its own subject.
    const subject = range(i + 1, v).some((k) => ['NOUN', 'PROPN', 'PRON'].includes((tokens[k] as Token).pos));
    const contrastClause =
      ['but', 'yet'].includes(t.norm) &&
      subject &&
      // A verb before it (wink tags some past tenses as adjectives: "Talks paved").
      range(sentence.first, i).some(
        (k) => isFiniteVerb(tokens, k) || /^[a-z]+ed$/.test((tokens[k] as Token).text),
      );
    // "The fighting has displaced thousands and the UN has warned …": with no comma, "and" opens the verb's
    // clause when only a noun phrase stands between it and the verb, after a clause of its own (not a relative).
    const plainAnd =
      t.norm === 'and' &&
      tokens[i - 1]?.text !== ',' &&
      nounPhrase(tokens, i + 1, commaBefore(tokens, v) + 1) &&
      clauseBefore(tokens, sentence.first, i);
    if (((andClause || butClause || plainAnd) && i > sentence.first && i < from) || contrastClause) {
      clauseStart = i + 1;
      break;
    }
    // "where" is tagged an adverb even when it opens a clause ("But where Hezbollah claimed it, …").
    // "repeated the charge that Hamas uses civilians as “human shields” and said …": before a verb
    // coordinated with an earlier one, a subordinator with no verb after it is a preposition.
    if (
      SUBORDINATORS.has(t.norm) &&
      (t.pos !== 'ADV' || t.norm === 'where') &&
      (conjoined === null || range(i + 1, conjoined).some((k) => isFiniteVerb(tokens, k)))
    ) {
      clauseStart = i + 1;
      background = TEMPORAL.has(t.norm);
      break;
    }
    // "that Azerbaijan says": the relative clause has its own subject. "Michel, who mediated …, stated":
    // a verb between the pronoun and ours means the relative clause only describes our subject.
    const parenthetical = tokens[i - 1]?.text === ',' && precededByComma(tokens, v);
    if (RELATIVES.has(t.norm) && !parenthetical && !range(i + 1, v).some((k) => isFiniteVerb(tokens, k))) {
      clauseStart = i + 1;
      break;
    }
  }
  // "…, the residents, who included a church leader, said.": the subject closing a sentence is the
  // phrase before the relative clause that describes it, not the clause the sentence opens with.
  const described = describedBeforeVerb(tokens, clauseStart, v);
  if (described) return { phrase: described, alternatives: [], background };
  const inverted = invertedSubject(tokens, clauseStart, v);
  if (inverted) return { phrase: inverted, alternatives: [], background };
  let end = dash === null ? v : dash + 1;
  while (end > clauseStart && ['ADV', 'AUX', 'PART'].includes((tokens[end - 1] as Token).pos)) end--;
  if (end > clauseStart && ['and', 'but'].includes((tokens[end - 1] as Token).norm)) {
    const firstVerb = range(clauseStart, end).find((k) => isFiniteVerb(tokens, k));
    if (firstVerb !== undefined) end = firstVerb;
  }
  return { ...headPhrase(tokens, clauseStart, end), background };
}

/** The "and"/"but" right before verb `v` (its adverbs and auxiliaries aside), if any: `v` has no subject of its own. */
function conjunctionAt(tokens: Token[], v: number): number | null {
  const j = commaBefore(tokens, v);
  return ['and', 'but'].includes(tokens[j]?.norm ?? '') ? j : null;
}

/**
 * A finite verb before the "and" at `and`, in the same stretch without a comma ("has displaced people and"),
 * not inside a relative clause: ", local authorities and residents said" joins two speakers instead.
 */
function clauseBefore(tokens: Token[], from: number, and: number): boolean {
  const verb = range(from, and)
    .reverse()
    .find((k) => isFiniteVerb(tokens, k));
  if (verb === undefined) return false;
  return !range(from, and).some(
    (k) => RELATIVES.has((tokens[k] as Token).norm) || (k > verb && (tokens[k] as Token).text === ','),
  );
}

const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/** Tokens [from, to) are one noun phrase ("the United Nations", "Kyiv's envoy"): at least a noun, no verb. */
function nounPhrase(tokens: Token[], from: number, to: number): boolean {
  const words = range(from, to).map((k) => tokens[k] as Token);
  return (
    words.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') &&
    words.every((t) => NOUN_PHRASE_TAGS.has(t.pos) || t.text === "'s" || t.text === '\u2019s')
  );
}

/** ", the residents, who …, said": the phrase between the commas before a relative aside that ends at verb `v`. */
function describedBeforeVerb(tokens: Token[], from: number, v: number): Phrase | null {
  const close = commaBefore(tokens, v);
  if (tokens[close]?.text !== ',') return null;
  let open = close - 1;
  while (open > from && tokens[open]?.text !== ',') open--;
  if (open <= from || !['who', 'which'].includes(tokens[open + 1]?.norm ?? '')) return null;
  let start = open - 1;
  while (start > from && !/^[,\u201d"]$/.test((tokens[start] as Token).text)) start--;
  // Mid-sentence only: a subject opening its sentence ("Michel, who mediated …, said") is found as usual.
  if (start <= from || open - start > 8) return null;
  const phrase = { first: start + 1, last: open };
  return range(phrase.first, phrase.last).some((k) => isFiniteVerb(tokens, k)) ? null : phrase;
}

const DASHES = new Set(['-', '--', '—', '–']);

/** The token before an aside between dashes that ends right before verb `v` (its adverbs aside), else null. */
function dashedAside(tokens: Token[], sentence: Sentence, v: number): number | null {
  const close = commaBefore(tokens, v);
  if (!DASHES.has(tokens[close]?.text ?? '') || inCompound(tokens, close)) return null;
  for (let i = close - 1; i > sentence.first; i--) {
    const t = tokens[i] as Token;
    if (DASHES.has(t.text) && !inCompound(tokens, i)) return i - 1;
  }
  return null;
}

/** The token before the verb and its adverbs and auxiliaries ("…, has also denied"). */
function commaBefore(tokens: Token[], v: number): number {
  let j = v - 1;
  while (tokens[j]?.pos === 'ADV' || tokens[j]?.pos === 'AUX' || tokens[j]?.pos === 'PART') j--;
  return j;
}

function precededByComma(tokens: Token[], v: number): boolean {
  return tokens[commaBefore(tokens, v)]?.text === ',';
}

const INVERTING = new Set(['did', 'does', 'do']);

/** "Only by the evening did the border service announce …": the subject sits between "did" and the verb. */
function invertedSubject(tokens: Token[], from: number, v: number): Phrase | null {
  let j = v - 1;
  while (j > from && ['DET', 'PROPN', 'NOUN', 'ADJ', 'NUM'].includes((tokens[j] as Token).pos)) j--;
  if (tokens[j]?.norm === 'of') {
    j--;
    while (j > from && ['DET', 'PROPN', 'NOUN', 'ADJ'].includes((tokens[j] as Token).pos)) j--;
  }
  return j > from && INVERTING.has((tokens[j] as Token).norm) && j + 1 < v ? { first: j + 1, last: v } : null;
}

/** Picks the phrase that names the speaker among the comma-separated pieces before the verb. */
function headPhrase(
  tokens: Token[],
  from: number,
  to: number,
): { phrase: Phrase | null; alternatives: Phrase[] } {
  const segments: Phrase[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || (tokens[i] as Token).text === ',') {
      if (i > start) segments.push({ first: start, last: i });
      start = i + 1;
    }
  }
  const apposition = to > from && (tokens[to - 1] as Token).text === ',';
  const nominal = segments.filter((s) => !isAdverbial(tokens, s));
  // "Ankara blamed the rebels, but the group, which is listed …, has denied": with an apposition,
  // pieces that are clauses of their own (a finite verb, a relative pronoun) are not the subject.
  const clause = (p: Phrase) =>
    RELATIVES.has((tokens[p.first] as Token).norm) ||
    range(p.first, p.last).some((k) => isFiniteVerb(tokens, k));
  const pieces = apposition && nominal.some((p) => !clause(p)) ? nominal.filter((p) => !clause(p)) : nominal;
  // With an apposition before the verb, the subject is the first nominal piece; otherwise the last one,
  // or the whole list when that piece is a list's end ("the embassy, the mission and the consulate said").
  const ordered = apposition ? pieces : [listBefore(tokens, segments, nominal[nominal.length - 1])].flat();
  const [phrase, ...alternatives] = ordered
    .map((piece) => trimPhrase(tokens, piece))
    .filter((x): x is Phrase => x !== null);
  return { phrase: phrase ?? null, alternatives };
}

const LIST_ITEM_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PART', 'PUNCT', 'ADP', 'NUM']);

/**
 * "The embassy, the mission and the consulate condemned …": the last piece ends a list ("X and Y")
 * whose earlier items are the pieces before it, each a bare noun phrase with no "and" of its own
 * ("in Khartoum, Omdurman and Bahri, residents and witnesses said" keeps "residents and witnesses").
 */
function listBefore(tokens: Token[], segments: Phrase[], last: Phrase | undefined): Phrase[] {
  if (!last) return [];
  const words = range(last.first, last.last).map((k) => tokens[k] as Token);
  const and = words.findIndex((t) => t.norm === 'and' || t.norm === '&');
  if (and < 1 || words.slice(and + 1).some((t) => t.norm === 'and')) return [last];
  let first = last.first;
  for (let i = segments.indexOf(last) - 1; i >= 0; i--) {
    const item = segments[i] as Phrase;
    const itemWords = range(item.first, item.last).map((k) => tokens[k] as Token);
    const bare =
      item.last === first - 1 &&
      itemWords.length <= 8 &&
      ['DET', 'NOUN', 'PROPN', 'ADJ'].includes(itemWords[0]?.pos ?? '') &&
      itemWords.some((t) => t.pos === 'NOUN' || t.pos === 'PROPN') &&
      itemWords.every((t) => LIST_ITEM_TAGS.has(t.pos) && t.norm !== 'and' && t.norm !== '&');
    if (!bare) break;
    first = item.first;
  }
  return [{ first, last: last.last }];
}

/** "In a statement on July 13", "At the UN on Tuesday", "in turn": pieces that cannot be the subject. */
function isAdverbial(tokens: Token[], s: Phrase): boolean {
  const first = tokens[s.first] as Token;
  return (
    first.pos === 'ADP' ||
    first.pos === 'SCONJ' ||
    // "Reacting to the claims, the spokesman said": a participial clause before the subject.
    (s.first === 0 || tokens[s.first - 1]?.sentence !== first.sentence
      ? /^[A-Z]\w*ing$/.test(first.text) && first.pos === 'VERB'
      : false) ||
    range(s.first, s.last).every((k) => LEADING_NOISE.has((tokens[k] as Token).norm))
  );
}

/** Cuts a phrase at a participle or relative clause ("The EU statement calling for …" → "The EU statement"). */
function trimPhrase(tokens: Token[], s: Phrase): Phrase | null {
  let last = s.last;
  for (let k = s.first + 1; k < s.last; k++) {
    const t = tokens[k] as Token;
    // A capitalised word is part of a name even when tagged a verb ("the Red Cross").
    const verb = (t.pos === 'VERB' || t.pos === 'AUX') && !inCompound(tokens, k) && !/^[A-Z]/.test(t.text);
    // "The ministry on Thursday rejected": a time adverbial after the subject is not part of it.
    const when = t.pos === 'ADP' && TIME_WORDS.test(tokens[k + 1]?.norm ?? '');
    if (verb || when || RELATIVES.has(t.norm)) {
      last = k;
      break;
    }
  }
  let first = s.first;
  // "but the group": the conjunction opens a clause. A list's "and their allies" keeps its "and",
  // which tells the speaker rules the list was cut (speakers/speakers.ts, completePhrase).
  // "Moreover he", "He then": a sentence adverb beside the subject is not part of it.
  const noise = (k: number) =>
    isPunct(tokens[k]) || (tokens[k]?.pos === 'ADV' && LEADING_NOISE.has((tokens[k] as Token).norm));
  while (
    first < last &&
    (noise(first) || ['but', 'yet', 'moreover', 'furthermore'].includes((tokens[first] as Token).norm))
  )
    first++;
  while (last > first && noise(last - 1)) last--;
  return last > first ? { first, last } : null;
}

export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/**
 * A parser on trial gets the last word on the subject (src/ingest/eval/parserTrial/ measures one
 * against the rules); none is set in production, where `subjectOf` is the rules alone.
 */
export type SubjectTrial = (
  doc: TextAnalysis,
  sentence: Sentence,
  v: number,
  rules: SubjectSearch,
) => SubjectSearch;
let trial: SubjectTrial | null = null;

export function setSubjectTrial(t: SubjectTrial | null): void {
  trial = t;
}

export function subjectOf(doc: TextAnalysis, sentence: Sentence, v: number): SubjectSearch {
  const rules = rulesSubjectOf(doc, sentence, v);
  return trial ? trial(doc, sentence, v, rules) : rules;
}

/**
 * "the official said and explained that …", "Padrino said and rejected …": a verb coordinated with
 * an attribution already read shares its speaker (never a phrase inside the quote before it).
 */
export function sharedSubject(
  tokens: Token[],
  v: number,
  consumed: Map<number, Phrase | null>,
): SubjectSearch | null {
  if (tokens[v - 1]?.norm !== 'and') return null;
  const phrase = consumed.get(v - 2);
  return phrase ? { phrase, alternatives: [], background: false } : null;
}
