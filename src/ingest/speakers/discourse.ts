import type { IndexedActor } from './actorIndex';
import { type IntroducedPerson, insideQuote } from './introduced';
import { introducedActor } from './people';
import { newActor } from './newActors';
import { stem } from './phrases';
import { isCapitalised } from '../text/nameTrie';
import { type Token, textOfTokens } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, resolved } from './resolution';

/**
 * The article as a discourse: the actors it mentions in order, each with the kind a description can
 * agree with, and a definite description in speaker position ("the rebels", "the organization", "the
 * commission", "the regional governor", "the head of state") resolved to the most recent mention it
 * agrees with. It runs only where the rules named no one, and it names no one rather than guess: two
 * different actors that agree, mentioned as recently as each other, leave the description unresolved.
 */

/** What a description agrees with: an armed non-state group, any other organization, a person by role. */
type EntityClass = 'armed' | 'organization';

/** An organization the article names with capitals ("the Front for Change and Concord in Chad (FACT)"). */
interface NamedEntity {
  first: number;
  last: number;
  sentence: number;
  classes: EntityClass[];
  /** The stems of the name's words ("council", "commission"): what an institution noun must meet. */
  stems: string[];
}

/** How many sentences back a description may reach, and forward for a person named after ("the governor said"). */
const REACH_BACK = 4;
const REACH_AHEAD = 3;

/** Words that make a capitalised name an organization's. */
const ORGANIZATION_HEADS = new Set(
  (
    'army forces front movement council commission committee organization organisation agency office ' +
    'service watch party group coalition alliance union brigades brigade militia mission court directorate ' +
    'bureau institute federation league network centre center board authority tribunal'
  ).split(' '),
);
/** Words that make a named organization an armed group (when it is not a state's own). */
const ARMED_HEADS = new Set(
  'army forces front movement brigades brigade militia liberation resistance jihad mujahideen'.split(' '),
);
/** General English nouns for an armed non-state group as a whole. */
const ARMED_NOUNS = new Set(
  'rebels rebel militants insurgents separatists jihadists guerrillas militia militias'.split(' '),
);
/** General nouns for a non-state organization of any kind. */
const GROUP_NOUNS = new Set('group organization organisation movement faction'.split(' '));
/** Institutions: "the commission" is the organization whose name has that word. */
const INSTITUTION_NOUNS = new Set(
  (
    'council commission committee agency office service mission court tribunal directorate bureau ' +
    'institute federation league network centre center board union alliance coalition front party'
  ).split(' '),
);
/** Words joining the capitalised words of one name. */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'de', 'al', "'s", '/', '-']);

/**
 * Roles written in other words: a description and the role a person was introduced with agree when
 * they come to the same role here.
 */
const ROLE_SYNONYMS: [RegExp, string][] = [
  [/\bhead of state\b/g, 'president'],
  [/\bhead of (the )?government\b|\bpremier\b/g, 'prime minister'],
  [/\bhead of (\w+ )?diplomacy\b|\btop diplomat\b/g, 'foreign minister'],
];
/** Roles one person holds at a time, which a description may name without the organization. */
const PERSON_ROLE =
  /\b(prime minister|foreign minister|president|governor|mayor|minister|ombudsman|prosecutor)\b/;

function canonicalRole(words: string): string {
  return ROLE_SYNONYMS.reduce((s, [from, to]) => s.replace(from, to), words);
}

/** The organizations the article names, in text order, outside quotation marks. */
export function namedEntities(ctx: SpeakerContext): NamedEntity[] {
  const { tokens, text } = ctx.doc;
  const found: NamedEntity[] = [];
  let k = 0;
  while (k < tokens.length) {
    const t = tokens[k] as Token;
    // A sentence's first word is capitalised whatever it is: only a proper noun opens a name there.
    const opener = ctx.doc.sentences[t.sentence]?.first === k && t.pos !== 'PROPN';
    if (!isCapitalised(t.text) || opener || insideQuote(text, t.start)) {
      k++;
      continue;
    }
    let last = k + 1;
    for (let j = k + 1; j < tokens.length; j++) {
      const w = tokens[j] as Token;
      if (w.sentence !== t.sentence) break;
      // "the Liberation Movement and the Liberation Front": two names, not one.
      if (w.norm === 'and' && tokens[j + 1]?.norm === 'the') break;
      if (isCapitalised(w.text)) last = j + 1;
      else if (!CONNECTORS.has(w.norm)) break;
    }
    const words = tokens.slice(k, last).filter((w) => isCapitalised(w.text));
    const stems = words.map((w) => stem(w.norm));
    if (words.length >= 2 && words.some((w) => ORGANIZATION_HEADS.has(w.norm))) {
      const armed = words.some((w) => ARMED_HEADS.has(w.norm));
      found.push({
        first: k,
        last,
        sentence: t.sentence,
        classes: armed ? ['armed', 'organization'] : ['organization'],
        stems,
      });
    }
    k = last;
  }
  // "FACT spokesman …": the acronym names the organization again, as the full name does.
  const byAcronym = new Map(
    [...ctx.acronyms].map(([acronym, { name }]) => [
      acronym,
      found.find((e) => name.includes(nameOf(ctx, e)) || nameOf(ctx, e).includes(name)),
    ]),
  );
  for (const t of tokens) {
    const full = byAcronym.get(t.text);
    if (full && t.index >= full.last && !insideQuote(text, t.start))
      found.push({ ...full, first: t.index, last: t.index + 1, sentence: t.sentence });
  }
  return found.sort((a, b) => a.first - b.first);
}

