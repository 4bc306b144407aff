import type { IndexedActor } from '../actorIndex';
import type { Candidate } from '../../candidates/candidates';
import type { SpeakerContext } from '../context';
import type { Resolution } from '../resolution';
import { introducedActor } from '../people';
import { ROLES } from '../lexicon';
import type { Token } from '../../text/sentences';
import type { NewActor } from '../../types';

/** One speaker the chooser may pick for a statement, with what the rules and the text say of it. */
export interface SpeakerOption {
  actor: IndexedActor;
  /** The article's words for it: the rules' mention for their pick, else the name as written. */
  mention: string;
  /** The names the scorer may know it by (name, aliases made in this article), for the gold match. */
  names: string[];
  /** A new actor only this option made: the article keeps it if the chooser picks the option. */
  made: NewActor | null;
  features: string[];
}

/** Where an option came from: how the rules or the text put it next to the statement. */
type Source =
  | 'rules'
  | 'alternative'
  | 'sentence'
  | 'person'
  | 'previous-sentence'
  | 'last-speaker'
  | 'earlier-speaker'
  | 'parent'
  | 'side'
  | 'via';

interface Draft {
  actor: IndexedActor;
  mention: string;
  sources: Set<Source>;
  /** Token range of the nearest mention in the attribution's sentence, when it is one. */
  at: { first: number; last: number } | null;
}

/** Closed-class and reporting words whose presence between a mention and the cue is a grammatical clue. */
const CLUES = new Set(
  (
    'said says told according to of for by from , and who which in on with that the his her its their ' +
    'spokesman spokeswoman spokesperson statement quoted cited added'
  ).split(' '),
);

const bucket = (n: number) => (n <= 0 ? '0' : n <= 2 ? '1-2' : n <= 5 ? '3-5' : n <= 10 ? '6-10' : '11+');

/**
 * The speakers a chooser can pick from for one statement the rules resolved: the rules' pick, what the
 * attribution's other phrases resolve to, every actor named in the attribution's sentence outside the
 * reported words, the people the article introduces there, actors named in the sentence before, the
 * last speakers, the rules' pick's parent and state, and who delivered the words. The rules' pick is
 * first. Resolving the other phrases must not change what the rules do next, so the actors it makes
 * are forgotten unless the chooser picks one.
 */
export function speakerOptions(ctx: SpeakerContext, c: Candidate, rules: Resolution): SpeakerOption[] {
  const saved = {
    created: new Map([...ctx.created].map(([k, v]): [string, NewActor] => [k, copy(v)])),
    organ: new Map(ctx.createdOrgan),
    side: new Map(ctx.createdSide),
  };
  const drafts = new Map<string, Draft>();
  const add = (actor: IndexedActor, source: Source, mention: string, at: Draft['at'] = null) => {
    const d = drafts.get(actor.id) ?? { actor, mention, sources: new Set<Source>(), at };
    d.sources.add(source);
    if (!d.at && at) d.at = at;
    drafts.set(actor.id, d);
  };
  add(rules.actor, 'rules', rules.mention);
  for (const a of alternativesOf(ctx, c)) add(a.actor, 'alternative', a.mention);
  const { tokens, text } = ctx.doc;
  const outside = (m: { first: number; last: number }) => {
    const t = tokens[m.first] as Token;
    return t.end <= c.contentStart || t.start >= c.end;
  };
  const words = (m: { first: number; last: number }) =>
    text.slice((tokens[m.first] as Token).start, (tokens[m.last - 1] as Token).end);
  for (const m of ctx.mentions.filter((m) => tokens[m.first]?.sentence === c.sentence && outside(m)))
    add(m.actor, 'sentence', words(m), m);
  for (const p of ctx.persons.filter((p) => tokens[p.first]?.sentence === c.sentence && outside(p)))
    add(introducedActor(ctx, p), 'person', p.name, p);
  for (const m of ctx.mentions.filter((m) => tokens[m.first]?.sentence === c.sentence - 1))
    add(m.actor, 'previous-sentence', words(m));
  // The rules pushed their own pick last: the speakers before it are the history's earlier entries.
  const before = ctx.history.slice(0, -1);
  const last = before[before.length - 1];
  if (last) add(last.actor, 'last-speaker', last.mention);
  const earlier = [...new Map([...before].reverse().map((h) => [h.actor.id, h])).values()];
  for (const s of earlier.slice(0, 3)) if (s !== last) add(s.actor, 'earlier-speaker', s.mention);
  const parent = rules.actor.partOf ? ctx.index.get(rules.actor.partOf) : undefined;
  if (parent) add(parent, 'parent', parent.name);
  const side = ctx.sideOf(rules.actor);
  const state = side ? ctx.index.get(side) : undefined;
  if (state) add(state, 'side', state.name);
  if (rules.via) add(rules.via, 'via', rules.via.name);
  const options = [...drafts.values()].map((d) => {
    const made = saved.created.has(d.actor.id) ? null : (ctx.created.get(d.actor.id) ?? null);
    return {
      actor: d.actor,
      mention: d.mention,
      names: [d.actor.name, ...(ctx.created.get(d.actor.id)?.aliases ?? []), d.mention],
      made: made && copy(made),
      features: featuresOf(ctx, c, rules, d),
    };
  });
  restore(ctx.created, saved.created);
  restore(ctx.createdOrgan, saved.organ);
  restore(ctx.createdSide, saved.side);
  return options;
}

