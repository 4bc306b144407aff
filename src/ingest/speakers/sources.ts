import { mentionsWithin } from './actorIndex';
import { unnamedSource } from './newActors';
import {
  ANONYMOUS,
  GROUP_PRONOUNS,
  INDEFINITE,
  INDIVIDUALS,
  NOT_PARTIES,
  OWN_MEDIA,
  PERSON_PRONOUNS,
  SOURCE_NOUNS,
  SPOKES,
  SPOKESPERSON,
  UNNAMED,
  UNNAMED_MEDIA,
} from './lexicon';
import { lastGroup, lastPerson } from './antecedents';
import { introducedActor } from './people';
import { adjectiveBeforeNoun } from './speakerNames';
import { isCapitalised } from '../text/nameTrie';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, resolved } from './resolution';

/**
 * Sources described, not named ("a security source", "residents", "U.S. officials, speaking on
 * condition of anonymity"), who speak as their description; and spokespeople, who deliver the words
 * of whoever they speak for ("his spokesman said").
 */

/**
 * "A security source in southern Lebanon", "several witnesses", "a Malian military source": an
 * unnamed source the article describes speaks as that description, whatever places it names. Not
 * when a name comes before the source noun ("a Hamas official" speaks for Hamas), nor for an unnamed
 * spokesperson, who speaks for their organization.
 */
export function indefiniteSource(
  ctx: SpeakerContext,
  p: Phrase,
  norm: string,
  mention: string,
): Resolution | null {
  const words = norm.split(' ');
  // "U.S. officials, speaking on condition of anonymity, said": a described source, not the state.
  const sentence = ctx.doc.sentences[(ctx.doc.tokens[p.first] as Token).sentence];
  const anonymous =
    (!!sentence && ANONYMOUS.test(ctx.doc.text.slice(sentence.start, sentence.end)) && words.length <= 3) ||
    UNNAMED.test(norm);
  const head = words.slice(0, 6).findIndex((w) => SOURCE_NOUNS.has(w));
  // "Senior army commanders in the province said": sources described by a bare plural and where they are.
  const bare =
    head > 0 &&
    /s$/.test(words[head] ?? '') &&
    !INDEFINITE.has(words[0] ?? '') &&
    !['the', 'its', 'their', 'his', 'her'].includes(words[0] ?? '') &&
    ctx.doc.tokens[p.first + head + 1]?.pos === 'ADP' &&
    ctx.doc.tokens.slice(p.first + 1, p.first + head).every((t) => !isCapitalised(t.text)) &&
    !mentionsWithin(ctx.mentions, p.first, p.first + 1).some((m) => m.how !== 'demonym');
  if (!INDEFINITE.has(words[0] ?? '') && !bare && (!anonymous || words[0] === 'the')) return null;
  if (head < 0 || SPOKES.test(words[head] ?? '')) return null;
  const demonym = (k: number) =>
    mentionsWithin(ctx.mentions, k, k + 1).some((m) => m.how === 'demonym' || m.actor.kind === 'STATE');
  // A soldier, a resident, or anyone unnamed on purpose speaks for themselves, not for the group named before.
  // "A UNIFIL source", "a United Nations official in the region": one unnamed person of the body speaks as that
  // description, as "a security source" does (a spokesperson, who speaks for the body, was set apart above).
  const individual =
    INDIVIDUALS.has(words[head] ?? '') ||
    anonymous ||
    (ONE_OF.has(words[0] ?? '') && PERSON_OF.has(words[head] ?? ''));
  for (let k = p.first + 1; k < p.first + head && !individual; k++)
    if (isCapitalised((ctx.doc.tokens[k] as Token).text) && !demonym(k)) return null;
  if (!INDEFINITE.has(words[0] ?? '')) {
    const name = bare ? mention : mention.charAt(0).toUpperCase() + mention.slice(1);
    return {
      actor: ctx.create(unnamedSource(name, mention)),
      mention,
      by: 'new',
      via: null,
      side: null,
    };
  }
  return describedSource(ctx, words, mention);
}

/** Articles that make one unnamed person, and the singular nouns for one person of a body. */
const ONE_OF = new Set(['a', 'an', 'one', 'another']);
const PERSON_OF = new Set(['source', 'official', 'officer']);

/**
 * "A security source", "a second source familiar with the talks", "another local lawmaker",
 * "residents": a source the article describes but does not name is a speaker of its own, named by
 * the description (as the annotation guidelines and the seed do).
 */