function nameOf(ctx: SpeakerContext, e: { first: number; last: number }): string {
  return textOfTokens(ctx.doc.text, ctx.doc.tokens, e);
}

/**
 * The mentions that agree, within reach of the description; the reach runs on through earlier uses of
 * the same noun ("the rebels" … "the rebels"), which continue the chain back to the name.
 */
function agreeingBefore(
  ctx: SpeakerContext,
  p: Phrase,
  head: Token,
  wanted: (e: NamedEntity) => boolean,
): NamedEntity[] {
  const { tokens, text } = ctx.doc;
  const entities = namedEntities(ctx).filter((e) => e.last <= p.first && wanted(e));
  let from = head.sentence;
  for (;;) {
    const near = entities.filter((e) => from - e.sentence <= REACH_BACK);
    if (near.length) return near;
    const again = tokens
      .slice(0, p.first)
      .filter(
        (t) =>
          t.sentence < from &&
          from - t.sentence <= REACH_BACK &&
          stem(t.norm) === stem(head.norm) &&
          !insideQuote(text, t.start),
      )
      .pop();
    if (!again) return [];
    from = again.sentence;
  }
}

/** A state, a state's organ or a state's forces: never what "the rebels" or "the group" stands for. */
function stateLike(actor: IndexedActor): boolean {
  return (
    actor.kind !== 'ORGANIZATION' ||
    !!actor.organ ||
    !!actor.partOf ||
    ['MINISTRY', 'ARMED_FORCES', 'GOVERNMENT', 'MEDIA'].includes(actor.orgType ?? '')
  );
}

/** A description of at most five words that opens with "the" and names no one itself. */
function description(ctx: SpeakerContext, p: Phrase): Token[] | null {
  // ", and the organization claims", "the agency later said": the description without what joins or follows it.
  let words = ctx.doc.tokens.slice(p.first, p.last);
  while (words.length && ['PUNCT', 'CCONJ'].includes(words[0]?.pos ?? '')) words = words.slice(1);
  while (words.length > 2 && words[words.length - 1]?.pos === 'ADV') words = words.slice(0, -1);
  if (words[0]?.norm !== 'the' || words.length < 2 || words.length > 6) return null;
  if (words.slice(1).some((w) => isCapitalised(w.text) && w.pos === 'PROPN')) return null;
  return words;
}

/** "the rebels", "the organization", "the commission": the organization named last that agrees. */
function organizationReferent(ctx: SpeakerContext, p: Phrase, words: Token[]): IndexedActor | undefined {
  const head = words[words.length - 1] as Token;
  const wanted: ((e: NamedEntity) => boolean) | null = ARMED_NOUNS.has(head.norm)
    ? (e) => e.classes.includes('armed')
    : GROUP_NOUNS.has(head.norm)
      ? (e) => e.classes.includes('organization')
      : INSTITUTION_NOUNS.has(head.norm)
        ? (e) => e.stems.includes(stem(head.norm))
        : null;
  if (!wanted) return undefined;
  const before = agreeingBefore(ctx, p, head, wanted);
  const latest = before[before.length - 1];
  if (!latest) return undefined;
  const actorOf = (e: NamedEntity) => entityActor(ctx, e);
  const actor = actorOf(latest);
  if (!actor) return undefined;
  // Restraint: another organization that agrees, named in the same sentence, makes it ambiguous.
  const rivals = before.filter((e) => e !== latest && e.sentence === latest.sentence);
  if (rivals.some((e) => actorOf(e)?.id !== actor.id)) return undefined;
  return actor;
}

