import type { Candidate } from './candidates';
import { TRAILING_VERBS, afterComma, besideAQuote, quoteLemma, reportingLemma } from './reportingVerbs';
import {
  type Sentence,
  type TextAnalysis,
  type Token,
  tokenAtOrAfter,
  tokensWithin,
} from '../text/sentences';
import { type Phrase, inCompound, isFiniteVerb, isPunct, range, sharedSubject, subjectOf } from './subjects';

/** Quoted words: content offsets [start, end) without the marks; `close` is null when the paragraph ends first. */
export interface QuoteSpan {
  open: number;
  close: number | null;
  start: number;
  end: number;
}

type QuoteKind = 'curly' | 'straight' | 'single' | 'guillemet' | 'doubled';

const OPENERS: Record<string, QuoteKind> = {
  '\u201c': 'curly',
  '"': 'straight',
  '\u2018': 'single',
  '\u00ab': 'guillemet',
};

/** Whether the character at `k` closes a quote opened with marks of `kind`. */
function closes(kind: QuoteKind, paragraph: string, k: number): boolean {
  const c = paragraph[k];
  // Copy that mixes marks ("…” or “…"): the other style's mark closes when the quote's own never comes.
  if (kind === 'curly') return c === '\u201d' || (c === '"' && !paragraph.includes('\u201d', k));
  if (kind === 'straight') return c === '"' || (c === '\u201d' && !paragraph.includes('"', k));
  if (kind === 'guillemet') return c === '\u00bb';
  if (kind === 'doubled') return c === "'" && paragraph[k + 1] === "'";
  return c === '\u2019' && !/[A-Za-z]/.test(paragraph[k + 1] ?? '');
}

/**
 * Finds quotations in straight ("…"), curly (“…”, ‘…’, or mixed: "…” and “…"), doubled-apostrophe (''…'') and guillemet
 * («…») marks. Quotes pair within a paragraph; one left open at a paragraph's end runs to that end
 * (news style for a quote that continues in the next paragraph). A ’ followed by a letter is an
 * apostrophe ("Azerbaijan’s"), not a close.
 */
