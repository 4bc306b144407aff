import { type IndexedActor, lastMentionBefore, mentionsWithin } from './actorIndex';
import { newActor } from './newActors';
import { DOCUMENT, GROUP_NOUNS, GROUP_PRONOUNS, PERSON_PRONOUNS, SOURCE_NOUNS, SPOKES } from './lexicon';
import { describedBefore, stem } from './phrases';
import { insideQuote } from './introduced';
import { NON_STATE_GROUPS } from './groupsBefore';
import { introducedActor } from './people';
import { isCapitalised } from '../text/nameTrie';
import { type Token, normWord } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, type Spoken, resolved } from './resolution';

/**
 * Mentions that point back: "he", "it", "they", "one", and definite descriptions ("the source", "the
 * movement", "the paramilitary force") of someone named or described before.
 */

/** Whether a one-word phrase is a pronoun that `pronoun` resolves. */
export function isPronoun(words: string[]): boolean {
  const word = words[0] ?? '';
  return words.length === 1 && (PERSON_PRONOUNS.has(word) || GROUP_PRONOUNS.has(word) || word === 'one');
}

/** "he"/"she", "it"/"they", "one": who the pronoun stands for. */
export function pronoun(
  ctx: SpeakerContext,
  word: string,
  mention: string,
  sentence: number,
  p: Phrase,
): Resolution | null {
  const simple = (actor: IndexedActor | undefined, by: 'pronoun' | 'descriptor') =>
    resolved(ctx, actor, mention, by);
  if (PERSON_PRONOUNS.has(word)) {
    const found = simple(lastPerson(ctx, sentence, p.first), 'pronoun');
    // "An army spokesman denied …. He called …": the spokesperson again, for the organization.
    const delivered = lastSpokenByPerson(ctx);
    const spokesperson = delivered?.actor.kind !== 'PERSON' && delivered?.actor.id === found?.actor.id;
    return found && spokesperson ? { ...found, via: delivered?.via ?? null } : found;
  }
  if (GROUP_PRONOUNS.has(word)) {
    // "…, the statement said. "…," it said.": "it" is the statement, whoever issued it.
    const last = ctx.lastSpoken();
    const document = last && DOCUMENT.test(last.mention.toLowerCase()) ? last.actor : undefined;
    // "Witnesses said …. They said …": plural sources are "they" too, and so are joint speakers.
    const sources =
      word === 'they'
        ? [...ctx.history]
            .reverse()
            .find(
              (h) =>
                h.actor.kind !== 'PERSON' ||
                !!h.others?.length ||
                (h.actor.isNew && pluralSource(h.actor.name)),
            )
        : undefined;
    // "Turkey carries out strikes that it says target militants": the sentence's own subject.
    const subject = word === 'it' ? sentenceSubject(ctx, p.first) : undefined;
    if (subject) return simple(subject, 'pronoun');
    // "Iran has fought a shadow war with Israel for years. It has accused it of …": a sentence that
    // opens with "it" continues the subject that opened the sentence before, when no group spoke there.
    const previous = word === 'it' ? previousSubject(ctx, p.first) : undefined;
    if (previous) return simple(previous, 'pronoun');
    if (sources?.others?.length)
      return { ...(simple(sources.actor, 'pronoun') as Resolution), others: sources.others };
    return simple(document ?? sources?.actor ?? lastGroup(ctx), 'pronoun');
  }
  // "Three sources said …. One said …": one of the sources just described.
  return simple(
    [...ctx.history].reverse().find((h) => h.actor.isNew && /^\S+s\b/.test(h.actor.name))?.actor,
    'descriptor',
  );
}

