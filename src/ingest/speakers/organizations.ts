import type { IndexedActor, Mention } from './actorIndex';
import { type OrganKey, organOf } from './gazetteer';
import { newActor } from './newActors';
import { ORGAN_NAMES } from './organs';
import { stem } from './phrases';
import { type Token, normWord } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';

/** Organizations the graph does not know, named by the article: made new, part of their state. */

/**
 * An organization the graph does not know, named by the article ("the German Consulate General in
 * Erbil"). A state's possessive before it ("India's Ministry of External Affairs") is part of the
 * name, as the seed names organs ("… of India"), and the organization is part of that state.
 */
export function namedOrganization(
  ctx: SpeakerContext,
  name: string,
  mention: string,
  heads: Mention[],
): IndexedActor {
  const { tokens } = ctx.doc;
  const owner = heads[heads.length - 1];
  const state = owner?.actor.kind === 'STATE' ? owner.actor : undefined;
  const possessive = !!owner && tokens[owner.last]?.norm === "'s";
  const full = state && possessive && !name.includes(state.name) ? `${name} of ${state.name}` : name;
  const partOf = state && !state.isNew ? state.id : null;
  if (state) ctx.ensure(state);
  const actor = ctx.create(newActor(full, mention.replace(/^the\s+/i, ''), partOf, 'ORGANIZATION'));
  if (state) ctx.createdSide.set(actor.id, state.id);
  return actor;
}

/**
 * "The Free Valley Front News Agency said …. The Free Valley agency said": a name with a common noun
 * after it is the organization made before whose name holds the name and ends with that noun.
 */
export function organizationNamedBefore(
  ctx: SpeakerContext,
  name: string,
  p: Phrase,
): IndexedActor | undefined {
  const noun = ctx.doc.tokens[p.last - 1] as Token;
  if (noun.pos !== 'NOUN' || !/^[a-z]/.test(noun.text)) return undefined;
  const made = [...ctx.created.values()].find(
    (a) =>
      a.kind === 'ORGANIZATION' &&
      a.name !== name &&
      a.name.includes(name) &&
      stem(a.name.split(/\s+/).pop() ?? '') === stem(noun.norm),
  );
  return made ? ctx.create(made) : undefined;
}

/**
 * "The Taliban's foreign ministry": a ministry of a movement or de facto government the graph does
 * not know as a state, named as the seed names ministries ("Ministry of Foreign Affairs of the Taliban").
 */
export function ministryOfNamed(ctx: SpeakerContext, name: string, mention: string): IndexedActor | null {
  const at = mention.indexOf(name);
  const after = normWord(mention.slice(at + name.length));
  const key = /^'s\s/.test(after) ? organOf(after) : null;
  if (!key || !['mfa', 'mod', 'interior'].includes(key)) return null;
  const owner = /^the\s/i.test(mention.slice(0, at).trim() + ' ') ? `the ${name}` : name;
  const pattern = ORGAN_NAMES[key as Exclude<OrganKey, 'state'>];
  return ctx.create(
    newActor(`${pattern} of ${owner}`, mention.replace(/^the\s+/i, ''), null, 'ORGANIZATION'),
  );
}
