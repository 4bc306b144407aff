import path from 'node:path';
import { SPEAKER_CONFIDENCE } from '../speakers/speakers';
import type { Evidence } from '../types';
import fitted from './calibration.json';

/** Per kind of evidence, how many predictions on the dev corpus there were and how many were right. */
export type CalibrationCounts = Record<string, { n: number; right: number }>;

/** Written by `npm run eval -- --calibrate` from the dev split only. */
export const CALIBRATION_FILE = path.join(__dirname, 'calibration.json');

export const evidenceKey = (e: Evidence): string => `${e.form}/${e.by}`;

/** How strongly a handful of dev cases may pull away from the prior: a pseudo-count. */
const PRIOR_WEIGHT = 4;

const COUNTS: CalibrationCounts = fitted;

/** The hand-set prior: how the speaker was found × how the words were (a verbatim quote is surest). */
export function priorConfidence(e: Evidence, direct: boolean): number {
  const form = e.form === 'trailing' || e.form === 'according-to' ? 0.9 : direct ? 1 : 0.95;
  return SPEAKER_CONFIDENCE[e.by] * form;
}

/**
 * The probability that a statement found this way has the right span and speaker: the share right
 * on the dev corpus for the same form and speaker resolution, shrunk towards the share for the
 * form alone (and that towards the hand-set prior) so that rare kinds do not swing to 0 or 1.
 */
export function calibratedConfidence(e: Evidence, prior: number, counts: CalibrationCounts = COUNTS): number {
  const shrink = (c: { n: number; right: number } | undefined, towards: number) =>
    c ? (c.right + PRIOR_WEIGHT * towards) / (c.n + PRIOR_WEIGHT) : towards;
  const byForm = shrink(counts[e.form], prior);
  return Math.round(shrink(counts[evidenceKey(e)], byForm) * 100) / 100;
}
