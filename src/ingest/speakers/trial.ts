import type { Candidate } from '../candidates/candidates';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import type { Resolution } from './resolution';

/**
 * A speaker trial gets the last word on a candidate's speaker, after the rules and before the speaker is
 * remembered for the "he" and continuations that follow: it is given the rules' speaker phrase (null when the
 * candidate has none) and their resolution (null when it names no one), and returns the one to use. Eval-only
 * (src/ingest/README.md, "What coreference would be worth"): none is set in production, where the rules decide.
 */
export type SpeakerTrial = (
  ctx: SpeakerContext,
  c: Candidate,
  phrase: Phrase | null,
  rules: Resolution | null,
) => Resolution | null;

let trial: SpeakerTrial | null = null;

export function setSpeakerTrial(t: SpeakerTrial | null): void {
  trial = t;
}

/** The rules' resolution, or the trial's when one is set. */
export function trialSpeaker(
  ctx: SpeakerContext,
  c: Candidate,
  phrase: Phrase | null,
  rules: Resolution | null,
): Resolution | null {
  return trial ? trial(ctx, c, phrase, rules) : rules;
}
