import type { IndexedActor } from './actorIndex';

/** How the speaker was found; it sets the confidence. */
export type ResolvedBy =
  | 'name'
  | 'surname'
  | 'variant'
  | 'capital'
  | 'organ'
  | 'descriptor'
  | 'title'
  | 'pronoun'
  | 'continuation'
  | 'new';

export interface Resolution {
  actor: IndexedActor;
  mention: string;
  by: ResolvedBy;
  /** Who delivered the words for the speaker ("his spokesman said"), when known. */
  via: IndexedActor | null;
  /** The state the mention ties the speaker to ("Turkey's Defence Minister Hulusi Akar" → Turkey). */
  side: string | null;
  /** Co-speakers of a joint attribution ("Macron and Scholz said"): each is given the same words. */
  others?: Resolution[];
}

export const SPEAKER_CONFIDENCE: Record<ResolvedBy, number> = {
  name: 0.9,
  surname: 0.85,
  capital: 0.85,
  organ: 0.8,
  continuation: 0.75,
  descriptor: 0.75,
  title: 0.75,
  pronoun: 0.7,
  variant: 0.7,
  new: 0.6,
};

/** A speaker resolved earlier in the article, remembered for "he", "it" and continuations. */
export interface Spoken {
  actor: IndexedActor;
  mention: string;
  sentence: number;
  side: string | null;
  /** Who delivered the words ("a military spokesperson"): "he" after them is that spokesperson. */
  via?: IndexedActor | null;
  others?: Resolution[];
}

/** An earlier speaker's words go on (a continuation quote, a verb joined by "and"), with any co-speakers. */
export function continuing(last: Spoken): Resolution {
  return {
    actor: last.actor,
    mention: last.mention,
    by: 'continuation',
    via: null,
    side: last.side,
    ...(last.others ? { others: last.others.map((o) => ({ ...o, by: 'continuation' as const })) } : {}),
  };
}

/** A resolution found by the mention alone: no delivering spokesperson, the actor's own side. */
export function resolved(
  ctx: { sideOf(actor: IndexedActor): string | null },
  actor: IndexedActor | undefined,
  mention: string,
  by: ResolvedBy,
): Resolution | null {
  return actor ? { actor, mention, by, via: null, side: ctx.sideOf(actor) } : null;
}