const copy = (a: NewActor): NewActor => ({ ...a, aliases: [...a.aliases] });

/** The attribution's phrases, each resolved on its own as the rules would. */
function alternativesOf(ctx: SpeakerContext, c: Candidate): { actor: IndexedActor; mention: string }[] {
  if (c.kind === 'continuation') return [];
  return [...(c.speaker ? [c.speaker] : []), ...c.alternatives].flatMap((p) => {
    const r = ctx.phrase(p, c.sentence);
    return r ? [{ actor: r.actor, mention: r.mention }] : [];
  });
}

function restore<K, V>(target: Map<K, V>, saved: Map<K, V>): void {
  target.clear();
  for (const [k, v] of saved) target.set(k, v);
}

/** Where the reported words are anchored: the reporting verb, else where the words begin. */
function cueToken(ctx: SpeakerContext, c: Candidate): number {
  if (c.verb !== null) return c.verb;
  const at = ctx.doc.tokens.findIndex((t) => t.start >= c.contentStart);
  return at < 0 ? ctx.doc.tokens.length - 1 : at;
}

function featuresOf(ctx: SpeakerContext, c: Candidate, rules: Resolution, d: Draft): string[] {
  const f: string[] = ['bias'];
  const isRules = d.sources.has('rules');
  for (const s of d.sources) f.push(`src:${s}`, `src:${s}|${c.kind}`);
  // The rules' path to their pick says how far to trust it; every other option is read against it.
  const path = `rules-by=${rules.by}`;
  if (isRules) f.push(`rules:${path}`, `rules:${path}|${c.kind}`, `rules:${path}|kind=${d.actor.kind}`);
  else {
    f.push(`other|${path}`, `other|rules-kind=${rules.actor.kind}`, `other|${path}|kind=${d.actor.kind}`);
    for (const s of d.sources) f.push(`src:${s}|${path}`);
  }
  if (isRules)
    for (const s of d.sources) if (s !== 'rules') f.push(`rules-also:${s}`, `rules-also:${s}|${path}`);
  f.push(
    `kind:${d.actor.kind}`,
    `kind:${d.actor.kind}|${c.kind}`,
    `kind:${d.actor.kind}|rules-kind=${rules.actor.kind}`,
  );
  if (d.actor.isNew) f.push('new');
  if (d.sources.size > 1) f.push(`sources:${Math.min(d.sources.size, 4)}`);
  if (!isRules) {
    if (rules.actor.partOf === d.actor.id) f.push('rules-part-of-this');
    if (d.actor.partOf === rules.actor.id) f.push('part-of-rules');
    if (ctx.sideOf(d.actor) && ctx.sideOf(d.actor) === ctx.sideOf(rules.actor)) f.push('same-side-as-rules');
  }
  const spoke = ctx.history.slice(0, -1).filter((h) => h.actor.id === d.actor.id).length;
  f.push(`spoke:${bucket(spoke)}`);
  const named = ctx.mentions.filter((m) => m.actor.id === d.actor.id).length;
  f.push(`named:${bucket(named)}`);
  if (d.at) f.push(...positionFeatures(ctx, c, d.at));
  return f;
}

/** Where a mention in the attribution's sentence stands against the cue, and the words between. */
function positionFeatures(ctx: SpeakerContext, c: Candidate, at: { first: number; last: number }): string[] {
  const { tokens } = ctx.doc;
  const cue = cueToken(ctx, c);
  const before = at.last <= cue;
  const gap = before ? cue - at.last : at.first - cue - 1;
  const side = before ? 'before' : 'after';
  const between = tokens.slice(before ? at.last : cue + 1, before ? cue : at.first);
  const f = [`pos:${side}`, `pos:${side}|gap:${bucket(gap)}`, `pos:${side}|${c.kind}`];
  if (gap <= 8)
    for (const w of new Set(between.map((t) => t.norm).filter((n) => CLUES.has(n))))
      f.push(`between:${side}:${w}`);
  const prev = tokens[at.first - 1];
  const next = tokens[at.last];
  if (prev && prev.sentence === tokens[at.first]?.sentence) f.push(`prev-pos:${prev.pos}`);
  if (next && next.sentence === tokens[at.first]?.sentence) f.push(`next-pos:${next.pos}`);
  if (ROLES.has(prev?.norm ?? '') || ROLES.has(next?.norm ?? '')) f.push('role-adjacent');
  if (next?.norm === "'s" || next?.norm === 's') f.push('possessive');
  if (at.first === tokens.findIndex((t) => t.sentence === c.sentence)) f.push('sentence-first');
  return f;
}
