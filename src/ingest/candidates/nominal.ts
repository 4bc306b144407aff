import type { Candidate } from './candidates';
import { CLAIM_NOUNS } from './clauseAttribution';
import type { Sentence, TextAnalysis, Token } from '../text/sentences';
import { type Phrase, inCompound, isFiniteVerb, isPunct, range } from './subjects';

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

const SIDING = new Set(['support', 'back', 'endorse', 'confirm', 'corroborate', 'share', 'echo']);

/**
 * "…, a claim denied by Kigali but supported by UN experts.": the passive answers to the claim noun
 * before it are statements of their agents, from the noun's determiner to the verb (and the bare
 * verb of a coordinated "but supported by …"). Empty when `k` is not such a passive.
 */
export function passiveAnswers(doc: TextAnalysis, s: Sentence, k: number, lemma: string): Candidate[] {
  const { tokens } = doc;
  const det = tokens[k - 2];
  if (!ANSWERING.has(lemma) || !CLAIM_NOUNS.has(tokens[k - 1]?.norm ?? '') || det?.pos !== 'DET') return [];
  const first = agentOf(tokens, k, s.last);
  if (!first) return [];
  const denial = passive(tokens, s, det.start, k, first, lemma);
  // ", but supported by …" / "and backed by …": a second answer to the same claim.
  let j = first.last;
  if (tokens[j]?.text === ',') j++;
  if (!['but', 'and'].includes(tokens[j]?.norm ?? '')) return [denial];
  const verb = tokens[j + 1];
  const second = verb && SIDING.has(verb.lemma) ? agentOf(tokens, j + 1, s.last) : null;
  return second && verb ? [denial, passive(tokens, s, verb.start, j + 1, second, verb.lemma)] : [denial];
}

/** The phrase after "by" following the verb at `k`, up to the next comma, conjunction "but" or the sentence end. */
function agentOf(tokens: Token[], k: number, to: number): Phrase | null {
  if (tokens[k + 1]?.norm !== 'by') return null;
  // A hyphen inside a name ("al-Burhan") does not end it.
  const inside = (i: number) =>
    i < to && (!isPunct(tokens[i]) || inCompound(tokens, i)) && tokens[i]?.norm !== 'but';
  let last = k + 2;
  while (inside(last)) last++;
  // A list of agents keeps its commas: "by the United States, France and UN experts".
  while (tokens[last]?.text === ',' && /^[A-Z]/.test(tokens[last + 1]?.text ?? '')) {
    last++;
    while (inside(last)) last++;
  }
  return last > k + 2 ? { first: k + 2, last } : null;
}

function passive(
  tokens: Token[],
  s: Sentence,
  start: number,
  k: number,
  speaker: Phrase,
  lemma: string,
): Candidate {
  return {
    kind: 'paraphrase',
    start,
    end: (tokens[k] as Token).end,
    direct: false,
    sentence: s.index,
    speaker,
    alternatives: [],
    verb: k,
    lemma,
    contentStart: start,
    background: false,
  };
}

/** Verbs whose passive with an agent is the agent's statement ("was welcomed by Kyiv"). */
const JUDGING = new Set(
  (
    'welcome condemn criticize criticise denounce reject deny dismiss praise hail applaud slam decry deplore dispute refute ' +
    // "The move was announced by X", "the accusation was echoed by Y": reporting, in the passive, with its agent.
    'announce confirm echo ' +
    // "has been accused by rights groups of abuses", "was blamed by the army for the blast".
    'accuse blame'
  ).split(' '),
);

/** Head nouns of an agent that speaks though it is not capitalised: "by the government", "by a neighborhood group". */
const SPEAKING_HEADS = new Set(
  (
    'government ministry army military police group groups council committee authorities officials ' +
    'official spokesman spokeswoman spokesperson office embassy mission presidency administration ' +
    'rebels militants residents witnesses organization organisation organizations organisations agency ' +
    'activists monitor observers experts court prosecutor prosecutors'
  ).split(' '),
);

/** The agent phrase, up to the charge's "of"/"for", when it names a speaker; else null. */
function speakingAgent(tokens: Token[], agent: Phrase, lemma: string): Phrase | null {
  // "by a neighborhood group that organizes aid": the relative clause describes the agent.
  let last =
    range(agent.first, agent.last).find((i) => ['that', 'which', 'who'].includes(tokens[i]?.norm ?? '')) ??
    agent.last;
  if (lemma === 'accuse' || lemma === 'blame') {
    const charge = range(agent.first, last).find((i) => ['of', 'for'].includes(tokens[i]?.norm ?? ''));
    if (charge !== undefined) last = charge;
  }
  if (last <= agent.first) return null;
  const words = range(agent.first, last).map((i) => tokens[i] as Token);
  if (words.some((t) => /^[A-Z]/.test(t.text))) return { first: agent.first, last };
  const head = words.filter((t) => t.pos === 'NOUN').pop();
  return head && SPEAKING_HEADS.has(head.norm) ? { first: agent.first, last } : null;
}
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'been', 'be']);
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PART']);

