import { type Candidate, trimEnd } from './candidates';
import { type QuoteSpan, quotedAsSaying } from './quotes';
import {
  agentivePassive,
  drawnReactions,
  looseParticiple,
  nominalDenial,
  passiveAnswers,
  possessiveCalls,
  reducedAgentive,
} from './nominal';
import {
  accordingTo,
  closingAttribution,
  invertedAttribution,
  trailingAttribution,
} from './clauseAttribution';
import { TRAILING_VERBS, afterComma, reportingLemma } from './reportingVerbs';
import { namingInRelative, relativeComma, relativeEnd, relativeSubject, whichSubject } from './relative';
import {
  type Sentence,
  type TextAnalysis,
  type Token,
  tokenAtOrAfter,
  tokensWithin,
} from '../text/sentences';
import {
  type Phrase,
  type SubjectSearch,
  isFiniteVerb,
  isPunct,
  range,
  sharedSubject,
  subjectOf,
} from './subjects';

const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', "'s"]);
const NEGATIONS = new Set(['not', "n't", 'never']);
const GLOSS = new Set(['which', 'what', 'as']);

/**
 * Attributed paraphrases: a reporting verb with a speaker ("the EU urged both sides to …"), a
 * participle continuing the same speaker (", adding that …", ", urging …"), a coordinated second
 * verb (", and said …"), a clause "according to" someone, and a clause closed by ", X said."
 * Verbs inside glosses ("which it said", "what it called"), passives, negations and verbs already
 * taken by a direct quote are not attributions.
 */
export function paraphrases(
  doc: TextAnalysis,
  quotes: QuoteSpan[],
  direct: Candidate[],
  consumed: Map<number, Phrase | null>,
): Candidate[] {
  // Tokens inside quotation marks, the marks included: words quoted are never the attribution.
  // A single word in quotation marks ("and “demanded” Pakistan punish …") is the reporter's verb, marked.
  const quoted = new Set(
    quotes
      .map((q) => tokensWithin(doc, q.open, (q.close ?? q.end) + 1))
      .filter((inside) => inside.filter((t) => !isPunct(t)).length !== 1)
      .flatMap((inside) => inside.map((t) => t.index)),
  );
  const all: Candidate[] = [];
  for (const s of doc.sentences) {
    if (s.headline) continue;
    const { found, cuts } = verbsOf(doc, s, quoted, direct, consumed);
    const according = accordingTo(doc, s, quoted, [
      ...found,
      ...direct.filter((c) => c.sentence === s.index),
    ]);
    if (according) found.push(according);
    found.push(...drawnReactions(doc, s, quoted));
    // Calls carried by someone's noun, unless a reporting verb already reports them.
    for (const call of possessiveCalls(doc, s, quoted))
      if (
        !found.some(
          (c) => c.start <= call.start && c.end > call.start && c.verb !== null && c.verb < (call.verb ?? 0),
        )
      )
        found.push(call);
    // ", adding that “…”": a participle whose words are quoted is a statement of its own (the quote);
    // the paraphrase before it ends at its comma.
    // "said that the attack “…,” the news agency reported": the carrier's attribution ends the words.
    for (const [verb, phrase] of consumed)
      if (
        phrase &&
        phrase.last <= verb &&
        closesQuote(doc, phrase.first) &&
        doc.tokens[verb]?.sentence === s.index
      )
        cuts.push((doc.tokens[phrase.first] as Token).start);
    for (const d of direct) {
      // "…, with X denouncing the sanctions as “illegal,” local media reported.": the attribution
      // closing a clause with a quote in it ends the statements inside that clause.
      if (d.sentence === s.index && d.kind === 'trailing' && d.speaker)
        cuts.push((doc.tokens[d.speaker.first] as Token).start);
      const verb = d.verb === null ? undefined : doc.tokens[d.verb];
      if (d.sentence === s.index && verb && /ing$/.test(verb.norm) && afterComma(doc.tokens, verb.index)) {
        // A closing quotation mark before the participle stays with the words it closes.
        const mark = doc.tokens[verb.index - 1] as Token;
        cuts.push(mark.text === ',' ? mark.start : mark.end);
      }
    }
    all.push(...withEnds(doc, s, found, cuts).flatMap((c) => splitClauses(doc, c, quoted)));
  }
  return all.filter((c) => saysSomething(doc, c) && !byCorrespondent(doc, c));
}