/** "he"/"she": the last person who spoke, unless a person was named since (or in the same sentence). */
export function lastPerson(
  ctx: SpeakerContext,
  sentence: number,
  before: number,
  possessive = false,
): IndexedActor | undefined {
  // "X did Y, his spokesman said": a possessive's owner may be named in the words; "he" is not.
  const outside = (m: { first: number }) => {
    const c = possessive ? null : ctx.current;
    const at = (ctx.doc.tokens[m.first] as Token).start;
    return !c || at < c.start || at >= c.end;
  };
  const named = lastMentionBefore(ctx.mentions, before, (m) => m.actor.kind === 'PERSON' && outside(m));
  const spoke = lastSpokenByPerson(ctx);
  const namedSentence = named ? (ctx.doc.tokens[named.first] as Token).sentence : -1;
  if (named && (namedSentence === sentence || !spoke || spoke.sentence < namedSentence)) return named.actor;
  // A person the article introduced by role since the last person spoke ("… came from government
  // spokeswoman Ana Ruiz. “…,” she said."), as for a known person named since.
  const intro = [...ctx.persons].reverse().find((x) => x.last <= before && outside(x));
  const introSentence = intro ? (ctx.doc.tokens[intro.first] as Token).sentence : -1;
  if (
    intro &&
    introSentence > namedSentence &&
    (!spoke || introSentence === sentence || spoke.sentence < introSentence)
  )
    return introducedActor(ctx, intro);
  return spoke?.actor;
}

/**
 * The last speaker who was one person, or whose words a person (a spokesperson) delivered: "he" is
 * not "unnamed officials" or "witnesses", described sources in the plural.
 */
function lastSpokenByPerson(ctx: SpeakerContext): Spoken | undefined {
  const one = (h: Spoken) => h.actor.kind === 'PERSON' && !(h.actor.isNew && describedInPlural(h.actor.name));
  // "according to the spokesman. …, he told reporters": an unnamed spokesperson spoke for the organization.
  const spokesperson = (h: Spoken) => h.actor.kind !== 'PERSON' && SPOKES.test(h.mention.toLowerCase());
  return [...ctx.history].reverse().find((h) => one(h) || h.via?.kind === 'PERSON' || spokesperson(h));
}

/** "Unnamed US officials", "Local residents": a described source whose source noun is plural. */
function describedInPlural(name: string): boolean {
  return name
    .toLowerCase()
    .split(/\s+/)
    .some((w) => SOURCE_NOUNS.has(w) && /s$/.test(w));
}

/** "it"/"they": the last organization or state that spoke. */
export function lastGroup(ctx: SpeakerContext): IndexedActor | undefined {
  return [...ctx.history].reverse().find((h) => h.actor.kind !== 'PERSON')?.actor;
}

/**
 * The state or organization that opens the sentence of token k, before k: what "it" inside the
 * same sentence refers to ("Turkey regularly carries out strikes that it says target …").
 */
function sentenceSubject(ctx: SpeakerContext, k: number): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const sentence = ctx.doc.sentences[(tokens[k] as Token).sentence];
  if (!sentence || k === sentence.first) return undefined;
  const first = mentionsWithin(ctx.mentions, sentence.first, k)[0];
  const opening = first && tokens.slice(sentence.first, first.first).every((t) => t.pos === 'DET');
  if (!first || !opening || first.how === 'demonym' || first.actor.kind === 'PERSON') return undefined;
  // "The Turkish army …": a name that is only the start of a longer phrase is not the subject.
  if (['NOUN', 'PROPN'].includes(tokens[first.last]?.pos ?? '')) return undefined;
  return ctx.ensure(first.actor);
}

/** The state or organization that opened the sentence before token k's, when k opens its own sentence. */
function previousSubject(ctx: SpeakerContext, k: number): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const sentence = (tokens[k] as Token).sentence;
  const previous = ctx.doc.sentences[sentence - 1];
  if (!previous || ctx.doc.sentences[sentence]?.first !== k) return undefined;
  const group = [...ctx.history].reverse().find((h) => h.actor.kind !== 'PERSON');
  if (group && group.sentence >= sentence - 1) return undefined;
  // The subject with its verb ("Iran has …"), not a dateline ("KABUL – …"); and not "It's …", which names no one.
  const opening = mentionsWithin(ctx.mentions, previous.first, previous.last)[0];
  const verb = opening && ['AUX', 'VERB'].includes(tokens[opening.last]?.pos ?? '');
  const expletive = ["'s", 'is', 'was'].includes(normWord(tokens[k + 1]?.text ?? ''));
  if (expletive) return undefined;
  return (verb ? sentenceSubject(ctx, previous.last - 1) : undefined) ?? openingGroup(ctx, previous.first);
}