/**
 * "The move was welcomed by the general": a judging verb in the passive, with its agent, is the
 * agent's statement about the subject: the span runs from the subject to the verb. Null otherwise.
 */
export function agentivePassive(doc: TextAnalysis, s: Sentence, k: number, lemma: string): Candidate | null {
  const { tokens } = doc;
  // "were also condemned by": adverbs may stand between the auxiliary and the participle.
  let be = k - 1;
  while (tokens[be]?.pos === 'ADV' && be > s.first) be--;
  if (!JUDGING.has(lemma) || !BE_FORMS.has(tokens[be]?.norm ?? '')) return null;
  const found = agentOf(tokens, k, s.last);
  const agent = found && speakingAgent(tokens, found, lemma);
  if (!agent) return null;
  while (['AUX', 'ADV'].includes(tokens[be - 1]?.pos ?? '') && be - 1 >= s.first) be--;
  let first = be;
  while (first > s.first && NOUN_PHRASE.has((tokens[first - 1] as Token).pos)) first--;
  return passive(tokens, s, (tokens[first] as Token).start, k, agent, lemma);
}

/**
 * "an attack claimed by the group", "a result rejected by the opposition", "…, a scenario also confirmed by
 * the ministry": a participle reducing a relative clause on the noun before it, with a speaking agent, is
 * the agent's statement about the noun (the corpus's settled rule 10): from the noun phrase to the
 * participle. Null otherwise, and the noun is then read as the verb's subject as before.
 */
export function reducedAgentive(doc: TextAnalysis, s: Sentence, k: number, lemma: string): Candidate | null {
  const { tokens } = doc;
  if (!(JUDGING.has(lemma) || lemma === 'claim') || !/ed$/.test((tokens[k] as Token).norm)) return null;
  let head = k - 1;
  while (tokens[head]?.pos === 'ADV' && head > s.first) head--;
  const noun = tokens[head];
  if (head < s.first || !noun || !['NOUN', 'PROPN'].includes(noun.pos)) return null;
  // "a claim denied by Kigali" answers a claim (passiveAnswers); "a region claimed by both" is territory, not an act owned.
  if (CLAIM_NOUNS.has(noun.norm) || (lemma === 'claim' && !CLAIMED_ACTS.has(noun.norm))) return null;
  const found = agentOf(tokens, k, s.last);
  // "by the group in the town of X on Saturday": where and when it was claimed are not the agent.
  const adjunct = found && range(found.first + 1, found.last).find((i) => placeOrTime(tokens[i] as Token));
  const agent = found && speakingAgent(tokens, { first: found.first, last: adjunct ?? found.last }, lemma);
  if (!agent) return null;
  let first = head;
  while (first > s.first && NOUN_PHRASE.has((tokens[first - 1] as Token).pos)) first--;
  // Inside the clause it qualifies: a closing ", police said" still attributes that clause.
  return { ...passive(tokens, s, (tokens[first] as Token).start, k, agent, lemma), nested: true };
}

/** Acts that a party claims as its own ("an attack claimed by the group"). */
const CLAIMED_ACTS = new Set(
  (
    'attack attacks bombing bombings strike strikes airstrike airstrikes assault assaults ambush raid raids blast ' +
    'blasts explosion explosions killing killings kidnapping kidnappings abduction abductions assassination ' +
    'massacre shooting shootings operation operations hijacking'
  ).split(' '),
);

function placeOrTime(t: Token): boolean {
  return t.pos === 'ADP' && ['in', 'on', 'at', 'near', 'during', 'after', 'since'].includes(t.norm);
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
  // "with the Iran-backed Lebanese armed group claiming …": compounds count as the phrase's words.
  for (let j = k - 1; j >= Math.max(0, k - 10); j--) {
    const t = tokens[j] as Token;
    if (t.norm === 'with') {
      return tokens[j - 1]?.text === ',' && j + 1 < k
        ? { withPhrase: { first: j + 1, last: k }, document: false }
        : null;
    }
    const word = ['DET', 'NOUN', 'PROPN', 'ADJ', 'PART', 'NUM'].includes(t.pos) || t.text === "'s";
    if (!word && !inCompound(tokens, j)) return null;
  }
  return null;
}

