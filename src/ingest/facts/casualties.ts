import type { ActorIndex, Mention } from '../speakers/actorIndex';
import { isCountWord, parseCount } from '../text/numbers';
import { type TextAnalysis, type Token, tokensWithin } from '../text/sentences';
import { inCompound, range } from '../candidates/subjects';

/** Casualty figures in one statement's words, with the span that states them. */
export interface CasualtyFigures {
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  /** The state whose people they were, when the words say ("an Azerbaijani soldier"); else null. */
  sideId: string | null;
  /** True when the victims are the speaker's own ("its soldiers", "our troops"). */
  own: boolean;
  start: number;
  end: number;
}

type Outcome = keyof Pick<CasualtyFigures, 'killed' | 'wounded' | 'captured'>;
const KINDS: Record<string, Outcome> = {
  kill: 'killed',
  die: 'killed',
  dead: 'killed',
  wound: 'wounded',
  injure: 'wounded',
  capture: 'captured',
};

/** By lemma, or by the word's stem when the tagger took a participle for a noun ("wounding"). */
function outcomeOf(t: Token): Outcome | undefined {
  const stem = /^(kill|wound|injur|captur)(ed|ing|s)?$/.exec(t.norm)?.[1];
  return (
    KINDS[t.lemma] ??
    KINDS[t.norm] ??
    (stem ? KINDS[stem === 'injur' ? 'injure' : stem === 'captur' ? 'capture' : stem] : undefined)
  );
}
const PEOPLE = new Set(
  (
    'soldier troop serviceman servicemen personnel civilian people person conscript fighter militant officer guard ' +
    'policeman resident other others member border child children woman man men peacekeeper guardsman volunteer ' +
    'journalist worker medic pilot sailor villager farmer citizen national'
  ).split(' '),
);
const OWN = new Set(['its', 'our', 'their', 'own']);
const LOSSES = /\b(suffered|sustained)\s+(fatalities|casualties|losses)\b/;

/**
 * Reads "three of its soldiers were killed", "two … killed, and 14 others wounded", "another
 * wounded", "wounding three soldiers", "killing an Azerbaijani conscript" and "killed on July 12 and
 * one on July 13" (added up). Numbers may be digits or words. "suffered fatalities" is a claim
 * without figures.
 */
export function casualtiesIn(
  doc: TextAnalysis,
  from: number,
  to: number,
  mentions: Mention[],
  index: ActorIndex,
): CasualtyFigures | null {
  const { tokens } = doc;
  const inside = tokensWithin(doc, from, to);
  const figures: CasualtyFigures = {
    killed: null,
    wounded: null,
    captured: null,
    sideId: null,
    own: false,
    start: to,
    end: from,
  };
  for (const t of inside) {
    const kind = outcomeOf(t);
    if (!kind) continue;
    const found = /ing$/.test(t.norm) ? countAfter(tokens, t.index, to) : countBefore(tokens, t.index, from);
    if (!found) continue;
    const extra = ellipticalRepeat(tokens, t.index, to);
    figures[kind] = (figures[kind] ?? 0) + found.count + extra.count;
    figures.start = Math.min(figures.start, (tokens[Math.min(found.first, t.index)] as Token).start);
    figures.end = Math.max(figures.end, (tokens[Math.max(found.last - 1, t.index, extra.last)] as Token).end);
    const between = range(Math.min(found.first, t.index), Math.max(found.last, t.index + 1));
    figures.own ||= between.some((k) => OWN.has((tokens[k] as Token).norm));
    figures.sideId ??=
      mentions
        .filter((m) => between.includes(m.first))
        .map((m) => index.sideOf(m.actor.id))
        .find((s) => s) ?? null;
  }
  if (figures.start < figures.end) return figures;
  const losses = LOSSES.exec(doc.text.slice(from, to));
  if (!losses) return null;
  const start = from + losses.index;
  const subject = tokensWithin(doc, from, start).slice(-2);
  return {
    killed: null,
    wounded: null,
    captured: null,
    sideId: null,
    own: subject.some((t) => OWN.has(t.norm)),
    start: subject[0]?.start ?? start,
    end: start + losses[0].length,
  };
}

/** A word of a written number, or the hyphen inside one ("twenty-one"). */
function countPart(tokens: Token[], k: number): boolean {
  const t = tokens[k] as Token;
  if (t.text === '-')
    return (
      isCountWord(tokens[k - 1]?.norm ?? '') &&
      isCountWord(tokens[k + 1]?.norm ?? '') &&
      inCompound(tokens, k)
    );
  return isCountWord(t.norm) && t.pos !== 'PROPN';
}

/** The count before a passive casualty verb, with only people words between ("14 others wounded"). */
function countBefore(
  tokens: Token[],
  v: number,
  from: number,
): { count: number; first: number; last: number } | null {
  for (let k = v - 1; k >= 0 && v - k <= 10 && (tokens[k] as Token).start >= from; k--) {
    const t = tokens[k] as Token;
    if ([';', ':'].includes(t.text) || (t.text === ',' && tokens[k + 1]?.norm !== 'and') || t.norm === 'that')
      return null;
    if (isCountWord(t.norm) && t.pos !== 'PROPN') {
      let first = k;
      while (first > 0 && (tokens[first - 1] as Token).start >= from && countPart(tokens, first - 1)) first--;
      const count = parseCount(
        tokens
          .slice(first, k + 1)
          .filter((x) => x.text !== '-')
          .map((x) => x.norm),
      );
      const between = tokens.slice(k + 1, v);
      const aboutPeople =
        between.length === 0 ||
        between.some((x) => PEOPLE.has(x.lemma) || PEOPLE.has(x.norm)) ||
        between.every((x) => x.pos === 'AUX');
      return count !== null && aboutPeople ? { count, first, last: k + 1 } : null;
    }
  }
  return null;
}

/** The count after an active casualty participle: "wounding three soldiers", "killing an … conscript". */
function countAfter(
  tokens: Token[],
  v: number,
  to: number,
): { count: number; first: number; last: number } | null {
  const first = v + 1;
  let last = first;
  while (last < tokens.length && (tokens[last] as Token).end <= to && countPart(tokens, last)) last++;
  if (last === first) return null;
  const count = parseCount(
    tokens
      .slice(first, last)
      .filter((x) => x.text !== '-')
      .map((x) => x.norm),
  );
  const noun = tokens.slice(last, last + 5).find((x) => PEOPLE.has(x.lemma) || PEOPLE.has(x.norm));
  return count !== null && noun ? { count, first, last: noun.index + 1 } : null;
}

/** "… killed on July 12 and one on July 13": a second count for the same outcome. */
function ellipticalRepeat(tokens: Token[], v: number, to: number): { count: number; last: number } {
  for (let k = v + 1; k < Math.min(tokens.length, v + 8) && (tokens[k] as Token).end <= to; k++) {
    const t = tokens[k] as Token;
    if (
      t.norm === 'and' &&
      isCountWord(tokens[k + 1]?.norm ?? '') &&
      ['on', 'in', 'at'].includes(tokens[k + 2]?.norm ?? '')
    ) {
      const count = parseCount([(tokens[k + 1] as Token).norm]) ?? 0;
      let last = k + 3;
      while (
        last + 1 < tokens.length &&
        (tokens[last + 1] as Token).end <= to &&
        !['PUNCT', 'CCONJ'].includes((tokens[last + 1] as Token).pos)
      )
        last++;
      return { count, last };
    }
    if (t.pos === 'PUNCT' || t.pos === 'VERB') break;
  }
  return { count: 0, last: v };
}
