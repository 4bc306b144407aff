import { type Mention, mentionsWithin } from './actorIndex';
import type { IndexedActor } from './actorIndex';
import { newActor } from './newActors';
import { officeOwner } from './described';
import { LEADERS, ROLES } from './lexicon';
import { type IntroducedPerson, ROLE_NOUNS } from './introduced';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { NewActor } from '../types';
import type { SpeakerContext } from './context';
import type { Resolution } from './resolution';

/**
 * Named people and the roles they are introduced with: "Foreign Minister Ana Ruiz", "the mayor of the
 * town, Ana Ruiz,", "Ruiz" again later, "the minister" for the last one introduced with that role.
 */

/** "The head of Ukraine's nuclear watchdog, Oleh Korikov": a phrase that describes a role, not a name. */
export function namesRole(ctx: SpeakerContext, p: Phrase): boolean {
  const { tokens } = ctx.doc;
  if (ROLES.has((tokens[p.last - 1] as Token).norm)) return true;
  // "The head of …", "the deputy spokesman for …", "the European Union's high representative for
  // foreign affairs": a role with its complement.
  const words = tokens.slice(p.first, p.last);
  return words.some((t, i) => ROLES.has(t.norm) && ['of', 'for'].includes(words[i + 1]?.norm ?? ''));
}

/**
 * "The mayor of the town, Ana Ruiz, said", "…," said the army's spokesman in the province, Ana Ruiz:
 * the person named in apposition to a role, after a comma; a short complement of the role ("in the
 * province") may stand between the phrase and the comma.
 */
export function apposedPerson(ctx: SpeakerContext, p: Phrase): IntroducedPerson | undefined {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  const role =
    namesRole(ctx, p) ||
    words.some(
      (t, i) =>
        ROLE_NOUNS.has(t.norm) &&
        (i === words.length - 1 || ['of', 'for'].includes(words[i + 1]?.norm ?? '')),
    );
  if (!role) return undefined;
  let k = p.last;
  // "Capital City Police Officer (CCPO), Karim Khan,": the role's acronym before the comma.
  if (tokens[k]?.text === '(' && tokens[k + 2]?.text === ')') k += 3;
  if (tokens[k]?.pos === 'ADP' && ['in', 'for', 'of', 'at'].includes(tokens[k]?.norm ?? '')) {
    const end = k + 5;
    for (k++; k < end && k < tokens.length && tokens[k]?.text !== ','; k++)
      if (['VERB', 'AUX', 'PUNCT'].includes(tokens[k]?.pos ?? '')) return undefined;
  }
  if (tokens[k]?.text !== ',') return undefined;
  const person = ctx.persons.find((x) => x.first === k + 1);
  if (person) return person;
  // "Capital City Police Officer, Tamsa, Karim Khan, said": the place of the office, then the name.
  let j = k + 1;
  while (j < k + 4 && tokens[j]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[j]?.text ?? '')) j++;
  return j > k + 1 && tokens[j]?.text === ',' ? ctx.persons.find((x) => x.first === j + 1) : undefined;
}

/**
 * "Blinken said" after "Secretary of State Antony Blinken urged": a person the article introduced
 * (as a new actor) named again by part of the name. Only when exactly one such person fits.
 */
export function introduced(ctx: SpeakerContext, name: string): IndexedActor | undefined {
  const words = name.toLowerCase().split(/\s+/);
  const fitsName = (full: string) => {
    // "Sadr" is part of "Muqtada al-Sadr".
    const parts = full
      .toLowerCase()
      .split(/\s+/)
      .flatMap((w) => [w, w.replace(/^(al|el)-/, '')]);
    return full !== name && words.length < parts.length && words.every((w) => parts.includes(w));
  };
  // Only people with a proper name: "Taliban" is not part of a described "Taliban soldier".
  const named = (a: NewActor) => a.name.split(/\s+/).every((w) => /^[A-Z]/.test(w));
  const fits = [...ctx.created.values()].filter((a) => a.kind === 'PERSON' && named(a) && fitsName(a.name));
  const only = fits.length === 1 ? fits[0] : undefined;
  if (only) return ctx.create(only);
  // Or one the article introduced by role without their speaking yet ("Foreign Minister Abdoulaye Diop").
  const persons = [...new Map(ctx.persons.filter((x) => fitsName(x.name)).map((x) => [x.name, x])).values()];
  return persons.length === 1 ? introducedActor(ctx, persons[0] as IntroducedPerson) : undefined;
}