export function findQuotes(text: string): QuoteSpan[] {
  const quotes: QuoteSpan[] = [];
  let paragraphStart = 0;
  for (const paragraph of text.split('\n')) {
    let open: { kind: QuoteKind; at: number } | null = null;
    let marked = false;
    for (let k = 0; k < paragraph.length; k++) {
      const c = paragraph[k] as string;
      const at = paragraphStart + k;
      if (!open && c === '\u201d') {
        const dropped = droppedOpener(paragraph, k, marked);
        if (dropped === 'here') open = { kind: 'curly', at };
        // The opener was left out at the paragraph's start: the words run from there.
        else if (dropped === 'paragraph') pushQuote(quotes, text, paragraphStart - 1, at);
        marked = true;
        continue;
      }
      if (!open) {
        if (c in OPENERS) marked = true;
        const doubled =
          c === "'" && paragraph[k + 1] === "'" && (k === 0 || /\s/.test(paragraph[k - 1] as string));
        const kind = doubled ? 'doubled' : OPENERS[c];
        if (kind && (kind !== 'single' || k === 0 || /[\s([\u2014-]/.test(paragraph[k - 1] as string)))
          open = { kind, at: doubled ? at + 1 : at };
      } else if (closes(open.kind, paragraph, k)) {
        // The doubled mark's second apostrophe is the one that closes (and is followed by the attribution).
        const doubled = open.kind === 'doubled';
        pushQuote(quotes, text, open.at, doubled ? at + 1 : at, undefined, doubled ? at : undefined);
        if (doubled) k++;
        open = null;
      }
    }
    if (open) pushQuote(quotes, text, open.at, null, paragraphStart + paragraph.length);
    paragraphStart += paragraph.length + 1;
  }
  return quotes;
}

/**
 * A closing curly mark where no quote is open: copy that left out or mistyped the opener. "”There was …"
 * (the closer glued to the next word) opens the quote here; "… were taken,” the governor said" with no
 * mark before it in the paragraph closes words that began at the paragraph's start.
 */
function droppedOpener(paragraph: string, k: number, marked: boolean): 'here' | 'paragraph' | null {
  if (/[\p{L}\d]/u.test(paragraph[k + 1] ?? '') && (k === 0 || /[\s.]/.test(paragraph[k - 1] as string)))
    return 'here';
  return !marked && k > 0 && /[,.?!]/.test(paragraph[k - 1] as string) ? 'paragraph' : null;
}

function pushQuote(
  quotes: QuoteSpan[],
  text: string,
  open: number,
  close: number | null,
  paragraphEnd?: number,
  contentEnd?: number,
): void {
  let start = open + 1;
  let end = contentEnd ?? close ?? (paragraphEnd as number);
  while (start < end && /\s/.test(text[start] as string)) start++;
  // A comma before the closing mark belongs to the attribution ("…,” Aliyev said), not to the words.
  while (end > start && /[\s,]/.test(text[end - 1] as string)) end--;
  if (end > start) quotes.push({ open, close, start, end });
}

const wordsIn = (doc: TextAnalysis, q: QuoteSpan) =>
  tokensWithin(doc, q.start, q.end).filter((t) => t.pos !== 'PUNCT').length;

const tokenAt = (doc: TextAnalysis, offset: number) => tokenAtOrAfter(doc, offset);

/**
 * Direct statements: quotes whose attribution follows ("…,” Michel said), precedes ("the EU said,
 * “…”" or "tweeted that the “…”" when the quote completes the sentence), or is the previous
 * speaker's (a paragraph that is only a quote). Any other quote is part of a paraphrase.
 * Also returns the reporting verbs these quotes consumed, so they are not read as paraphrases.
 */
export function directQuotes(
  doc: TextAnalysis,
  quotes: QuoteSpan[],
): { candidates: Candidate[]; consumed: Map<number, Phrase | null> } {
  const candidates: Candidate[] = [];
  const consumed = new Map<number, Phrase | null>();
  for (const q of quotes) {
    const openToken = tokenAt(doc, q.open);
    const closeToken = q.close === null ? -1 : tokenAt(doc, q.close);
    // A mark glued to the sentence before ("… civilians.”The militia …") opens the sentence of the words.
    const opening = doc.sentences[doc.tokens[tokenAt(doc, q.start)]?.sentence ?? -1];
    const closing = closeToken >= 0 ? doc.sentences[doc.tokens[closeToken]?.sentence ?? -1] : undefined;
    if (!opening || opening.headline) continue;
    const words = wordsIn(doc, q);
    const base = { start: q.start, end: q.end, direct: true, contentStart: q.start, background: false };

    // "Armenia “calls on …,” the ministry said" may lead in with a few words, but not with a clause of its own.
    const leadIn = range(opening.first, openToken).some((k) => isFiniteVerb(doc.tokens, k));
    const after = closing && !leadIn ? attributionAfter(doc, closing, closeToken, q) : null;
    // "Allegations that Russia did it are “provocation and untrue,” the ministry said.": a clause of
    // the reporter's words with a quote in it, closed by the attribution, is a content-first paraphrase.
    const closedBy =
      closing && leadIn && closing === opening ? attributionAfter(doc, closing, closeToken, q) : null;
    if (closedBy && closedBy.speaker && closedBy.lemma !== 'according-to') {
      consumed.set(closedBy.verb, closedBy.speaker);
      // "Riyadh said that the attack “…,” the state news agency reported.": the clause has its own
      // attribution; the closing one only says who carried it.
      if (ownAttribution(doc, opening.first, openToken)) continue;
      const from = (doc.tokens[opening.first] as Token).start;
      candidates.push({
        ...base,
        start: from,
        contentStart: from,
        direct: false,
        kind: 'trailing',
        sentence: opening.index,
        speaker: closedBy.speaker,
        alternatives: [],
        verb: closedBy.verb,
        lemma: closedBy.lemma,
      });
      continue;
    }
    if (closing && after && words >= 2) {
      consumed.set(after.verb, after.speaker);
      candidates.push({
        ...base,
        kind: 'quote',
        sentence: closing.index,
        speaker: after.speaker,
        alternatives: [],
        verb: after.verb,
        lemma: after.lemma,
      });
      continue;
    }
    const endsSentence = !closing || onlyPunctuationAfter(doc, closing, closeToken);
    const before = words >= 3 ? attributionBefore(doc, opening, openToken, endsSentence && words >= 4) : null;
    if (before) {
      const quoted = quotedAsSaying(doc, opening, before.verb);
      // "“…,” the army said, adding that “…”": the participle continues the attribution before it.
      const continued = participleAfterQuote(doc, before.verb, candidates);
      const subject = quoted
        ? { phrase: quoted, alternatives: [] }
        : (continued ??
          sharedSubject(doc.tokens, before.verb, consumed) ??
          subjectOf(doc, opening, before.verb));
      consumed.set(before.verb, subject.phrase);
      const { phrase, alternatives } = subject;
      candidates.push({
        ...base,
        kind: 'quote',
        sentence: opening.index,
        speaker: phrase,
        alternatives,
        verb: before.verb,
        lemma: before.lemma,
      });
      continue;
    }
    if (words >= 4 && endsSentence && openToken === opening.first) {
      candidates.push({
        ...base,
        kind: 'continuation',
        sentence: opening.index,
        speaker: null,
        alternatives: [],
        verb: null,
        lemma: 'say',
      });
    }
  }
  linkContinuedParagraphs(doc, quotes, candidates);
  return { candidates: joinSplitQuotes(doc, candidates), consumed };
}

/**
 * "“We will respond,” the minister said, “and we will win.”": a quote interrupted by its attribution
 * is one statement, from the first to the last quoted word, when the second piece continues the
 * sentence; when it starts a new sentence, each piece is a statement of its own.
 */
function joinSplitQuotes(doc: TextAnalysis, candidates: Candidate[]): Candidate[] {
  const joined: Candidate[] = [];
  for (const c of candidates) {
    const previous = joined[joined.length - 1];
    const continues = /^[a-z]/.test(doc.text[c.start] ?? '');
    if (
      previous &&
      c.kind === 'quote' &&
      previous.kind === 'quote' &&
      c.verb !== null &&
      c.verb === previous.verb &&
      continues
    ) {
      previous.end = c.end;
    } else joined.push(c);
  }
  return joined;
}

/**
 * A quote left open at a paragraph's end continues in the next paragraph's quote (news style); the
 * attribution given there ("…,” he said.") is the speaker of both pieces.
 */
function linkContinuedParagraphs(doc: TextAnalysis, quotes: QuoteSpan[], candidates: Candidate[]): void {
  for (let i = quotes.length - 2; i >= 0; i--) {
    const [q, next] = [quotes[i] as QuoteSpan, quotes[i + 1] as QuoteSpan];
    if (q.close !== null || !/^\s*$/.test(doc.text.slice(q.end, next.open))) continue;
    const piece = candidates.find((c) => c.start === q.start);
    const attributed = candidates.find((c) => c.start === next.start && c.kind === 'quote');
    if (piece && attributed)
      Object.assign(piece, {
        kind: 'quote',
        speaker: attributed.speaker,
        verb: attributed.verb,
        lemma: attributed.lemma,
      });
  }
}

/** A reporting verb of the clause itself between `from` and `to` ("Riyadh said that …"). */
function ownAttribution(doc: TextAnalysis, from: number, to: number): boolean {
  return range(from, to).some((k) => isFiniteVerb(doc.tokens, k) && reportingLemma(doc, k) !== null);
}

function onlyPunctuationAfter(doc: TextAnalysis, s: Sentence, closeToken: number): boolean {
  return range(closeToken + 1, s.last).every((k) => isPunct(doc.tokens[k]));
}

/** "…,” the ministry said (in a statement)." / "…,” said Michel." / "…,” according to the EU." */
function attributionAfter(
  doc: TextAnalysis,
  s: Sentence,
  closeToken: number,
  q: QuoteSpan,
): { verb: number; lemma: string; speaker: Phrase | null } | null {
  const { tokens } = doc;
  const separated =
    unpunctuated(doc, s, q, closeToken) ||
    /[,?!]\s*$/.test(
      doc.text.slice(q.start, (q.close as number) + 1).replace(/(''|[\u201d"\u2019\u00bb])$/, ''),
    ) ||
    tokens[closeToken + 1]?.text === ',';
  if (!separated) return null;
  let k = closeToken + 1;
  if (tokens[k]?.text === ',') k++;
  if (tokens[k]?.norm === 'according' && tokens[k + 1]?.norm === 'to') {
    const last = phraseEnd(tokens, k + 2, s.last);
    return last > k + 2 ? { verb: k, lemma: 'according-to', speaker: { first: k + 2, last } } : null;
  }
  let speakerEnd: number | null = null;
  for (let v = k; v < Math.min(s.last, k + 24); v++) {
    const lemma = quoteLemma(doc, v);
    if (lemma) {
      // "…,” the agency quotes the minister.": the one quoted is the object.
      if (lemma === 'quote' && v > k) {
        const last = phraseEnd(tokens, v + 1, s.last);
        return last > v + 1 ? { verb: v, lemma: 'say', speaker: { first: v + 1, last } } : null;
      }
      if (v > k) {
        const opensClause = ['CCONJ', 'SCONJ', 'ADP'].includes((tokens[k] as Token).pos);
        // "a police officer who gave his name as Ahmed, told …": a relative clause about the speaker ends the name.
        const end = speakerEnd ?? v;
        const who =
          speakerEnd === null ? undefined : range(k + 1, end).find((i) => tokens[i]?.norm === 'who');
        // A verb in the apposition or relative aside skipped after the speaker ("who spoke …") is not a clause.
        return opensClause || range(k, who ?? end).some((i) => clauseVerb(tokens, i))
          ? null
          : { verb: v, lemma, speaker: { first: k, last: who ?? end } };
      }
      // Inverted: "…,” said the ministry." The phrase after the verb ends the sentence, or is
      // followed only by an apposition and a participial clause (", a spokeswoman for …, adding …").
      const last = phraseEnd(tokens, v + 1, s.last);
      // "…,” read the statement.", "…,” continued the minister." likewise.
      const inverted =
        (TRAILING_VERBS.has(lemma) || besideAQuote(lemma)) && !/ing$/.test((tokens[v] as Token).norm);
      const restEnd = participialClauseAt(tokens, last, s.last);
      // ", a member of the council that was set up by soldiers": a relative clause only describes.
      const relative = range(last, restEnd).find((i) =>
        ['that', 'who', 'which', 'whose'].includes(tokens[i]?.norm ?? ''),
      );
      const rest = range(last, relative ?? restEnd);
      return inverted &&
        last > v + 1 &&
        rest.every((i) => isPunct(tokens[i]) || tokens[i]?.pos === 'ADP' || tokens[i]?.pos !== 'VERB')
        ? { verb: v, lemma, speaker: { first: v + 1, last } }
        : null;
    }
    if ((tokens[v] as Token).text === '.') return null;
    if ((tokens[v] as Token).text === ',') {
      // "…,” rebel spokesman Omar Halabi, told AFP.": a stray comma between the speaker and the verb.
      if (v > k && speakerEnd === null && quoteLemma(doc, v + 1) && !/ing$/.test(tokens[v + 1]?.norm ?? '')) {
        speakerEnd = v;
        continue;
      }
      // "…,” Ana Ruiz, a spokeswoman for the council, told reporters.": skip the apposition.
      const close = appositionEnd(tokens, v, s.last) ?? relativeAsideEnd(tokens, v, s.last);
      if (close === null || speakerEnd !== null || v === k) return null;
      speakerEnd = v;
      v = close;
    }
  }
  return null;
}

/**
 * A verb that makes the words after a quote a clause of their own, not the speaker's name: not a participle
 * qualifying the name ("Russian-appointed governor", "the newly elected mayor", "the force known as X").
 */
function clauseVerb(tokens: Token[], i: number): boolean {
  const t = tokens[i] as Token;
  if (t.pos !== 'VERB' || inCompound(tokens, i)) return false;
  const next = tokens[i + 1];
  if (/ed$/.test(t.norm) && ['NOUN', 'PROPN', 'ADJ'].includes(next?.pos ?? '')) return false;
  // "a statement released by state-run media said": a passive participle after a noun describes it.
  if (/ed$/.test(t.norm) && next?.norm === 'by' && tokens[i - 1]?.pos === 'NOUN') return false;
  return !(t.norm === 'known' && next?.norm === 'as');
}

/** ", a spokeswoman for the council," — the comma closing an apposition without a verb, or null. */
function appositionEnd(tokens: Token[], comma: number, to: number): number | null {
  for (let i = comma + 1; i < Math.min(to, comma + 16); i++) {
    const t = tokens[i] as Token;
    if (t.text === ',') return i > comma + 1 ? i : null;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.text === '.') return null;
  }
  return null;
}

/** ", who spoke on condition of anonymity," — the comma closing a relative clause about the speaker, or null. */
export function relativeAsideEnd(tokens: Token[], comma: number, to: number): number | null {
  if (!['who', 'which'].includes(tokens[comma + 1]?.norm ?? '')) return null;
  for (let i = comma + 2; i < Math.min(to, comma + 20); i++) {
    const t = tokens[i] as Token;
    if (t.text === ',') return i;
    if (t.text === '.' || /^["\u201c\u201d]$/.test(t.text)) return null;
  }
  return null;
}

/**
 * "“Six houses burned” he said.": a sentence-long quote whose comma was dropped is still attributed
 * when a pronoun or a short name and a reporting verb follow it at once.
 */
function unpunctuated(doc: TextAnalysis, s: Sentence, q: QuoteSpan, closeToken: number): boolean {
  const { tokens } = doc;
  if (tokenAt(doc, q.open) !== s.first) return false;
  let k = closeToken + 1;
  if (tokens[k]?.pos === 'PRON') k++;
  else while (k < closeToken + 4 && tokens[k]?.pos === 'PROPN') k++;
  return k > closeToken + 1 && !!quoteLemma(doc, k);
}

/**
 * Where a ", adding …" / ", saying …" clause starts after `from` (its comma), else `to`; right after the
 * speaker, also a participle about the quote or the speaker (", quoted in a press release …") or a
 * gerund after a preposition ("without confirming …").
 */
function participialClauseAt(tokens: Token[], from: number, to: number): number {
  const verb = (t: Token | undefined) => t?.pos === 'VERB' && !/^[A-Z]/.test(t.text);
  if (tokens[from]?.text === ',' && verb(tokens[from + 1]) && /ed$/.test(tokens[from + 1]?.norm ?? ''))
    return from;
  if (
    GERUND_PREPOSITIONS.has(tokens[from]?.norm ?? '') &&
    verb(tokens[from + 1]) &&
    /ing$/.test(tokens[from + 1]?.norm ?? '')
  )
    return from;
  for (let i = from; i < to - 1; i++) {
    if (tokens[i]?.text === ',' && /ing$/.test(tokens[i + 1]?.norm ?? '') && tokens[i + 1]?.pos === 'VERB')
      return i;
  }
  return to;
}

const GERUND_PREPOSITIONS = new Set(['without', 'before', 'after', 'while', 'when']);

/** Where a speaker phrase after a verb ends: at a comma, the sentence end, or a prepositional phrase. */
function phraseEnd(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (
    k < to &&
    (!isPunct(tokens[k]) || gluedHyphen(tokens, k)) &&
    !(tokens[k]?.pos === 'ADP' && k > from && tokens[k]?.norm !== 'of')
  )
    k++;
  return k;
}

/** "secretary-general", "Hamas-run": a hyphen joining two words is inside the phrase, not its end. */
const gluedHyphen = (tokens: Token[], k: number): boolean => tokens[k]?.text === '-' && inCompound(tokens, k);

/** "X said(, in a statement), “…”" or, when the quote completes the sentence, "X tweeted Thursday that the “…”". */
function attributionBefore(
  doc: TextAnalysis,
  s: Sentence,
  openToken: number,
  completes: boolean,
): { verb: number; lemma: string } | null {
  const { tokens } = doc;
  let k = openToken - 1;
  const mark = tokens[k];
  if (!mark) return null;
  if (mark.text === ',' || mark.text === ':') {
    k--;
    // A short adverbial may sit between the verb and the comma: "said in its statement, “…”".
    for (let steps = 0; k >= s.first && steps < 8; steps++, k--) {
      const lemma = quoteLemma(doc, k);
      if (lemma) return { verb: k, lemma };
      if (['VERB', 'AUX', 'PUNCT'].includes((tokens[k] as Token).pos)) return null;
    }
    return null;
  }
  if (!completes) return null;
  if (mark.pos === 'DET') k--;
  if (tokens[k]?.norm !== 'that') return null;
  for (let v = k - 1; v >= Math.max(s.first, k - 5); v--) {
    const lemma = quoteLemma(doc, v);
    if (lemma) return { verb: v, lemma };
    if (['VERB', 'AUX', 'PUNCT'].includes((tokens[v] as Token).pos)) return null;
  }
  return null;
}

/**
 * "The agency quoted a security source as saying that “…”", "Amnesty quoted two witnesses saying …":
 * the one quoted is the speaker, not the agency.
 */
export function quotedAsSaying(doc: TextAnalysis, s: Sentence, verb: number): Phrase | null {
  const { tokens } = doc;
  if (tokens[verb]?.norm !== 'saying') return null;
  const end = tokens[verb - 1]?.norm === 'as' ? verb - 1 : verb;
  for (let q = end - 1; q >= Math.max(s.first, end - 16); q--) {
    // "quoted the ministry as saying …", "cited witnesses as saying …".
    if (['quote', 'cite'].includes(tokens[q]?.lemma ?? '') && tokens[q]?.pos === 'VERB')
      return end > q + 1 ? { first: q + 1, last: end } : null;
    if (isPunct(tokens[q])) return null;
  }
  return null;
}

/** The attribution a participle (", adding that “…”") continues: the quote just before it in the sentence. */
function participleAfterQuote(
  doc: TextAnalysis,
  verb: number,
  found: Candidate[],
): { phrase: Phrase; alternatives: Phrase[] } | null {
  const t = doc.tokens[verb] as Token;
  if (!/ing$/.test(t.norm) || !afterComma(doc.tokens, verb)) return null;
  const previous = found[found.length - 1];
  if (previous && previous.sentence === t.sentence && previous.speaker && previous.verb !== null)
    return previous.verb < verb ? { phrase: previous.speaker, alternatives: previous.alternatives } : null;
  // "She urged talks, warning that “…”": the participle's speaker is the subject of the clause it
  // hangs on: the nearest reporting verb's ("…, a spokesman said on Tuesday, adding: “…”"), else the first verb's.
  const s = doc.sentences[t.sentence] as Sentence;
  const finite = range(s.first, verb).filter((k) => isFiniteVerb(doc.tokens, k));
  // A reporting verb inside another's "that" clause ("X said that the RSF claimed …, stressing") is reported, not reporting.
  const reporting = finite.filter((k) => !!quoteLemma(doc, k));
  const outer = reporting.filter(
    (k, i) => i === 0 || !range(reporting[0] as number, k).some((j) => doc.tokens[j]?.norm === 'that'),
  );
  const main = outer[outer.length - 1] ?? finite[0];
  if (main === undefined) return null;
  const { phrase, alternatives } = subjectOf(doc, s, main);
  return phrase ? { phrase, alternatives } : null;
}
