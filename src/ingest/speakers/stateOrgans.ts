import { type IndexedActor, lastMentionBefore } from './actorIndex';
import { type OrganKey, organOf } from './gazetteer';
import { newActor } from './newActors';
import { organName } from './organs';
import type { Token } from '../text/sentences';
import type { SpeakerContext } from './context';

/**
 * States and their organs named without a name: "the Foreign Ministry", "the army", "the government",
 * "officials": the organ of the state the article is about, the graph's or one made for it.
 */

/** "the Foreign Ministry": the last speaker that is one, else that organ of the state in the news so far. */
export function organ(
  ctx: SpeakerContext,
  key: OrganKey,
  norm: string,
  before?: number,
  mention?: string,
): IndexedActor | undefined {
  // "Mali's military-dominated government … The government has denied": the state last named, by name.
  // "The government said", "officials said" with nothing more: the state the article is about (named most
  // often, by name rather than nationality), not whichever state the sentences before happened to name.
  if (key === 'state' && /^(the )?(government|authorities|officials)$/.test(norm)) {
    const principal = principalState(ctx, true);
    if (principal) return ctx.ensure(ctx.index.organ(principal.id, key) ?? principal);
  }
  if (key === 'state' && before !== undefined) {
    const named = lastMentionBefore(
      ctx.mentions,
      before,
      (m) => m.actor.kind === 'STATE' && m.how !== 'demonym',
    );
    const near =
      named &&
      (ctx.doc.tokens[named.first] as Token).sentence >= (ctx.doc.tokens[before] as Token).sentence - 2;
    // A state the graph lacks (a gazetteer country) is itself: the seed models "the government" as the state.
    const organ =
      named && near
        ? (ctx.index.organ(named.actor.id, key) ?? (named.actor.isNew ? named.actor : undefined))
        : undefined;
    if (organ) return ctx.ensure(organ);
  }
  const recent = [...ctx.history].reverse();
  const same = recent.find(
    (h) =>
      (h.actor.organ ?? ctx.createdOrgan.get(h.actor.id)) === key ||
      (key === 'state' && h.actor.kind === 'STATE'),
  );
  if (same) return same.actor;
  if (key !== 'state' || /\bforeign\b|\bdefen[cs]e\b/.test(norm)) {
    for (const h of recent) {
      const state = ctx.index.sideOf(h.actor.id) ?? h.side;
      const organ = state ? ctx.index.organ(state, key) : undefined;
      if (organ) return organ;
    }
  }
  const firstState = ctx.mentions.find((m) => m.actor.kind === 'STATE' && !m.actor.isNew);
  const known = firstState ? ctx.index.organ(firstState.actor.id, key) : undefined;
  // "officials said" with nothing more: the state the article is about.
  if (!known && key === 'state' && /^(the )?(officials|authorities)$/.test(norm)) {
    const principal = principalState(ctx);
    return principal ? ctx.ensure(principal) : undefined;
  }
  if (known || key === 'state' || !mention) return known;
  // "the army" of a state the graph has no organ for: that organ of the state the speakers so far belong to.
  const state = principalState(ctx) ?? stateInNews(ctx);
  return state ? organActor(ctx, state, key, mention) : undefined;
}

/** The state the article names most often (by name, capital or demonym). */
export function principalState(ctx: SpeakerContext, byName = false): IndexedActor | undefined {
  const counts = new Map<string, { actor: IndexedActor; n: number }>();
  for (const m of ctx.mentions)
    if (m.actor.kind === 'STATE')
      counts.set(m.actor.id, {
        actor: m.actor,
        n: (counts.get(m.actor.id)?.n ?? 0) + (byName && m.how === 'demonym' ? 0.5 : 1),
      });
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.actor;
}

/** The state the last speakers belong to, else the first state the article names. */
function stateInNews(ctx: SpeakerContext): IndexedActor | undefined {
  for (const h of [...ctx.history].reverse()) {
    const id = ctx.index.sideOf(h.actor.id) ?? h.side ?? ctx.createdSide.get(h.actor.id);
    const state = id ? (ctx.index.get(id) ?? ctx.mentions.find((m) => m.actor.id === id)?.actor) : undefined;
    if (state?.kind === 'STATE') return state;
  }
  return ctx.mentions.find((m) => m.actor.kind === 'STATE' && m.how !== 'demonym')?.actor;
}

/**
 * A state's organ: the graph's, else one made earlier in this article, else a new organization named
 * as the seed names organs ("Ministry of Foreign Affairs of Kyrgyzstan"), the mention kept as an alias.
 * The government or the authorities are the state itself (the seed's rule).
 */
export function organActor(
  ctx: SpeakerContext,
  state: IndexedActor,
  key: OrganKey,
  mention: string,
): IndexedActor {
  if (key === 'state') return ctx.ensure(state);
  const alias = mention.replace(/^the\s+/i, '');
  const known = ctx.index.organ(state.id, key);
  if (known) return ctx.ensure(known);
  const made = newActor(organName(state, key, alias), alias, state.isNew ? null : state.id, 'ORGANIZATION');
  const aliases = [...new Set([...made.aliases, ...organWordings(ctx, state, key)])].filter(
    (a) => a !== made.name,
  );
  const actor = ctx.create({ ...made, aliases });
  ctx.createdOrgan.set(actor.id, key);
  ctx.createdSide.set(actor.id, state.id);
  return { ...actor, organ: key };
}

/** How the article names a state's organ ("the Sudanese army", "Kenya's military"), kept as aliases. */
function organWordings(ctx: SpeakerContext, state: IndexedActor, key: OrganKey): string[] {
  const { tokens, text } = ctx.doc;
  const found: string[] = [];
  for (const m of ctx.mentions) {
    if (m.actor.id !== state.id) continue;
    const from = tokens[m.last]?.norm === "'s" ? m.last + 1 : m.last;
    for (let j = from; j < Math.min(tokens.length, from + 2); j++) {
      const words = tokens.slice(from, j + 1).map((t) => t.norm);
      if (organOf(words.join(' ')) === key && (tokens[j] as Token).pos === 'NOUN') {
        found.push(text.slice(m.start, (tokens[j] as Token).end));
        break;
      }
    }
  }
  return found;
}