/** The actor for a person the article introduced: a known one under another spelling, else a new one. */
export function introducedActor(ctx: SpeakerContext, person: IntroducedPerson): IndexedActor {
  const surname = person.name.split(/\s+/).pop() ?? person.name;
  const known = ctx.index.fuzzyPersonNamed(person.name, surname);
  if (known) return known;
  const organization = person.roleMentions.find(
    (m) => !m.actor.isNew && m.actor.kind !== 'PERSON' && m.how !== 'demonym',
  );
  return ctx.create(newActor(person.name, person.name, organization?.actor.id ?? null, 'PERSON'));
}

/**
 * "the minister", "the spokesman", "the Serbian leader": the last person introduced before with that
 * role (a head of state or government for "leader"), of the state the description names if any.
 */
export function personWithRole(ctx: SpeakerContext, p: Phrase, ahead = false): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  const head = words[words.length - 1]?.norm ?? '';
  if (!ROLE_NOUNS.has(head)) return undefined;
  const states = mentionsWithin(ctx.mentions, p.first, p.last).map((m) => m.actor.id);
  const modifiers = words
    .slice(0, -1)
    .filter((t) => !['the', 'a', 'an'].includes(t.norm) && !states.length && t.pos === 'ADJ')
    .map((t) => t.norm);
  const roles = head === 'leader' ? LEADERS : [head];
  const sentence = (tokens[p.first] as Token).sentence;
  const near = (x: IntroducedPerson) =>
    ahead ? x.first >= p.last && (tokens[x.first] as Token).sentence <= sentence + 2 : x.last <= p.first;
  const fits = (x: IntroducedPerson) =>
    near(x) &&
    roles.some((r) => x.role.includes(r)) &&
    modifiers.every((w) => x.role.includes(w)) &&
    states.every((id) => x.roleMentions.some((m) => m.actor.id === id));
  const person = ahead ? ctx.persons.find(fits) : [...ctx.persons].reverse().find(fits);
  return person ? introducedActor(ctx, person) : undefined;
}

/**
 * The organization a new person's role is named with: "EU spokeswoman Maria Lopez", "Maria Lopez,
 * a spokeswoman for the European Union," or "…, the head of Ukraine's Security Service". Only an
 * actor the graph knows, so the person's PART_OF link has somewhere to go.
 */
export function roleOrganization(ctx: SpeakerContext, p: Phrase, heads: Mention[]): string | null {
  const { tokens } = ctx.doc;
  const known = (m: Mention | undefined) =>
    m && !m.actor.isNew && m.actor.kind !== 'PERSON' ? m.actor.id : null;
  const before = heads.filter((m) => tokens.slice(m.last, p.last).some((t) => ROLES.has(t.norm)));
  if (before.length) return known(before[before.length - 1]);
  if (tokens[p.last]?.text !== ',') return null;
  let end = p.last + 1;
  while (end < tokens.length && end < p.last + 14 && tokens[end]?.text !== ',' && tokens[end]?.pos !== 'VERB')
    end++;
  const role = tokens.slice(p.last + 1, end).findIndex((t) => ROLES.has(t.norm));
  if (role < 0) return null;
  const after = mentionsWithin(ctx.mentions, p.last + 1 + role, end).filter((m) => m.how !== 'demonym');
  return known(after[after.length - 1]);
}

/** "Prime Minister Ana Ruiz's office said": the person's office, an organization of its own. */
export function officeOf(
  ctx: SpeakerContext,
  p: Phrase,
  sentence: number,
  mention: string,
): Resolution | null {
  const owner = officeOwner(ctx.doc.tokens, p);
  const principal = owner ? ctx.phrase(owner, sentence) : null;
  if (!principal || principal.actor.kind !== 'PERSON') return null;
  const state = principal.side ?? ctx.sideOf(principal.actor);
  const partOf = state && ctx.index.get(state) ? state : null;
  const name = `Office of ${principal.actor.name}`;
  const actor = ctx.create(newActor(name, mention.replace(/^the\s+/i, ''), partOf, 'ORGANIZATION'));
  return { actor, mention, by: 'new', via: null, side: state };
}
