import type { ActorIndex } from '../speakers/actorIndex';
import type { Candidate } from '../candidates/candidates';
import { type TextAnalysis, normWord, tokensWithin } from '../text/sentences';
import type { Stance } from '../types';

/** A candidate with its speaker and stance: what the summary rules compare. */
export interface Attributed {
  candidate: Candidate;
  speakerId: string;
  stance: Stance;
}

const STOP = new Set(
  (
    'the a an of to in on at for and or but that this with by from its their his her it they ' +
    'be is are was were has have had will would as which who between along around across over ' +
    'two both all any said say also after about into ' +
    // Pronouns and clause links are not what a report is about ("… when he was shot" / "… when he was hit").
    'he she we i you him them us when while where if'
  ).split(' '),
);

/**
 * News repeats itself: a lede or caption summarises what the article reports in full below, and a
 * quote's striking words are paraphrased first ("has urged … to “exercise restraint”"). One
 * statement per thing said, so a summary is dropped in favour of the fuller report:
 * - a paraphrase whose quoted words appear inside a direct quote elsewhere is that quote's summary;
 * - two reports in different sentences by the same speaker (or a speaker and its own organ), with
 *   the same stance and mostly the same words, are one statement: the direct, more specific,
 *   foreground, longer one is kept.
 */
export function dropSummaries(doc: TextAnalysis, items: Attributed[], index: ActorIndex): Attributed[] {
  const words = new Map(items.map((item) => [item, contentWords(doc, item.candidate, index)]));
  const direct = items.filter((i) => i.candidate.direct);
  const dropped = new Set<Attributed>();
  for (const item of items) {
    if (item.candidate.direct) continue;
    const fragments = quotedFragments(doc.text.slice(item.candidate.start, item.candidate.end));
    const quoting = direct.filter(
      (d) =>
        d.candidate.sentence !== item.candidate.sentence &&
        fragments.some((f) => flat(doc.text.slice(d.candidate.start, d.candidate.end)).includes(f)),
    );
    // A lede that quotes only the striking words ("said that “the rebels fired 24 rockets.”") is the
    // summary when the paraphrase that quotes them says twice as much.
    const length = (x: Attributed) => x.candidate.end - x.candidate.contentStart;
    const fuller = quoting.filter((d) => 2 * length(d) <= length(item));
    if (quoting.length > 0 && fuller.length === quoting.length) for (const d of fuller) dropped.add(d);
    else if (quoting.length > 0) dropped.add(item);
  }
  for (const a of items) {
    for (const b of items) {
      if (a === b || dropped.has(a) || dropped.has(b) || a.candidate.sentence === b.candidate.sentence)
        continue;
      if (a.stance !== b.stance || !related(a.speakerId, b.speakerId, index)) continue;
      // Two quotes are two things said, however alike their words: only a paraphrase summarises.
      if (a.candidate.direct && b.candidate.direct) continue;
      if (overlapCoefficient(words.get(a) as Set<string>, words.get(b) as Set<string>) < 0.6) continue;
      dropped.add(better(a, b, index) === a ? b : a);
    }
  }
  return items.filter((i) => !dropped.has(i));
}

function better(a: Attributed, b: Attributed, index: ActorIndex): Attributed {
  const rank = (x: Attributed) => [
    x.candidate.background ? 0 : 1,
    x.candidate.direct ? 1 : 0,
    specificity(x.speakerId, index),
    x.candidate.end - x.candidate.start,
  ];
  const [ra, rb] = [rank(a), rank(b)];
  for (let k = 0; k < ra.length; k++)
    if (ra[k] !== rb[k]) return (ra[k] as number) > (rb[k] as number) ? a : b;
  return a.candidate.start > b.candidate.start ? a : b;
}

/** A person is more specific than an organization, an organ than its state. */
function specificity(id: string, index: ActorIndex): number {
  const actor = index.get(id);
  if (!actor) return 1;
  return actor.kind === 'PERSON' ? 3 : actor.kind === 'ORGANIZATION' ? 2 : 1;
}

/** The same actor, or one belonging to the other (a ministry and its state). */
function related(a: string, b: string, index: ActorIndex): boolean {
  if (a === b) return true;
  const [sa, sb] = [index.sideOf(a), index.sideOf(b)];
  return (sa !== null && sa === b) || (sb !== null && sb === a);
}

function contentWords(doc: TextAnalysis, c: Candidate, index: ActorIndex): Set<string> {
  const tokens = tokensWithin(doc, c.contentStart, c.end);
  const mentions = index.mentions(
    doc.tokens,
    tokens[0]?.index ?? 0,
    (tokens[tokens.length - 1]?.index ?? -1) + 1,
  );
  const words = new Set<string>();
  for (const t of tokens) {
    const m = mentions.find((x) => t.index >= x.first && t.index < x.last);
    if (m) words.add(index.sideOf(m.actor.id) ?? m.actor.id);
    else if (t.pos !== 'PUNCT' && !STOP.has(t.lemma) && !STOP.has(t.norm)) words.add(t.lemma);
  }
  return words;
}

function overlapCoefficient(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.min(a.size, b.size);
}

const flat = (s: string) =>
  normWord(s)
    .replace(/["\u201c\u201d]/g, '')
    .replace(/\s+/g, ' ');

/** Quoted pieces of two words or more, normalised for comparison. */
function quotedFragments(text: string): string[] {
  const found = text.match(/["\u201c][^"\u201c\u201d]+["\u201d]/g) ?? [];
  return found
    .map((q) => flat(q.slice(1, -1)).replace(/[,.]$/, '').trim())
    .filter((q) => q.split(' ').length >= 2);
}
