import { SOURCE_NOUNS, UNNAMED } from './lexicon';
import type { Candidate } from '../candidates/candidates';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import type { Resolution } from './resolution';

/**
 * "Kyrgyzstan's 24.kg news agency, citing the border guard service, says …": the outlet relays what the
 * organization it cites said, so the cited organization speaks and the outlet delivers its words (as
 * "according to the source quoted by the agency" does). An outlet citing unnamed or described sources
 * ("citing unnamed sources", "citing intelligence officials") speaks in its own name.
 */
export function citedBy(
  ctx: SpeakerContext,
  c: Candidate,
  speaker: Phrase,
  outlet: Resolution,
): Resolution | null {
  const { tokens } = ctx.doc;
  if (c.verb === null || tokens[speaker.last]?.norm !== ',' || tokens[speaker.last + 1]?.norm !== 'citing')
    return null;
  const first = speaker.last + 2;
  let last = first;
  while (last < first + 9 && tokens[last] && tokens[last]?.norm !== ',') last++;
  // The outlet's own verb follows the cited name ("…, citing X, says"; the verb may be the candidate's "citing").
  const verb = tokens[last + 1];
  if (last === first || tokens[last]?.norm !== ',' || !verb || !['VERB', 'AUX'].includes(verb.pos))
    return null;
  const words = tokens.slice(first, last).map((t: Token) => t.norm);
  if (words.some((w) => SOURCE_NOUNS.has(w)) || UNNAMED.test(words.join(' '))) return null;
  const cited = ctx.phrase({ first, last }, c.sentence);
  if (!cited || cited.actor.id === outlet.actor.id || cited.others?.length) return null;
  return { ...cited, via: outlet.actor };
}
