/** One statement as the scorer sees it: whose, where, which stance, which events. */
export interface ScoredStatement {
  speaker: string;
  start: number;
  end: number;
  stance: string;
  respondsTo: string[];
}

export interface Tally {
  gold: number;
  predicted: number;
  /** Span matches (one-to-one). */
  matched: number;
  speakerCorrect: number;
  stanceCorrect: number;
  eventCorrect: number;
}

export interface Metrics {
  precision: number;
  recall: number;
  f1: number;
  /** F1 counting a match only when the speaker is right too: the (speaker, span) pair. */
  pairF1: number;
  speakerAccuracy: number;
  stanceAccuracy: number;
  eventAccuracy: number;
}

/** Spans match when they overlap by at least half of the shorter one. */
export function spansMatch(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  const overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
}

/**
 * One-to-one matching, best overlaps first, so one long prediction cannot claim two gold statements.
 * Between equal overlaps, a pair with the same speaker first: a joint statement is one gold statement
 * per speaker with the same span, and which prediction pairs with which must not depend on their order.
 */
export function matchStatements<G extends ScoredStatement, P extends ScoredStatement>(
  gold: G[],
  predicted: P[],
): [G, P][] {
  const pairs: { g: G; p: P; overlap: number }[] = [];
  for (const g of gold) {
    for (const p of predicted) {
      if (!spansMatch(g, p)) continue;
      const overlap = Math.min(g.end, p.end) - Math.max(g.start, p.start);
      pairs.push({ g, p, overlap: overlap / Math.max(g.end - g.start, p.end - p.start) });
    }
  }
  const same = (x: { g: G; p: P }) => (x.g.speaker === x.p.speaker ? 1 : 0);
  pairs.sort((a, b) => b.overlap - a.overlap || same(b) - same(a));
  const [usedG, usedP] = [new Set<G>(), new Set<P>()];
  const result: [G, P][] = [];
  for (const { g, p } of pairs) {
    if (usedG.has(g) || usedP.has(p)) continue;
    usedG.add(g);
    usedP.add(p);
    result.push([g, p]);
  }
  return result;
}

/**
 * Counts for one article. The event link is right when the first event the extractor links (its
 * primary one) is among the curated ones, or when neither links any.
 */
export function tally(gold: ScoredStatement[], predicted: ScoredStatement[]): Tally {
  const pairs = matchStatements(gold, predicted);
  return {
    gold: gold.length,
    predicted: predicted.length,
    matched: pairs.length,
    speakerCorrect: pairs.filter(([g, p]) => g.speaker === p.speaker).length,
    stanceCorrect: pairs.filter(([g, p]) => g.stance === p.stance).length,
    eventCorrect: pairs.filter(([g, p]) =>
      p.respondsTo[0] ? g.respondsTo.includes(p.respondsTo[0]) : g.respondsTo.length === 0,
    ).length,
  };
}

export function addTallies(tallies: Tally[]): Tally {
  const sum = (key: keyof Tally) => tallies.reduce((n, t) => n + t[key], 0);
  return {
    gold: sum('gold'),
    predicted: sum('predicted'),
    matched: sum('matched'),
    speakerCorrect: sum('speakerCorrect'),
    stanceCorrect: sum('stanceCorrect'),
    eventCorrect: sum('eventCorrect'),
  };
}

const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

export function metrics(t: Tally): Metrics {
  const [precision, recall] = [ratio(t.matched, t.predicted), ratio(t.matched, t.gold)];
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    pairF1: f1(ratio(t.speakerCorrect, t.predicted), ratio(t.speakerCorrect, t.gold)),
    speakerAccuracy: ratio(t.speakerCorrect, t.matched),
    stanceAccuracy: ratio(t.stanceCorrect, t.matched),
    eventAccuracy: ratio(t.eventCorrect, t.matched),
  };
}