/**
 * The actor a named organization is, never a state or a state's own organ or forces. "South Sudan People's
 * Movement/Army" is read by the name rules as a state's army (its last word); a name with a movement's own words
 * is an organization of its own.
 */
function entityActor(ctx: SpeakerContext, e: NamedEntity): IndexedActor | undefined {
  const actor = ctx.phrase({ first: e.first, last: e.last }, e.sentence)?.actor;
  const words = ctx.doc.tokens.slice(e.first, e.last).filter((w) => isCapitalised(w.text));
  const movement = words.length >= 3 && words.some((w) => MOVEMENT_WORDS.has(w.norm));
  if (!actor || !stateLike(actor)) return actor;
  if (!movement) return undefined;
  const name = nameOf(ctx, e);
  return ctx.create(newActor(name, name, null, 'ORGANIZATION'));
}

/** Words only a non-state movement's name has (a state's army or forces are called after the state too). */
const MOVEMENT_WORDS = new Set('movement front liberation resistance brigades'.split(' '));

/** The role a description names, in the words roles are introduced with ("the head of state" → president). */
function describedRole(words: Token[]): string | null {
  const role = canonicalRole(
    words
      .slice(1)
      .map((w) => w.norm)
      .join(' '),
  ).match(PERSON_ROLE);
  return role ? (role[1] as string) : null;
}

/**
 * "the regional governor", "the head of state", "the country's interim premier": the one person
 * introduced with that role, before within a few sentences or, in a lead, just after it.
 */
function personReferent(ctx: SpeakerContext, p: Phrase, words: Token[]): IndexedActor | undefined {
  const role = describedRole(words);
  if (!role) return undefined;
  const { tokens } = ctx.doc;
  const sentence = (words[0] as Token).sentence;
  const fits = (x: IntroducedPerson) => new RegExp(`\\b${role}\\b`).test(canonicalRole(x.role.join(' ')));
  const at = (x: IntroducedPerson) => (tokens[x.first] as Token).sentence;
  const distinct = (xs: IntroducedPerson[]) => new Set(xs.map((x) => x.name)).size;
  const before = ctx.persons.filter((x) => x.last <= p.first && sentence - at(x) <= REACH_BACK && fits(x));
  if (before.length)
    return distinct(before) === 1 ? introducedActor(ctx, before[0] as IntroducedPerson) : undefined;
  const after = ctx.persons.filter((x) => x.first >= p.last && at(x) - sentence <= REACH_AHEAD && fits(x));
  return distinct(after) === 1 ? introducedActor(ctx, after[0] as IntroducedPerson) : undefined;
}

/** General English nouns for one person, whoever they are. */
const PERSON_NOUNS = new Set(
  (
    'man woman witness eyewitness resident survivor villager doctor medic nurse source activist journalist ' +
    'farmer teacher student worker victim relative father mother brother sister son daughter husband wife ' +
    'boy girl youth shopkeeper trader driver'
  ).split(' '),
);

/**
 * "… a local resident said. The man, who did not want to be named, said …": the person who spoke in the
 * attribution just before (the most salient), when no other person was named since.
 */
function salientPerson(ctx: SpeakerContext, p: Phrase, words: Token[]): IndexedActor | undefined {
  const head = words[words.length - 1] as Token;
  if (!PERSON_NOUNS.has(head.norm)) return undefined;
  const last = ctx.lastSpoken();
  if (!last || last.actor.kind !== 'PERSON' || last.others?.length || head.sentence - last.sentence > 2)
    return undefined;
  // "Residents", "two witnesses": a source in the plural is not "the man".
  if (/s$/.test(last.actor.name.split(/\s+/).pop() ?? '')) return undefined;
  const since = ctx.doc.sentences[last.sentence]?.first ?? 0;
  const other = (id: string | null) => id !== null && id !== last.actor.id;
  const named = ctx.mentions.some(
    (m) => m.first >= since && m.last <= p.first && m.actor.kind === 'PERSON' && other(m.actor.id),
  );
  const introduced = ctx.persons.some(
    (x) => x.first >= since && x.last <= p.first && other(introducedActor(ctx, x).id),
  );
  return named || introduced ? undefined : last.actor;
}

/** General nouns for a body of any kind, which news writing uses for the body that has just spoken. */
const BODY_NOUNS = new Set(
  (
    'agency authority office service centre center command department body directorate bureau publication ' +
    'outlet broadcaster newspaper channel'
  ).split(' '),
);
/** Nouns for one kind of body only: "the ministry" is never a commission that spoke before. */
const KIND_NOUNS = new Set('ministry council commission committee court tribunal'.split(' '));