export function describedSource(ctx: SpeakerContext, words: string[], mention: string): Resolution | null {
  const nouns = words.slice(0, 6);
  const head = nouns.findIndex((w) => SOURCE_NOUNS.has(w));
  if (head < 0) return null;
  const indefinite = INDEFINITE.has(words[0] ?? '') || (head === 0 && /s$/.test(words[0] ?? ''));
  if (!indefinite) return null;
  const described = mention
    .replace(/^(a|an|another|one|two|three|several|some|many|a second|a third)\s+/i, '')
    .replace(/^(second|third|other)\s+/i, '');
  const name = described.charAt(0).toUpperCase() + described.slice(1);
  const actor = ctx.create(unnamedSource(name, mention));
  return { actor, mention, by: 'new', via: null, side: null };
}

/** "International rights groups", "Civilian leaders": a group the article describes by an adjective, named so. */
export function describedGroup(ctx: SpeakerContext, p: Phrase, mention: string): Resolution | null {
  const { tokens } = ctx.doc;
  const last = tokens[p.last - 1] as Token;
  if (p.last - p.first > 4 || !adjectiveBeforeNoun(tokens, p.first, p.first + 1)) return null;
  if (last.pos !== 'NOUN' || !/s$/.test(last.norm) || NOT_PARTIES.has(last.norm)) return null;
  const actor = ctx.create(unnamedSource(mention, mention));
  return { actor, mention, by: 'new', via: null, side: null };
}

/** Whether the phrase is a spokesperson of someone named by a pronoun ("his spokesman", "its spokeswoman"). */
export function isPronounsSpokesperson(words: string[], norm: string): boolean {
  const owner = words[0] ?? '';
  return SPOKES.test(norm) && (PERSON_PRONOUNS.has(owner) || GROUP_PRONOUNS.has(owner));
}

/** "his spokesman said": the words are the principal's, delivered via the spokesperson if the graph knows one. */
export function pronounsSpokesperson(
  ctx: SpeakerContext,
  words: string[],
  mention: string,
  sentence: number,
  p: Phrase,
): Resolution | null {
  const owner = words[0] ?? '';
  const principal = PERSON_PRONOUNS.has(owner)
    ? lastPerson(ctx, sentence, p.first, true)
    : GROUP_PRONOUNS.has(owner)
      ? lastGroup(ctx)
      : undefined;
  const found = resolved(ctx, principal, mention, 'descriptor');
  const role = words[words.length - 1] ?? '';
  const surname = principal?.name.split(' ').pop() ?? '';
  return (
    found && {
      ...found,
      via: ctx.index.named(`${surname}'s ${role}`) ?? ctx.index.named(`${principal?.name}'s ${role}`) ?? null,
    }
  );
}

/**
 * "Media reports said", "press sources", "local media": media the text does not name are not speakers
 * (rule 9 of the settled cases). A named outlet ("the Associated Press") or a state's own media ("state
 * media") is: past the phrase's first word, a capital marks a name.
 */
export function unnamedMedia(ctx: SpeakerContext, p: Phrase, norm: string): boolean {
  if (!UNNAMED_MEDIA.test(norm) || OWN_MEDIA.test(norm)) return false;
  return ctx.doc.tokens.slice(p.first + 1, p.last).every((t) => !isCapitalised(t.text));
}

/**
 * "A military spokesperson", "a spokesman for the armed forces", "an army spokesman": an unnamed
 * spokesperson speaks for the organization, which is the speaker, the spokesperson (a described person)
 * delivering the words (rule 1 of the settled cases). Null when the phrase names no organization.
 */
export function unnamedSpokesperson(
  ctx: SpeakerContext,
  p: Phrase,
  words: string[],
  mention: string,
  sentence: number,
): Resolution | null {
  const at = words.findIndex((w) => SPOKESPERSON.test(w));
  if (at < 1 || !['a', 'an', 'another'].includes(words[0] ?? '')) return null;
  // The organization: the complement after "for"/"of", else the words between the article and the role.
  const complement = ['for', 'of'].includes(words[at + 1] ?? '') && at + 2 < words.length;
  const organization: Phrase | null = complement
    ? { first: p.first + at + 2, last: p.last }
    : at > 1 && at === words.length - 1
      ? { first: p.first + 1, last: p.first + at }
      : null;
  if (!organization) return null;
  // "according to a government spokesman" in the lede, "Government spokesman Ana Ruiz" further on: the
  // same person, named after (never one named before, rule 1).
  const role = words.slice(1).filter((w) => !['for', 'of', 'the'].includes(w));
  const later = ctx.persons.find((x) => x.first >= p.last && role.every((w) => x.role.includes(w)));
  if (later) return resolved(ctx, introducedActor(ctx, later), mention, 'title');
  const principal = ctx.phrase(organization, sentence);
  if (!principal || principal.others) return null;
  const spokesperson = describedSource(ctx, words, mention);
  return { ...principal, mention, by: 'descriptor', via: spokesperson?.actor ?? null };
}
