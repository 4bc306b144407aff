import { mentionsWithin } from './actorIndex';
import { unnamedSource } from './newActors';
import { POSSESSIVES, SOURCE_NOUNS } from './lexicon';
import { principalState } from './stateOrgans';
import { isCapitalised } from '../text/nameTrie';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, resolved } from './resolution';

/** Plural nouns of people or bodies that a description with no name can make a source of. */
const PLURAL_SOURCES = new Set([
  ...[...SOURCE_NOUNS].filter((w) => /s$/.test(w)),
  ...'leaders lawyers organizations organisations groups agencies associations unions volunteers rescuers'.split(
    ' ',
  ),
]);
/** Who speaks for the state when nothing else describes them ("government officials", "Pakistani leaders"). */
const STATE_VOICES = /^(officials|leaders|authorities)$/;
const STATE_WORDS = new Set(['government', 'senior', 'top', 'state']);
/** Words that count or pick rather than describe ("different sources", "several groups"). */
const DETERMINERS = new Set(
  'the a an this these those which that different various other several many multiple numerous some few both all'.split(
    ' ',
  ),
);

/**
 * "Disaster officials said", "human rights organizations said", "right-wing opposition leaders
 * highlighted": a plural description with no name and no article is a source of its own, named by
 * the description and the state the article is about ("Disaster officials (Philippines)"), so that the
 * same words in another country's news are another actor. "Pakistani leaders", "government officials":
 * the state. None when the article names no state.
 */
export function describedPlural(ctx: SpeakerContext, p: Phrase, mention: string): Resolution | null {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  const lead = words[0] as Token;
  if (DETERMINERS.has(lead.norm) || POSSESSIVES.has(lead.norm) || lead.pos === 'NUM') return null;
  const preposition = words.findIndex((t) => t.pos === 'ADP');
  const described = preposition < 0 ? words : words.slice(0, preposition);
  const head = described[described.length - 1];
  if (!head || described.length < 2 || !PLURAL_SOURCES.has(head.norm)) return null;
  const national = (t: Token) =>
    mentionsWithin(ctx.mentions, t.index, t.index + 1).find(
      (m) => m.how === 'demonym' && m.actor.kind === 'STATE',
    );
  if (!namesNoOne(ctx, p.first, p.last)) return null;
  const modifiers = described.slice(0, -1);
  const nationality = modifiers.map(national).find((m) => m !== undefined);
  if (STATE_VOICES.test(head.norm) && nationality)
    return resolved(ctx, ctx.ensure(nationality.actor), mention, 'descriptor');
  const state = principalState(ctx, true);
  if (!state) return null;
  if (STATE_VOICES.test(head.norm) && modifiers.every((t) => STATE_WORDS.has(t.norm)))
    return resolved(ctx, ctx.ensure(state), mention, 'descriptor');
  if (nationality) return null;
  const description = mention.charAt(0).toUpperCase() + mention.slice(1);
  const actor = ctx.create(unnamedSource(`${description} (${state.name})`, mention));
  return { actor, mention, by: 'new', via: null, side: null };
}

/**
 * Whether the words from `first` to `last` name no one: each capitalised word among them opens its
 * sentence or is a nationality ("Pakistani leaders", "local and security sources").
 */
export function namesNoOne(ctx: SpeakerContext, first: number, last: number): boolean {
  for (let k = first; k < last; k++) {
    const t = ctx.doc.tokens[k] as Token;
    if (!isCapitalised(t.text) || ctx.doc.sentences[t.sentence]?.first === k) continue;
    if (!mentionsWithin(ctx.mentions, k, k + 1).some((m) => m.how === 'demonym')) return false;
  }
  return true;
}