/**
 * "The Free Valley Movement (FVM) has distanced itself from the attack. It said …", "Kenya's foreign
 * ministry responded …. It added": the organization a sentence opens with as the subject of its verb,
 * named or described, when it is not a person.
 */
function openingGroup(ctx: SpeakerContext, first: number): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  let verb = first;
  while (verb < first + 10 && SUBJECT_WORDS.test(tokens[verb]?.pos ?? '')) verb++;
  if (verb === first || !['AUX', 'VERB'].includes(tokens[verb]?.pos ?? '')) return undefined;
  if (!isCapitalised((tokens[first] as Token).text) || /^[^)\w]$/.test(tokens[verb - 1]?.text ?? ''))
    return undefined;
  const found = ctx.phrase({ first, last: verb }, (tokens[first] as Token).sentence);
  return found && found.actor.kind !== 'PERSON' && !found.others ? found.actor : undefined;
}

/**
 * "the source", "the committee", "the survivors", "the paramilitary force": an actor the article
 * named before whose name or description has that noun; "the world body" is the United Nations.
 */
export function definite(ctx: SpeakerContext, p: Phrase): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  if (words[0]?.norm !== 'the' || words.length > 4) return undefined;
  const head = stem(words[words.length - 1]?.norm ?? '');
  if (
    /^(world|global) body$/.test(
      words
        .slice(1)
        .map((t) => t.norm)
        .join(' '),
    )
  )
    return (
      ctx.index.named('United Nations') ?? ctx.create(newActor('United Nations', 'United Nations', null))
    );
  // "Ankara blamed the Northern Front (NF), but the group denied": the organization the sentence named.
  if (GROUP_NOUNS.has(words[words.length - 1]?.norm ?? '')) {
    const named = acronymNamedBefore(ctx, p.first);
    if (named) return named;
  }
  const names = (id: string, mention: string) => {
    const made = ctx.created.get(id);
    return [mention, ...(made ? [made.name, ...made.aliases] : [])].map((n) => n.toLowerCase());
  };
  const byHead = ctx
    .recentSpeakers()
    .find((h) => names(h.actor.id, h.mention).some((n) => n.split(/[\s’']+/).some((w) => stem(w) === head)));
  if (byHead) return byHead.actor;
  return describedEarlier(ctx, p) ?? antecedent(ctx, p);
}

/**
 * "… citing an official. The official said", "Palestine's Islamic Jihad movement agreed …. The
 * movement says": the last phrase before, in the three sentences before and outside quotation
 * marks, that ends with the same noun and says more than "the <noun>", is who the description is,
 * even when that phrase did not speak.
 */
export function antecedent(ctx: SpeakerContext, p: Phrase): IndexedActor | undefined {
  const { tokens, text } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  const head = words[words.length - 1] as Token;
  if (words[0]?.norm !== 'the' || words.length > 4 || head.pos !== 'NOUN') return undefined;
  const sentence = head.sentence;
  const from = ctx.doc.sentences[Math.max(0, sentence - 3)]?.first ?? 0;
  for (let k = p.first - 1; k >= from; k--) {
    const t = tokens[k] as Token;
    if (stem(t.norm) !== stem(head.norm) || insideQuote(text, t.start)) continue;
    // "the group's leader", "movement leaders": the noun modifies another, it heads nothing.
    if (tokens[k + 1]?.norm === "'s" || ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
    let first = k;
    // "the Saudi-led coalition": words glued by a hyphen belong to the description.
    const glued = (j: number) => (tokens[j] as Token).end === tokens[j + 1]?.start;
    while (first > from && k - first < 6 && (tokens[first - 1] as Token).sentence === t.sentence) {
      // "the Saudi-led coalition", "the Iran-backed militia": a participle glued to the word before it.
      const compound = first >= 2 && glued(first - 2) && /ed$/.test(tokens[first - 1]?.norm ?? '');
      if (ANTECEDENT_WORDS.test(tokens[first - 1]?.pos ?? '') || glued(first - 1) || compound) first--;
      else break;
    }
    const phrase = { first, last: k + 1 };
    const modifiers = tokens.slice(first, k).filter((w) => w.norm !== 'the');
    if (modifiers.length === 0 || insideQuote(text, (tokens[phrase.first] as Token).start)) continue;
    const found = ctx.phrase(phrase, t.sentence);
    if (found && found.actor.kind !== 'STATE') return found.actor;
    const group = describedGroupBefore(ctx, phrase, k);
    if (group) return group;
  }
  return undefined;
}

/**
 * "The Saudi-led coalition launched strikes. The coalition said …", "Anglophone separatists have fought
 * for years …; the separatists cite …": a non-state group the article described with a name or a
 * nationality ("Saudi-led", "Anglophone"), which names no actor of its own (or only the state), is an
 * organization named by that description. Never a bare common noun ("armed separatists"), which would
 * be one actor for every country's separatists.
 */
function describedGroupBefore(ctx: SpeakerContext, phrase: Phrase, head: number): IndexedActor | undefined {
  const { tokens, text } = ctx.doc;
  if (!NON_STATE_GROUPS.has((tokens[head] as Token).norm)) return undefined;
  const modifiers = tokens.slice(phrase.first, head).filter((w) => w.norm !== 'the');
  const named = (w: Token) =>
    isCapitalised(w.text) &&
    (ctx.doc.sentences[w.sentence]?.first !== w.index ||
      mentionsWithin(ctx.mentions, w.index, w.index + 1).length > 0);
  if (!modifiers.some(named) || modifiers.some((w) => w.pos === 'NUM')) return undefined;
  const first = tokens[phrase.first]?.norm === 'the' ? phrase.first + 1 : phrase.first;
  const name = text.slice((tokens[first] as Token).start, (tokens[head] as Token).end);
  return ctx.create(newActor(name.charAt(0).toUpperCase() + name.slice(1), name, null, 'ORGANIZATION'));
}

/** The organization named with an acronym last before token k, in k's sentence. */
function acronymNamedBefore(ctx: SpeakerContext, k: number): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const sentence = ctx.doc.sentences[(tokens[k] as Token).sentence];
  if (!sentence) return undefined;
  const before = [...ctx.acronyms.values()]
    .filter((a) => a.at >= sentence.start && a.at < (tokens[k] as Token).start)
    .sort((a, b) => b.at - a.at)[0];
  return before ? ctx.create(newActor(before.name, before.name, null, 'ORGANIZATION')) : undefined;
}

/** "the paramilitary Rapid Support Forces (RSF) … The paramilitary force": the description's words before its name. */
export function describedEarlier(ctx: SpeakerContext, p: Phrase): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  if (words[0]?.norm !== 'the' || words.length > 4) return undefined;
  const modifiers = words.slice(1, -1).map((t) => t.norm);
  if (modifiers.length === 0) return undefined;
  const made = (id: string) => ctx.created.get(id)?.name;
  const described = ctx
    .recentSpeakers()
    .find((h) =>
      [h.mention, made(h.actor.id) ?? h.actor.name]
        .flatMap((n) => mentionsOf(ctx, n))
        .some((k) => modifiers.every((m) => describedBefore(tokens, k, m))),
    );
  return described?.actor;
}

/** Where the text names an actor by this mention (token indexes). */
function mentionsOf(ctx: SpeakerContext, mention: string): number[] {
  const bare = mention.replace(/^the\s+/i, '');
  const found: number[] = [];
  for (let i = ctx.doc.text.indexOf(bare); i >= 0; i = ctx.doc.text.indexOf(bare, i + 1)) {
    const k = ctx.doc.tokens.findIndex((t) => t.start === i);
    if (k >= 0) found.push(k);
  }
  return found;
}

/** "Residents", "Senior army commanders in the province": a described source in the plural. */
function pluralSource(name: string): boolean {
  return (
    /s$/.test(name) ||
    name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => SOURCE_NOUNS.has(w) && /s$/.test(w))
  );
}

/** What a sentence's subject is made of before its verb ("The Free Valley Movement (FVM) has …"). */
const SUBJECT_WORDS = /^(DET|ADJ|PROPN|NOUN|PART|ADP|PUNCT|CCONJ)$/;

/** Parts of speech a noun's description is made of ("the Saudi-led", "an Iranian Foreign Ministry"). */
const ANTECEDENT_WORDS = /^(DET|ADJ|PROPN|NOUN|NUM|PART)$/;
