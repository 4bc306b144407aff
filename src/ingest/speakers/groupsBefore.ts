import type { IndexedActor } from './actorIndex';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import type { Spoken } from './resolution';

/**
 * Nouns that describe a non-state group as a whole ("the group", "the rebels", "the militants"): a
 * definite description headed by one, that names no one by itself, is the group the article spoke of last.
 */
export const NON_STATE_GROUPS = new Set(
  (
    'group groups movement militia militias faction organisation organization rebels militants insurgents ' +
    'separatists jihadists guerrillas coalition alliance'
  ).split(' '),
);

/** A group's own kinds: not a state, not a state's ministry, army or government. */
const STATE_ORG_TYPES = new Set(['MINISTRY', 'ARMED_FORCES', 'GOVERNMENT']);

/** How many sentences back a definite description may reach for the group it stands for. */
const REACH = 3;

/**
 * "Kata'ib Hezbollah said …. "…," the group said": the last organization that spoke, within a few
 * sentences, when it is not a state or one of a state's organs; none when the article's last group
 * speaker is further back (the description then names someone the text has not resolved).
 */
export function groupSpokenBefore(ctx: SpeakerContext, p: Phrase): IndexedActor | undefined {
  const words = ctx.doc.tokens.slice(p.first, p.last);
  const head = words[words.length - 1]?.norm ?? '';
  if (words[0]?.norm !== 'the' || words.length > 3 || !NON_STATE_GROUPS.has(head)) return undefined;
  if (words.slice(1, -1).some((t) => t.pos !== 'ADJ')) return undefined;
  const sentence = (words[0] as Token).sentence;
  // A news agency or outlet that reported the group's words is not the group.
  const last = [...ctx.history]
    .reverse()
    .find(
      (h) =>
        (h.actor.kind !== 'PERSON' || (h === ctx.lastSpoken() && bareNewName(ctx, h))) &&
        !h.others?.length &&
        !isMedia(h.actor, h.mention),
    );
  if (!last || sentence - last.sentence > REACH) return undefined;
  // "Kata'ib Hezbollah said …. "…," the group said": the description tells what the bare name is.
  const actor = last.actor.kind === 'PERSON' ? asGroup(ctx, last.actor) : last.actor;
  const stateLike =
    actor.kind === 'STATE' || !!actor.organ || STATE_ORG_TYPES.has(actor.orgType ?? '') || !!actor.partOf;
  return stateLike ? undefined : actor;
}

/**
 * A speaker the article named by a bare name nobody knew, with no title or role ("Kata'ib Hezbollah
 * said"): guessed a person from its capitals, it may be a group, which "the group said" then tells.
 */
function bareNewName(ctx: SpeakerContext, h: Spoken): boolean {
  const { actor } = h;
  const introduced =
    ctx.persons.some((x) => x.name === actor.name) || [...ctx.titles.values()].some((t) => t.id === actor.id);
  return actor.isNew && actor.kind === 'PERSON' && h.mention.trim() === actor.name && !h.via && !introduced;
}

/** The new actor, made an organization. */
function asGroup(ctx: SpeakerContext, actor: IndexedActor): IndexedActor {
  const made = ctx.created.get(actor.id);
  if (made) Object.assign(made, { kind: 'ORGANIZATION', orgType: made.orgType ?? 'OTHER' });
  return { ...actor, kind: 'ORGANIZATION', orgType: actor.orgType ?? 'OTHER' };
}

/** An outlet or agency: it reports what groups say, a description of a group never stands for it. */
function isMedia(actor: IndexedActor, mention: string): boolean {
  return actor.orgType === 'MEDIA' || MEDIA_NAMES.test(actor.name) || MEDIA_NAMES.test(mention);
}

const MEDIA_NAMES = /\b(news|agency|press|times|post|television|tv|radio|broadcast\w*)\b/i;
