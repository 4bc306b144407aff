import type { IndexedActor, Mention } from './actorIndex';
import { SEATS, organOf } from './gazetteer';
import { newActor } from './newActors';
import { BODIES, roleAfterState } from './described';
import { INSTITUTIONS, PERSON_ROLES, STATE_MEDIA } from './lexicon';
import { personWithRole } from './people';
import { organActor } from './stateOrgans';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import type { Resolution, ResolvedBy } from './resolution';

/**
 * A phrase headed by a name the graph or the article knows: the actor itself, or what the phrase
 * around the name makes of it ("Georgia's foreign ministry", "Israel's defence minister", "the
 * Kremlin", "the UN refugee agency").
 */
export function fromMention(
  ctx: SpeakerContext,
  head: Mention,
  p: Phrase,
  mention: string,
  done: (a: IndexedActor, by: ResolvedBy) => Resolution,
): Resolution | null {
  const { tokens } = ctx.doc;
  const actor = head.actor;
  // The phrase around the state's name: "Georgia's foreign ministry", "the Foreign Ministry of Kyrgyzstan".
  const rest = [...tokens.slice(p.first, head.first), ...tokens.slice(head.last, p.last)]
    .map((t) => t.norm)
    .join(' ');
  // "The interior minister of Pakistan's caretaker government": a person described by a role of the state.
  const role = tokens.slice(p.first, head.first).some((t) => PERSON_ROLES.has(t.norm));
  if (role && actor.kind === 'STATE') {
    const name = mention.replace(/^the\s+/i, '');
    const person = ctx.titles.get(name.toLowerCase());
    return done(person ?? ctx.create(newActor(name, name, actor.isNew ? null : actor.id, 'PERSON')), 'title');
  }
  // "Israel's defence minister warned": the state's office-holder, named as the role of the state.
  const office = actor.kind === 'STATE' ? roleAfterState(tokens, head, p) : null;
  if (office) {
    const alias = mention.replace(/^the\s+/i, '');
    const holder =
      personWithRole(ctx, p) ??
      ctx.create(newActor(`${office} of ${actor.name}`, alias, actor.isNew ? null : actor.id, 'PERSON'));
    return done(holder, 'title');
  }
  const organ = actor.kind === 'STATE' ? organOf(rest) : null;
  // "Lebanon's health ministry", "Serbia's election commission": an organ the gazetteer has no key for.
  const after = tokens
    .slice(head.last, p.last)
    .map((t) => t.norm)
    .join(' ');
  if (!organ && actor.kind === 'STATE' && (INSTITUTIONS.test(rest) || STATE_MEDIA.test(after))) {
    const name = mention.replace(/^the\s+/i, '');
    return done(ctx.create(newActor(name, name, actor.isNew ? null : actor.id, 'ORGANIZATION')), 'new');
  }
  if (organ) {
    const known = organ === 'state' || ctx.index.organ(actor.id, organ);
    return done(organActor(ctx, actor, organ, mention), known ? 'organ' : 'new');
  }
  // "The Kyrgyz side said", "The US accused …": the state itself.
  const bare = rest.replace(/^the\s*/, '').trim();
  const acronym = /^[A-Z.]+$/.test(tokens[head.first]?.text ?? '');
  if (head.how === 'demonym' && (bare === 'side' || (bare === '' && acronym)))
    return done(ctx.ensure(actor), 'name');
  if (head.how === 'demonym') return null;
  // "The Kremlin said": the president's office, not the state.
  const seat = tokens
    .slice(head.first, head.last)
    .map((t) => t.norm)
    .join(' ');
  if (head.how === 'capital' && SEATS.has(seat))
    return done(organActor(ctx, actor, 'presidency', mention), 'organ');
  // "The United Nations mission in Libya", "the UN refugee agency", "UN human rights experts": a body
  // of the organization, not the organization.
  // "The European Union's mission in Afghanistan", "the U.N.'s nuclear watchdog agency": the same after a possessive.
  if (actor.kind === 'ORGANIZATION' && BODIES.test(rest.replace(/^(the |an? )?('s )?/, ''))) {
    const name = mention.replace(/^(the|an?)\s+/i, '');
    return done(ctx.create(newActor(name, name, actor.isNew ? null : actor.id, 'ORGANIZATION')), 'new');
  }
  const by: ResolvedBy = head.how === 'surname' ? 'surname' : head.how === 'capital' ? 'capital' : 'name';
  return done(ctx.ensure(actor), by);
}
