import fs from 'node:fs';
import {
  CALIBRATION_FILE,
  type CalibrationCounts,
  calibratedConfidence,
  evidenceKey,
  priorConfidence,
} from '../plan/confidence';
import type { Evidence } from '../types';

/** One scored prediction: the confidence it was given, whether span and speaker were right, and why it was found. */
export interface Calibrated {
  confidence: number;
  right: boolean;
  p: { evidence: Evidence; direct: boolean };
}

/** Counts, per kind of evidence, how many dev predictions there were and how many were right. */
export function fitCalibration(points: Calibrated[]): CalibrationCounts {
  const counts: CalibrationCounts = {};
  for (const { right, p } of points) {
    for (const key of [evidenceKey(p.evidence), p.evidence.form]) {
      const c = (counts[key] ??= { n: 0, right: 0 });
      c.n++;
      if (right) c.right++;
    }
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

/**
 * Leave-one-group-out: each group's predictions (an article's) get the confidence a fit on all the
 * other groups would give them, so the table shows calibration on text the fit has not seen.
 */
export function outOfFold(groups: Calibrated[][]): Calibrated[] {
  return groups.flatMap((group, i) => {
    const counts = fitCalibration(groups.filter((_, j) => j !== i).flat());
    return group.map((x) => ({
      ...x,
      confidence: calibratedConfidence(x.p.evidence, priorConfidence(x.p.evidence, x.p.direct), counts),
    }));
  });
}

export function writeCalibration(counts: CalibrationCounts): void {
  fs.writeFileSync(CALIBRATION_FILE, `${JSON.stringify(counts, null, 2)}\n`);
  console.info(
    `Calibration fitted on the dev split written to ${CALIBRATION_FILE}; run eval again to see it applied.`,
  );
}

const BINS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

/** Predictions binned by confidence: within each bin, the mean confidence should be close to the share right. */
export function calibrationTable(name: string, points: Calibrated[]): void {
  console.info(`\n== ${name}, calibration (right = span and speaker both right)`);
  console.info(['confidence'.padEnd(12), 'count', 'mean conf', 'right', 'share right'].join('  '));
  for (let i = 0; i + 1 < BINS.length; i++) {
    const [lo, hi] = [BINS[i] as number, BINS[i + 1] as number];
    const inBin = points.filter((x) => x.confidence >= lo && x.confidence < hi);
    if (inBin.length === 0) continue;
    const right = inBin.filter((x) => x.right).length;
    const mean = inBin.reduce((s, x) => s + x.confidence, 0) / inBin.length;
    console.info(
      [
        `[${lo.toFixed(1)}, ${Math.min(hi, 1).toFixed(1)}${hi > 1 ? ']' : ')'}`.padEnd(12),
        String(inBin.length).padStart(5),
        mean.toFixed(2).padStart(9),
        String(right).padStart(5),
        (right / inBin.length).toFixed(2).padStart(11),
      ].join('  '),
    );
  }
  const brier =
    points.reduce((s, x) => s + (x.confidence - (x.right ? 1 : 0)) ** 2, 0) / Math.max(1, points.length);
  console.info(`Brier score ${brier.toFixed(3)} over ${points.length} predictions.`);
}