/** Nouns that are a call in themselves, when someone's: "the envoy's plea for calm". */
const CALL_NOUNS = new Set([
  'plea',
  'pleas',
  'appeal',
  'appeals',
  'call',
  'calls',
  'demand',
  'demands',
  'ultimatum',
]);
const NAME_PARTS = ['DET', 'PROPN', 'NOUN', 'ADJ'];

/**
 * "the envoy's plea for calm", "Kyiv's call for more air defence": a call carried by a noun, whose
 * owner is the speaker. The statement runs from the noun to the end of its phrase (a comma, a finite
 * verb or the sentence's end).
 */
export function possessiveCalls(doc: TextAnalysis, s: Sentence, quoted: Set<number>): Candidate[] {
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let k = s.first + 2; k < s.last - 1; k++) {
    const noun = tokens[k] as Token;
    if (quoted.has(k) || !CALL_NOUNS.has(noun.norm) || noun.pos !== 'NOUN') continue;
    if (!['for', 'to'].includes(tokens[k + 1]?.norm ?? '')) continue;
    const mark = tokens[k - 1] as Token;
    if (!["'s", '\u2019s', "'"].includes(mark.norm) && !/^['\u2019]s$/.test(mark.text)) continue;
    let first = k - 1;
    while (first > s.first && NAME_PARTS.includes((tokens[first - 1] as Token).pos)) first--;
    if (first === k - 1) continue;
    let last = k + 2;
    while (last < s.last && !isPunct(tokens[last]) && !isFiniteVerb(tokens, last)) last++;
    found.push({
      kind: 'paraphrase',
      start: noun.start,
      end: (tokens[last - 1] as Token).end,
      direct: false,
      sentence: s.index,
      speaker: { first, last: k - 1 },
      alternatives: [],
      verb: k,
      lemma: 'appeal',
      contentStart: noun.start,
      background: false,
    });
  }
  return found;
}

/** Verbs by which an event meets someone's words: "drew condemnation from …", "prompted criticism from …". */
const MEETS = new Set([
  'draw',
  'attract',
  'prompt',
  'spark',
  'trigger',
  'provoke',
  'earn',
  'elicit',
  'bring',
]);

const VAGUE = new Set('range number host series many several some other others various'.split(' '));

/** Nouns that are a reaction in words, with the lemma of the verb they stand for. */
const REACTIONS = new Map([
  ['condemnation', 'condemn'],
  ['condemnations', 'condemn'],
  ['criticism', 'criticize'],
  ['rebuke', 'criticize'],
  ['rebukes', 'criticize'],
  ['denunciation', 'denounce'],
  ['denunciations', 'denounce'],
  ['praise', 'praise'],
  ['protest', 'protest'],
  ['protests', 'protest'],
]);

/**
 * "The killing drew swift condemnation from the US and the EU": a reaction noun after a verb of
 * meeting, followed by "from" someone, is that someone's statement, from the verb to the end of the
 * "from" phrase (a list of names keeps its commas).
 */
export function drawnReactions(doc: TextAnalysis, s: Sentence, quoted: Set<number>): Candidate[] {
  const { tokens } = doc;
  const found: Candidate[] = [];
  for (let k = s.first + 1; k < s.last - 2; k++) {
    const verb = tokens[k] as Token;
    if (quoted.has(k) || verb.pos !== 'VERB' || !MEETS.has(verb.lemma)) continue;
    let n = k + 1;
    while (n < k + 4 && ['ADJ', 'ADV', 'DET'].includes(tokens[n]?.pos ?? '')) n++;
    const lemma = REACTIONS.get(tokens[n]?.norm ?? '');
    if (!lemma || tokens[n + 1]?.norm !== 'from') continue;
    let last = n + 2;
    const inside = (i: number) => i < s.last && !isPunct(tokens[i]) && !isFiniteVerb(tokens, i);
    while (inside(last)) last++;
    while (tokens[last]?.text === ',' && last + 1 < s.last && !isFiniteVerb(tokens, last + 1)) {
      if (['who', 'which', 'after', 'as', 'while', 'saying'].includes(tokens[last + 1]?.norm ?? '')) break;
      // "…, the EU, and a range of politicians": a vague group at the end of the list names no one.
      if (range(last + 1, last + 4).some((i) => VAGUE.has(tokens[i]?.norm ?? ''))) break;
      last++;
      while (inside(last)) last++;
    }
    if (last === n + 2) continue;
    found.push({
      kind: 'paraphrase',
      start: verb.start,
      end: (tokens[last - 1] as Token).end,
      direct: false,
      sentence: s.index,
      speaker: { first: n + 2, last },
      alternatives: [],
      verb: k,
      lemma,
      contentStart: (tokens[n] as Token).start,
      background: false,
    });
  }
  return found;
}