/**
 * "Haiti's National Police said …. The agency said …", "…, the Border Guard Service told Sputnik. …, the
 * authority said": a general noun for a body is the organization that spoke in the attribution just before
 * (within two sentences), when no other organization or person spoke since; the noun need not be the
 * body's own ("the agency" for a police force).
 */
function salientOrganization(ctx: SpeakerContext, words: Token[]): IndexedActor | undefined {
  const head = words[words.length - 1] as Token;
  const kind = KIND_NOUNS.has(head.norm);
  if ((!kind && !BODY_NOUNS.has(head.norm)) || words.length > 4) return undefined;
  const latest = ctx.lastSpoken();
  if (!latest || head.sentence - latest.sentence > 2) return undefined;
  // The speakers of that sentence other than states ("The police said it …, which it blamed on …": the state of
  // the nested clause is not a body): one organization, or the noun is not meant.
  const spoken = ctx.history.filter((h) => h.sentence === latest.sentence);
  const speakers = spoken.filter((h) => h.actor.kind !== 'STATE');
  const body = speakers[0];
  if (!body || body.actor.kind !== 'ORGANIZATION' || new Set(speakers.map((h) => h.actor.id)).size > 1)
    return undefined;
  // Words relayed by one body from another ("the agency said, citing a police spokesperson"): either may be meant.
  if (spoken.some((h) => h.others?.length || h.via)) return undefined;
  if (kind && !body.actor.name.split(/\s+/).some((w) => stem(w.toLowerCase()) === stem(head.norm)))
    return undefined;
  return body.actor;
}

/** What a sentence's subject is made of before its verb ("The government declared", "The embassy “made"). */
const SUBJECT_WORDS = new Set(['DET', 'ADJ', 'PROPN', 'NOUN', 'PART']);

/** The phrase a sentence opens with, when a verb follows it (a quotation mark may stand between). */
function openingSubject(ctx: SpeakerContext, sentence: number): Phrase | null {
  const { tokens } = ctx.doc;
  const first = ctx.doc.sentences[sentence]?.first;
  if (first === undefined || !isCapitalised((tokens[first] as Token).text)) return null;
  let k = first;
  while (k < first + 8 && SUBJECT_WORDS.has(tokens[k]?.pos ?? '')) k++;
  let verb = k;
  while (/^["“‘']$/.test(tokens[verb]?.text ?? '')) verb++;
  return k > first && ['VERB', 'AUX'].includes(tokens[verb]?.pos ?? '') ? { first, last: k } : null;
}

/**
 * "The government declared a curfew …. The attackers were repelled, it said", "The embassy “…,” it
 * said": "it" or "they" that the rules left with no one is the organization or state that is the
 * subject of its own sentence (when the pronoun does not open it) or else of the sentence before.
 */
function subjectPronoun(ctx: SpeakerContext, p: Phrase): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last).filter((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ');
  const word = words.length === 1 ? (words[0] as Token) : null;
  if (!word || !['it', 'they'].includes(word.norm)) return undefined;
  // "The attackers were repelled, it said": a plural subject of its own sentence is what was said, not who said it.
  const plural = (x: Phrase) => word.norm === 'it' && /s$/.test(tokens[x.last - 1]?.norm ?? '');
  const own =
    ctx.doc.sentences[word.sentence]?.first !== word.index ? openingSubject(ctx, word.sentence) : null;
  const subjects = [
    own && own.last <= word.index && !plural(own) ? own : null,
    openingSubject(ctx, word.sentence - 1),
  ];
  for (const subject of subjects) {
    const found = subject ? ctx.phrase(subject, (tokens[subject.first] as Token).sentence) : null;
    if (found && found.actor.kind !== 'PERSON' && !found.others?.length) return found.actor;
  }
  return undefined;
}

/** Who a definite description or a pronoun in speaker position stands for, when the rules found no one. */
export function discourseReferent(ctx: SpeakerContext, p: Phrase): Resolution | null {
  const { tokens, text } = ctx.doc;
  const mention = text.slice((tokens[p.first] as Token).start, (tokens[p.last - 1] as Token).end);
  const pronoun = subjectPronoun(ctx, p);
  if (pronoun) return resolved(ctx, pronoun, mention, 'pronoun');
  const words = description(ctx, p);
  if (!words) return null;
  const person = personReferent(ctx, p, words);
  if (person) return resolved(ctx, person, mention, 'title');
  const salient = salientPerson(ctx, p, words);
  if (salient) return resolved(ctx, salient, mention, 'descriptor');
  return resolved(
    ctx,
    organizationReferent(ctx, p, words) ?? salientOrganization(ctx, words),
    mention,
    'descriptor',
  );
}
