import type { Evidence } from '../types';
import { type ScoredStatement, type Tally, matchStatements, spansMatch, tally } from './score';

/** Issue 13 scores stance with CLAIMS and OTHER as one neutral class: the line between them is soft. */
export const neutralStance = (stance: string): string =>
  stance === 'CLAIMS' || stance === 'OTHER' ? 'NEUTRAL' : stance;

export interface GoldForScoring extends ScoredStatement {
  construction: string;
  restates: string | null;
}

export interface PredictedForScoring extends ScoredStatement {
  confidence: number;
  evidence: Evidence;
  /** A verbatim quote: part of the hand-set prior the calibration shrinks towards. */
  direct: boolean;
}

export interface ArticleScore {
  tally: Tally;
  /** Per gold statement (restatements left out): its construction and how it fared. */
  gold: {
    construction: string;
    found: boolean;
    speakerRight: boolean;
    stanceRight: boolean;
    /** Gold and predicted stance, as scored (neutralStance); `predictedStance` is null when not found. */
    stance: string;
    predictedStance: string | null;
  }[];
  /** Per prediction that counts: its confidence and whether span and speaker were both right. */
  predicted: { confidence: number; right: boolean; p: PredictedForScoring }[];
  missed: GoldForScoring[];
  extra: PredictedForScoring[];
  wrong: [GoldForScoring, PredictedForScoring][];
  /** Every matched (gold, prediction) pair, stances as scored: what stance accuracy counts. */
  pairs: [GoldForScoring, PredictedForScoring][];
}

/**
 * Scores one article. Restatements (gold with `restates`) follow the seed: a prediction on one is
 * neither right nor wrong, and missing one is not a miss. Stances are compared as neutralStance.
 */
export function scoreArticle(goldAll: GoldForScoring[], predictedAll: PredictedForScoring[]): ArticleScore {
  const neutral = <T extends ScoredStatement>(s: T): T => ({ ...s, stance: neutralStance(s.stance) });
  const gold = goldAll.filter((g) => g.restates === null).map(neutral);
  const restated = goldAll.filter((g) => g.restates !== null);
  const all = predictedAll.map(neutral);
  const pairs = matchStatements(gold, all);
  const predicted = all.filter(
    (p) => pairs.some(([, q]) => q === p) || !restated.some((r) => spansMatch(r, p)),
  );
  // Re-match on the kept predictions so the pairs and the tally agree.
  const kept = matchStatements(gold, predicted);
  const pairOf = new Map(kept.map(([g, p]) => [g, p]));
  const partnerOf = new Map(kept.map(([g, p]) => [p, g]));
  return {
    tally: tally(gold, predicted),
    gold: gold.map((g) => {
      const p = pairOf.get(g);
      return {
        construction: g.construction,
        found: !!p,
        speakerRight: !!p && p.speaker === g.speaker,
        stanceRight: !!p && p.stance === g.stance,
        stance: g.stance,
        predictedStance: p ? p.stance : null,
      };
    }),
    predicted: predicted.map((p) => ({
      confidence: p.confidence,
      right: partnerOf.get(p)?.speaker === p.speaker,
      p,
    })),
    missed: gold.filter((g) => !pairOf.has(g)),
    extra: predicted.filter((p) => !partnerOf.has(p)),
    wrong: kept.filter(([g, p]) => g.speaker !== p.speaker || g.stance !== p.stance),
    pairs: kept,
  };
}