/** Whether the token before `first` closes a quote (",”" or "”,"), so `first` opens its attribution. */
function closesQuote(doc: TextAnalysis, first: number): boolean {
  const [a, b] = [doc.tokens[first - 1]?.text ?? '', doc.tokens[first - 2]?.text ?? ''];
  const mark = (x: string) => /^["\u201d]$/.test(x);
  return (a === ',' && mark(b)) || (mark(a) && b === ',');
}

const REPORTERS = new Set([
  'correspondent',
  'correspondents',
  'reporter',
  'reporters',
  'journalist',
  'journalists',
]);

/**
 * "An AFP correspondent said …", "according to an Anadolu Agency (AA) reporter in Khartoum": the
 * outlet's own reporter reports; that is the article's narration, not a statement (the annotation
 * guidelines).
 */
function byCorrespondent(doc: TextAnalysis, c: Candidate): boolean {
  if (!c.speaker) return false;
  // "AFP digital verification reporters", "the broadcaster’s correspondent": an outlet's staff by its acronym or possessive.
  const words = range(c.speaker.first, c.speaker.last).map((i) => doc.tokens[i] as Token);
  if (
    REPORTERS.has(words[words.length - 1]?.norm ?? '') &&
    words.slice(0, -1).some((t) => /^[A-Z]{2,}$/.test(t.text) || /^['\u2019]s$/.test(t.text))
  )
    return true;
  if (!['a', 'an', 'our'].includes(doc.tokens[c.speaker.first]?.norm ?? '')) return false;
  for (let i = c.speaker.first + 1; i < Math.min(doc.tokens.length, c.speaker.first + 8); i++) {
    const t = doc.tokens[i] as Token;
    if (REPORTERS.has(t.norm)) return i > c.speaker.first + 1;
    if (!(t.pos === 'PROPN' || /^[A-Z]/.test(t.text) || ['(', ')'].includes(t.text))) return false;
  }
  return false;
}

/** Verbs that report words only through a clause: "said" alone, or with an adjunct, says nothing. */
const CLAUSE_VERBS = new Set(['say', 'tell', 'add', 'state', 'comment']);

/**
 * "said in a statement", "told reporters", "said Wednesday", "said about the clashes": a speech verb
 * with no clause after it is an attribution whose words are elsewhere (or nowhere), not a statement.
 */
function saysSomething(doc: TextAnalysis, c: Candidate): boolean {
  // "As the agency reported, …": a verb of saying with no words after it glosses the clause beside it.
  if (c.kind === 'paraphrase' && c.verb !== null && TRAILING_VERBS.has(c.lemma))
    if (c.end <= (doc.tokens[c.verb] as Token).end && /^[,.]$/.test(doc.tokens[c.verb + 1]?.text ?? ''))
      return false;
  if (c.kind !== 'paraphrase' || !CLAUSE_VERBS.has(c.lemma) || c.verb === null) return true;
  if (/["\u201c\u201d]/.test(doc.text.slice(c.start, c.end))) return true;
  const after = tokensWithin(doc, (doc.tokens[c.verb] as Token).end, c.end);
  // "strikes that it says target militants": the relative clause's own verb may be read as a noun.
  if (c.nested) return !!after[0] && !['ADP', 'PUNCT'].includes(after[0].pos);
  return after.some((t) => isFiniteVerb(doc.tokens, t.index)) || subjectFirst(c.lemma, after);
}

const TIME_NOUNS = new Set('week weekend month year morning afternoon evening night day time'.split(' '));

/**
 * "said the latest strike fit the profile …": after "said", a determiner or pronoun opens the
 * reported clause even when the tagger misses its verb ("said this week" and "said it" do not).
 */
function subjectFirst(lemma: string, all: Token[]): boolean {
  // "saying that the two parties own …": the same after "that".
  const after = all[0]?.norm === 'that' ? all.slice(1) : all;
  const first = after[0];
  if (lemma !== 'say' || after.length < 4 || !first || !['DET', 'PRON', 'NUM'].includes(first.pos))
    return false;
  return !after.slice(0, 3).some((t) => TIME_NOUNS.has(t.norm) || t.text === ',');
}

function verbsOf(
  doc: TextAnalysis,
  s: Sentence,
  quoted: Set<number>,
  direct: Candidate[],
  consumed: Map<number, Phrase | null>,
): { found: Candidate[]; cuts: number[] } {
  const { tokens } = doc;
  const found: Candidate[] = [];
  // Where a closing ", a spokesman … told the AP" starts: statements before it end there.
  const cuts: number[] = [];
  for (let k = s.first; k < s.last; k++) {
    if (quoted.has(k) || consumed.has(k)) continue;
    const lemma = reportingLemma(doc, k) ?? namingInRelative(doc, k);
    if (!lemma) continue;
    const judged = agentivePassive(doc, s, k, lemma) ?? reducedAgentive(doc, s, k, lemma);
    if (judged) {
      found.push(judged);
      // "…, a scenario confirmed by the ministry": an apposition's answer ends the words before it.
      const before = tokens[tokenAtOrAfter(doc, judged.start) - 1];
      if (judged.nested && before?.text === ',') cuts.push(before.start);
      continue;
    }
    const quotedSpeaker = quotedAsSaying(doc, s, k);
    // "…, IRNA quoted the police chief as saying on Saturday.": the clause before is the chief's words.
    const quotedTrailing = quotedSpeaker
      ? closingAttribution(doc, s, k, quotedSpeaker, subjectOf(doc, s, quotedSpeaker.first - 1).phrase, [
          ...direct,
          ...found,
        ])
      : undefined;
    if (quotedTrailing !== undefined) {
      if (quotedTrailing) found.push(quotedTrailing);
      continue;
    }
    if (quotedSpeaker) {
      found.push(
        paraphrase(doc, k, lemma, s, { phrase: quotedSpeaker, alternatives: [], background: false }, false),
      );
      continue;
    }
    // "X was quoted as saying that …", "…, X was quoted as saying on Friday.": the passive's subject speaks.
    const passive = quotedPassively(tokens, k);
    if (passive !== null) {
      const subject = subjectOf(doc, s, passive + 1);
      if (!subject.phrase) continue;
      const closing = closingAttribution(doc, s, k, subject.phrase, subject.phrase, [...direct, ...found]);
      if (closing !== undefined) {
        if (closing) found.push(closing);
        continue;
      }
      const c = paraphrase(doc, k, lemma, s, subject, subject.background);
      found.push({ ...c, start: (tokens[passive] as Token).start });
      continue;
    }
    const loose = /ing$/.test((tokens[k] as Token).norm) ? looseParticiple(tokens, k) : null;
    const bare = !loose && bareParticiple(tokens, k, lemma, found);
    if (!loose && !bare && !attributes(tokens, k) && !secondParticiple(tokens, k, found)) continue;
    const participle = /ing$/.test((tokens[k] as Token).norm) && tokens[k - 1]?.pos !== 'AUX';
    if (participle) {
      // "issued a statement vowing …" is one statement, the issuing's.
      if (loose?.document && found.some((c) => c.verb !== null && c.verb < k)) continue;
      // "issued a separate statement on Monday announcing …", "released a study claiming …" likewise.
      if (carriedByDocument(tokens, k, found)) continue;
      const subject = loose?.withPhrase
        ? { phrase: loose.withPhrase, alternatives: [], background: false }
        : bare
          ? bareSubject(found, k)
          : participleSubject(doc, s, k, quoted, consumed, found);
      if (!subject.phrase) continue;
      const c = paraphrase(doc, k, lemma, s, subject, false);
      // "In a statement vowing retaliation, the ministry said …": the participle ends at its clause's comma.
      const comma =
        loose || openingParticiple(tokens, k)
          ? range(k + 1, s.last).find((i) => !quoted.has(i) && tokens[i]?.text === ',')
          : undefined;
      found.push(comma === undefined ? c : { ...c, end: (tokens[comma] as Token).start });
      continue;
    }
    // "went on to say that …" reports; other infinitives ("wants to say", "refused to comment") do not.
    const goesOn = tokens[k - 1]?.norm === 'to' ? goesOnTo(tokens, k - 1) : null;
    if (tokens[k - 1]?.norm === 'to' && goesOn === null) continue;
    const inverted = invertedAttribution(doc, s, k, lemma, [...direct, ...found]);
    if (inverted !== undefined) {
      if (inverted) {
        for (const x of inverted.drop) found.splice(found.indexOf(x), 1);
        found.push(inverted.candidate);
      }
      continue;
    }
    const answers = passiveAnswers(doc, s, k, lemma);
    if (answers.length > 0) {
      found.push(...answers);
      cuts.push(...answers.map((a) => a.start));
      continue;
    }
    const which = whichSubject(tokens, k);
    if (which) {
      found.push(paraphrase(doc, k, lemma, s, { phrase: which, alternatives: [], background: false }, false));
      continue;
    }
    const relative = relativeSubject(doc, k);
    if (relative) {
      const c = paraphrase(
        doc,
        k,
        lemma,
        s,
        { phrase: relative, alternatives: [], background: false },
        false,
      );
      const end = relativeEnd(tokens, k, s.last, quoted);
      found.push({ ...c, end: end < s.last ? (tokens[end] as Token).start : c.end, nested: true });
      const comma = relativeComma(tokens, relative);
      if (comma !== null) cuts.push((tokens[comma] as Token).start);
      continue;
    }
    const subject =
      sharedSubject(tokens, k, consumed) ??
      coordinatedSubject(tokens, k, found, quoted) ??
      subjectOf(doc, s, goesOn ?? k);
    if (!subject.phrase) continue;
    const denial = nominalDenial(doc, s, k, lemma, subject.phrase);
    if (denial) {
      found.push(denial);
      cuts.push(denial.start);
      continue;
    }
    const trailing = trailingAttribution(doc, s, k, lemma, subject.phrase, [...direct, ...found]);
    if (trailing !== undefined) {
      if (trailing) {
        // A background verb inside the clause ("after villagers complained …") is said inside its words: it does not end them.
        for (const [i, x] of found.entries())
          if (x.background && x.start < trailing.end && x.end > trailing.start)
            found[i] = { ...x, nested: true };
        found.push(trailing);
      }
      // Statements inside the clause (", with X denouncing …") end where the attribution begins.
      cuts.push((tokens[subject.phrase.first - 1] as Token).start);
      continue;
    }
    // A reporting verb inside reported words ("said Armenia had accused …") is part of them, unless
    // it opens a clause of its own (", and said", ", while Tehran warned", "; Baku denied").
    const previous = [...found]
      .reverse()
      .find((c) => c.kind === 'paraphrase' && c.end > (tokens[k] as Token).start);
    // After a relative clause's words ("A soldier who said he saw it said …"), the main verb is not inside them.
    const outside = !!previous?.nested && (tokens[subject.phrase.first] as Token).start < previous.start;
    if (
      previous &&
      !outside &&
      !coordinated(tokens, k) &&
      !newClause(tokens, previous.verb ?? k, subject.phrase.first) &&
      !afterFrontedClause(tokens, previous, subject.phrase.first)
    )
      continue;
    const c = paraphrase(doc, k, lemma, s, subject, subject.background);
    found.push(goesOn === null ? c : { ...c, start: (tokens[goesOn] as Token).start });
  }
  return { found, cuts };
}

/** Verbs whose statement is a document they put out, with what it says after it ("issued a statement saying …"). */
const DOCUMENT_VERBS = new Set(['issue', 'release', 'publish', 'post']);

/** Participle `k` says what a document put out by an earlier verb of its sentence says, no comma between. */
function carriedByDocument(tokens: Token[], k: number, found: Candidate[]): boolean {
  return found.some(
    (c) =>
      c.verb !== null &&
      c.verb < k &&
      DOCUMENT_VERBS.has(c.lemma) &&
      tokens[c.verb]?.sentence === tokens[k]?.sentence &&
      !range(c.verb + 1, k).some((i) => /^[,;:]$/.test((tokens[i] as Token).text)),
  );
}

/** "was quoted as saying", "were quoted as saying": the auxiliary's index when `k` is that "saying", else null. */
function quotedPassively(tokens: Token[], k: number): number | null {
  if (tokens[k]?.norm !== 'saying' || tokens[k - 1]?.norm !== 'as' || tokens[k - 2]?.norm !== 'quoted')
    return null;
  return BE.has(tokens[k - 3]?.norm ?? '') ? k - 3 : null;
}

/** "went on to", "continued to": the verb before `to` (its first token), else null. */
function goesOnTo(tokens: Token[], to: number): number | null {
  if (tokens[to - 1]?.norm === 'on' && tokens[to - 2]?.lemma === 'go') return to - 2;
  return tokens[to - 1]?.lemma === 'continue' ? to - 1 : null;
}

/** ", adding that … and urging …": a reporting participle after "and" and another reporting participle. */
function secondParticiple(tokens: Token[], k: number, found: Candidate[]): boolean {
  if (tokens[k - 1]?.norm !== 'and' || !/ing$/.test((tokens[k] as Token).norm)) return false;
  const sentence = (tokens[k] as Token).sentence;
  return found.some((c) => {
    const verb = c.verb === null ? undefined : tokens[c.verb];
    return (
      c.kind === 'paraphrase' &&
      !!verb &&
      verb.index < k &&
      verb.sentence === sentence &&
      /ing$/.test(verb.norm)
    );
  });
}

const BARE_PARTICIPLES = new Set(['say', 'state', 'add']);

/**
 * "condemned the attack stating he was troubled": without its comma, a "saying"/"stating"/"adding"
 * right after the object of a reporting verb still starts words of its own, the same speaker's.
 */
function bareParticiple(tokens: Token[], k: number, lemma: string, found: Candidate[]): boolean {
  // "… fired from Lebanon denying that it was a rocket": any reporting participle opening a "that" clause.
  const clause = tokens[k + 1]?.norm === 'that';
  if (!(BARE_PARTICIPLES.has(lemma) || clause) || !/ing$/.test((tokens[k] as Token).norm)) return false;
  if (!['NOUN', 'PROPN'].includes(tokens[k - 1]?.pos ?? '')) return false;
  const sentence = (tokens[k] as Token).sentence;
  return found.some(
    (c) =>
      c.kind === 'paraphrase' &&
      c.verb !== null &&
      c.verb < k &&
      tokens[c.verb]?.sentence === sentence &&
      // "footage showing the commander declaring that …": the one shown speaks, not the reporter.
      !(clause && range(c.verb + 1, k).some((i) => PERCEIVED.has((tokens[i] as Token).lemma))),
  );
}

const PERCEIVED = new Set(['show', 'see', 'hear', 'watch', 'depict', 'feature', 'film', 'record']);

/** A bare participle's speaker: the reporting verb's before it ("X quoted Y as saying … denying …": Y). */
function bareSubject(found: Candidate[], k: number): SubjectSearch {
  const last = [...found].reverse().find((c) => c.kind === 'paraphrase' && c.verb !== null && c.verb < k);
  return { phrase: last?.speaker ?? null, alternatives: last?.alternatives ?? [], background: false };
}

/** Excludes passives ("was quoted by"), infinitives, glosses ("which it said") and negations ("did not say"). */
function attributes(tokens: Token[], k: number): boolean {
  const before = (n: number) => tokens[k - n];
  // "the ministry, which announced …" is the ministry speaking; "which it said" glosses.
  const subjectWhich = before(1)?.norm === 'which' && before(2)?.text === ',';
  if ((GLOSS.has(before(1)?.norm ?? '') && !subjectWhich) || before(1)?.norm === 'that') return false;
  // "which it said" glosses; "a speech in which he asserted that …" reports.
  if (before(1)?.pos === 'PRON' && GLOSS.has(before(2)?.norm ?? '') && before(3)?.pos !== 'ADP') return false;
  if (NEGATIONS.has(before(1)?.norm ?? '') || NEGATIONS.has(before(2)?.norm ?? '')) return false;
  let j = k - 1;
  while (tokens[j]?.pos === 'ADV') j--;
  const participle = /ing$/.test((tokens[k] as Token).norm);
  if (!participle && BE.has(tokens[j]?.norm ?? '')) return false;
  if (participle && !BE.has(tokens[j]?.norm ?? '')) {
    // An -ing attribution continues a clause after a comma: ", urging …" or "…,” urging …".
    const prev = tokens[k - 1];
    // "Calling for calm, the governor warned …": a participle opening the sentence, the main clause's speaker's.
    if (openingParticiple(tokens, k)) return true;
    // "…,” he said before blaming the gangs", "announced … after declaring control": the same speaker's next words.
    if (['before', 'after', 'despite'].includes(prev?.norm ?? '')) return true;
    // "responded by saying …", "reacted by stating …": a verb of saying is the manner of the response
    // (not "accused Minsk of a provocation by encouraging migrants …", which is inside the charge).
    if (prev?.norm === 'by') return TRAILING_VERBS.has((tokens[k] as Token).lemma);
    // "…, officials said adding that …": the comma before the participle left out after a verb of saying.
    if (prev?.pos === 'VERB' && TRAILING_VERBS.has(prev.lemma)) return true;
    return prev?.text === ',' || (isPunct(prev) && tokens[k - 2]?.text === ',');
  }
  return true;
}

/** "Calling for calm, …", "Despite denying it, …": an -ing clause opening its sentence, up to its comma. */
function openingParticiple(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  const opener = tokens[k - 1]?.sentence !== t.sentence;
  const afterDespite = tokens[k - 1]?.norm === 'despite' && tokens[k - 2]?.sentence !== t.sentence;
  // "Citing security concerns, the ministry closed …" gives a reason, not words of its own.
  return /ing$/.test(t.norm) && t.norm !== 'citing' && (opener || afterDespite);
}

const CONTRAST = new Set(['but', 'while', 'whereas', 'yet']);
const CLAUSE_OPENERS = new Set(['and', 'but', 'while', 'whereas', 'although', 'though', 'yet']);

function newClause(tokens: Token[], from: number, to: number): boolean {
  return range(from + 1, to).some((i) => {
    const t = tokens[i] as Token;
    return (
      t.text === ';' ||
      t.norm === 'while' ||
      t.norm === 'whereas' ||
      // "… had been killed but one official said …": "but" right before the new verb's subject.
      (t.norm === 'but' && i === to - 1) ||
      (t.text === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.norm ?? ''))
    );
  });
}

/** The "and"/"but" right before verb `k` and its adverbs and auxiliaries, if any. */
function conjunctionBefore(tokens: Token[], k: number): number | null {
  let j = markedWord(tokens, k) ? k - 2 : k - 1;
  while (tokens[j] && ['ADV', 'AUX'].includes((tokens[j] as Token).pos)) j--;
  // "and on several occasions voiced …", "but on Tuesday said …": a short adjunct before the verb.
  j = beforeAdjunct(tokens, j);
  return ['and', 'but'].includes(tokens[j]?.norm ?? '') ? j : null;
}

const ADJUNCT_WORDS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

/** The token before a prepositional phrase of at most five words ending at `j` (optionally after a comma), else `j`. */
function beforeAdjunct(tokens: Token[], j: number): number {
  let i = tokens[j]?.text === ',' ? j - 1 : j;
  const end = i;
  while (i > end - 5 && ADJUNCT_WORDS.has(tokens[i]?.pos ?? '')) i--;
  if (i === end || tokens[i]?.pos !== 'ADP') return j;
  i--;
  while (tokens[i] && (tokens[i] as Token).pos === 'ADV') i--;
  return i;
}

const FRONTED = new Set('while as after when although though because since once whereas'.split(' '));

/**
 * "While the UN is pushing for talks, the rebels have demanded …": words said in a clause opened by
 * "while"/"as"/"after" … before the speaker end at the comma where the main clause's subject begins.
 */
function afterFrontedClause(tokens: Token[], previous: Candidate, subject: number): boolean {
  const opener = previous.speaker ? tokens[previous.speaker.first - 1] : undefined;
  return !!opener && FRONTED.has(opener.norm) && tokens[subject - 1]?.text === ',';
}

function coordinated(tokens: Token[], k: number): boolean {
  return conjunctionBefore(tokens, k) !== null;
}

/**
 * "confirmed the massacre and said he …", "said ten were killed since the raid began, but cautioned
 * that …": a verb with no subject of its own after "and"/"but" is the earlier attribution's second
 * verb, and shares its speaker, when a comma closes the first verb's words or those words hold no
 * clause (a verb inside them, "said the army attacked and accused …", may be the words' own).
 */
function coordinatedSubject(
  tokens: Token[],
  k: number,
  found: Candidate[],
  quoted: Set<number>,
): SubjectSearch | null {
  const and = conjunctionBefore(tokens, k);
  if (and === null) return null;
  const first = [...found]
    .reverse()
    .find(
      (c) =>
        c.kind === 'paraphrase' &&
        !c.nested &&
        c.verb !== null &&
        c.verb < and &&
        c.speaker !== null &&
        tokens[c.verb]?.sentence === tokens[k]?.sentence,
    );
  if (!first || first.verb === null) return null;
  const comma = tokens[and - 1]?.text === ',';
  // A verb inside quotation marks ("“immediately ceases its acts” and called for …") is the quoted words' own.
  if (!comma && range(first.verb + 1, and).some((i) => !quoted.has(i) && isFiniteVerb(tokens, i)))
    return null;
  return { phrase: first.speaker, alternatives: first.alternatives, background: first.background };
}

/** The participle's speaker is the subject of the clause's first finite verb. */
function participleSubject(
  doc: TextAnalysis,
  s: Sentence,
  k: number,
  quoted: Set<number>,
  consumed: Map<number, Phrase | null>,
  found: Candidate[],
): SubjectSearch {
  // "…, the ministry said, accusing …": the participle continues the attribution just before it.
  // "…, the threats were condemned by the embassy, stating …": the passive's agent likewise.
  const attributed = [...found]
    .reverse()
    .find(
      (c) =>
        c.verb !== null &&
        c.verb < k &&
        (c.kind === 'trailing' || (c.kind === 'paraphrase' && doc.tokens[c.verb + 1]?.norm === 'by')),
    );
  if (attributed)
    return { phrase: attributed.speaker, alternatives: attributed.alternatives, background: false };
  // "Anyone who does so is “a terrorist,” he added, condemning …": a quote's attribution right before.
  const carrier = quoteCarrier(doc.tokens, k, quoted, consumed);
  if (carrier) return { phrase: carrier, alternatives: [], background: false };
  // "In a statement vowing retaliation, the ministry said …": the subject may come after the participle.
  const finite = range(s.first, k).filter((i) => !quoted.has(i) && isFiniteVerb(doc.tokens, i));
  // "Officials said ten rockets landed, but the Pentagon was more guarded, saying …": the clause
  // the participle hangs on is the last one opened by "but"/"while", else the first.
  const contrasted = [...finite]
    .reverse()
    .map((i) => contrastedSubject(doc.tokens, i))
    .find((p) => p !== null);
  if (contrasted) return { phrase: contrasted, alternatives: [], background: false };
  const main =
    finite[0] ??
    range(k + 1, s.last).find(
      (i) => !quoted.has(i) && isFiniteVerb(doc.tokens, i) && !!reportingLemma(doc, i),
    );
  if (main === undefined) return { phrase: null, alternatives: [], background: false };
  if (consumed.has(main)) return { phrase: consumed.get(main) ?? null, alternatives: [], background: false };
  return subjectOf(doc, s, main);
}

/**
 * The speaker of a quote whose attribution ("…,” he added,") stands right before participle `k`, with
 * no other verb between them: the participle continues that attribution.
 */
function quoteCarrier(
  tokens: Token[],
  k: number,
  quoted: Set<number>,
  consumed: Map<number, Phrase | null>,
): Phrase | null {
  const verb = [...consumed.keys()]
    .filter((v) => v < k && tokens[v]?.sentence === tokens[k]?.sentence)
    .sort((x, y) => y - x)[0];
  if (verb === undefined) return null;
  const between = range(verb + 1, k);
  if (between.some((i) => quoted.has(i) || isFiniteVerb(tokens, i))) return null;
  return consumed.get(verb) ?? null;
}

/** "… but the Pentagon was (more guarded)": the verb's subject right after "but", "while", "whereas" or "yet". */
function contrastedSubject(tokens: Token[], v: number): Phrase | null {
  let j = v - 1;
  while (tokens[j] && ['AUX', 'ADV', 'PART'].includes((tokens[j] as Token).pos)) j--;
  const last = j;
  // "while a guard was wounded": the subject of a passive suffered the act, it says nothing.
  const be = (t: Token | undefined) => !!t && t.pos === 'AUX' && BE.has(t.norm);
  const participle = (t: Token | undefined) => t?.pos === 'VERB' && /(ed|en)$/.test(t.norm);
  if ((be(tokens[v]) && participle(tokens[v + 1])) || (participle(tokens[v]) && be(tokens[v - 1])))
    return null;
  while (tokens[j] && ['DET', 'NOUN', 'PROPN', 'ADJ', 'PRON', 'NUM'].includes((tokens[j] as Token).pos)) j--;
  return j < last && CONTRAST.has(tokens[j]?.norm ?? '') ? { first: j + 1, last: last + 1 } : null;
}

function paraphrase(
  doc: TextAnalysis,
  k: number,
  lemma: string,
  s: Sentence,
  subject: SubjectSearch,
  background: boolean,
): Candidate {
  const { tokens } = doc;
  // The span includes the verb's auxiliaries: "is calling for …", "has called on …".
  let first = k;
  for (let j = k - 1; j >= s.first && ['AUX', 'ADV', 'PART'].includes((tokens[j] as Token).pos); j--) {
    if ((tokens[j] as Token).pos === 'AUX') first = j;
  }
  if (first === k && markedWord(tokens, k)) first = k - 1;
  return {
    kind: 'paraphrase',
    start: (tokens[first] as Token).start,
    end: s.end,
    direct: false,
    sentence: s.index,
    speaker: subject.phrase,
    alternatives: subject.alternatives,
    verb: k,
    lemma,
    contentStart: contentStart(tokens, k, s),
    background,
  };
}

/** Whether token `k` is a single word between quotation marks ("and “demanded” Pakistan …"). */
function markedWord(tokens: Token[], k: number): boolean {
  const mark = (t: Token | undefined) => !!t && /^["\u201c\u201d]$/.test(t.text);
  return mark(tokens[k - 1]) && mark(tokens[k + 1]);
}

/** The reported words start after the verb, its particle ("called on") and a "that" close behind it. */
function contentStart(tokens: Token[], k: number, s: Sentence): number {
  const that = range(k + 1, Math.min(s.last, k + 9)).find((i) => (tokens[i] as Token).norm === 'that');
  if (that !== undefined && !range(k + 1, that).some((i) => isFiniteVerb(tokens, i)))
    return (tokens[that + 1] ?? (tokens[that] as Token)).start;
  const next = tokens[k + 1];
  if (!next) return (tokens[k] as Token).end;
  return ['on', 'for', 'upon', 'out'].includes(next.norm) ? (tokens[k + 2] ?? next).start : next.start;
}

/** Each statement ends where the next one in its sentence begins, before the connecting ", and" / ", while X". */
function withEnds(doc: TextAnalysis, s: Sentence, found: Candidate[], cuts: number[]): Candidate[] {
  const { tokens } = doc;
  const ordered = [...found].sort((x, y) => x.start - y.start);
  return ordered.map((c, i) => {
    let end = Math.min(c.end, ...cuts.filter((cut) => cut > c.start));
    const next = ordered[i + 1];
    if (next && next.kind !== 'according-to' && next.kind !== 'trailing' && !next.nested) {
      // The next statement's clause starts at its own subject when that comes after this statement.
      const subjectAfter = next.speaker && (tokens[next.speaker.first] as Token).start > c.start;
      let j = (subjectAfter ? (next.speaker as Phrase).first : tokenAtOrAfter(doc, next.start)) - 1;
      const connector = (i: number) =>
        i > s.first &&
        (CONNECTORS.has((tokens[i] as Token).pos) || CLAUSE_OPENERS.has((tokens[i] as Token).norm)) &&
        !/["\u201d]/.test((tokens[i] as Token).text);
      while (connector(j)) j--;
      // "…, and on several occasions voiced …": the adjunct after the conjunction is the next clause's.
      const adjunct = beforeAdjunct(tokens, j);
      if (
        adjunct !== j &&
        ['and', 'but'].includes(tokens[adjunct]?.norm ?? '') &&
        (tokens[adjunct] as Token).start > c.start
      ) {
        j = adjunct;
        while (connector(j)) j--;
      }
      end = Math.min(end, (tokens[j] as Token).end);
    }
    return { ...c, end: trimEnd(doc.text, c.start, end) };
  });
}

const CONNECTORS = new Set(['ADV', 'AUX', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * "dismissed the move as a ruse, and protesters have held fast": after an accusing or dismissing verb,
 * a new clause with its own subject after ", and" is the reporter's narration, not more of the words.
 * After "said" (and the other verbs of saying) the clauses it joins are one thing said ("X said A and
 * B"; the corpus guidelines, test/corpus/README.md).
 */
function splitClauses(doc: TextAnalysis, c: Candidate, quoted: Set<number>): Candidate[] {
  if (c.kind !== 'paraphrase' || TRAILING_VERBS.has(c.lemma)) return [c];
  const { tokens } = doc;
  for (const t of tokensWithin(doc, c.contentStart, c.end)) {
    const k = t.index;
    if (t.norm !== 'and' || quoted.has(k)) continue;
    const afterComma =
      tokens[k - 1]?.text === ',' ||
      (/["\u201d]/.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === ',');
    if (!afterComma) continue;
    const subject = k + 1;
    if (!['DET', 'PRON', 'PROPN', 'NOUN', 'ADJ'].includes(tokens[subject]?.pos ?? '')) continue;
    // "in Kosovo and Metohija is …": names joined by "and" are one name, not two clauses.
    if (tokens[subject]?.pos === 'PROPN' && tokens[k - 1]?.pos === 'PROPN') continue;
    let j = subject;
    while (
      j < subject + 5 &&
      (['DET', 'PRON', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(tokens[j]?.pos ?? '') ||
        /ing$/.test(tokens[j]?.norm ?? ''))
    )
      j++;
    const verb = /["\u201c]/.test(tokens[j]?.text ?? '') ? j + 1 : j;
    if (j === subject || !(isFiniteVerb(tokens, verb) || tokens[verb]?.pos === 'AUX')) continue;
    return [{ ...c, end: trimEnd(doc.text, c.start, (tokens[k - 1] as Token).end) }];
  }
  return [c];
}
