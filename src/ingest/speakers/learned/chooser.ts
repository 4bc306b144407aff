import type { Candidate } from '../../candidates/candidates';
import type { SpeakerContext } from '../context';
import type { Resolution } from '../resolution';
import { type SpeakerOption, speakerOptions } from './options';

/**
 * Given the options for one statement (the rules' pick first), which one speaks. The learned chooser
 * is one; the cross-validation also sets one that only records the options and keeps the rules' pick.
 */
export type SpeakerChooser = (options: SpeakerOption[], c: Candidate, rules: Resolution) => number;

/**
 * Off in production unless cross-validation says otherwise (src/ingest/README.md): extraction consults
 * a chooser only when one is set here.
 */
let active: SpeakerChooser | null = null;

export function setSpeakerChooser(chooser: SpeakerChooser | null): void {
  active = chooser;
}

/**
 * The speaker of a statement the rules resolved, as the active chooser picks among the options; the
 * rules' own resolution when no chooser is set, the rules found no one, or they found several
 * (a joint attribution stays theirs). A pick other than the rules' replaces theirs in the history, so
 * "he" and continuations later follow the chosen speaker.
 */
export function chooseSpeaker(
  ctx: SpeakerContext,
  c: Candidate,
  rules: Resolution | null,
  chooser: SpeakerChooser | null = active,
): Resolution | null {
  if (!chooser || !rules || rules.others) return rules;
  const options = speakerOptions(ctx, c, rules);
  const at = chooser(options, c, rules);
  const chosen = options[at];
  if (!chosen || at === 0) return rules;
  if (chosen.made && !ctx.created.has(chosen.actor.id)) ctx.created.set(chosen.actor.id, chosen.made);
  const resolution: Resolution = {
    actor: chosen.actor,
    mention: chosen.mention,
    by: rules.by,
    via: null,
    side: ctx.sideOf(chosen.actor),
  };
  const last = ctx.history[ctx.history.length - 1];
  if (last && last.actor.id === rules.actor.id)
    ctx.history[ctx.history.length - 1] = {
      ...last,
      actor: chosen.actor,
      mention: chosen.mention,
      via: null,
      side: resolution.side,
    };
  return resolution;
}
