import { SOURCE_NOUNS, SPOKES, UNNAMED } from './lexicon';
import type { Candidate } from '../candidates/candidates';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import type { Resolution } from './resolution';

/**
 * "Kyrgyzstan's 24.kg news agency, citing the border guard service, says …", "…, state television
 * reported, citing the deputy governor Ana Ruiz": the outlet relays what the one it cites said, so the
 * cited actor speaks and the outlet delivers its words (as "according to the source quoted by the
 * agency" does). An outlet citing unnamed or described sources ("citing unnamed sources", "citing
 * intelligence officials") speaks in its own name; an unnamed spokesperson speaks for their organization.
 */
export function citedBy(
  ctx: SpeakerContext,
  c: Candidate,
  speaker: Phrase,
  outlet: Resolution,
): Resolution | null {
  const cited = citedBefore(ctx, c, speaker) ?? citedAfter(ctx, c);
  if (!cited) return null;
  const words = ctx.doc.tokens.slice(cited.first, cited.last).map((t: Token) => t.norm);
  const described = words.some((w) => SOURCE_NOUNS.has(w) && !SPOKES.test(w));
  if (described || UNNAMED.test(words.join(' '))) return null;
  const found = ctx.phrase(cited, c.sentence);
  if (!found || found.actor.id === outlet.actor.id || found.others?.length) return null;
  return { ...found, via: outlet.actor };
}

/** "X, citing Y, says": Y, when the outlet's own verb follows it (the verb may be the candidate's "citing"). */
function citedBefore(ctx: SpeakerContext, c: Candidate, speaker: Phrase): Phrase | null {
  const { tokens } = ctx.doc;
  if (c.verb === null || tokens[speaker.last]?.norm !== ',' || tokens[speaker.last + 1]?.norm !== 'citing')
    return null;
  const first = speaker.last + 2;
  let last = first;
  while (last < first + 9 && tokens[last] && tokens[last]?.norm !== ',') last++;
  const verb = tokens[last + 1];
  if (last === first || tokens[last]?.norm !== ',' || !verb || !['VERB', 'AUX'].includes(verb.pos))
    return null;
  return { first, last };
}

/**
 * "“…,” state television reported on Sunday, citing Y.": Y, when the attribution closes the sentence
 * (the speaker and its verb come after the words) and "citing" follows the verb with no other verb between.
 */
function citedAfter(ctx: SpeakerContext, c: Candidate): Phrase | null {
  const { tokens } = ctx.doc;
  if (c.verb === null || c.kind === 'according-to' || (tokens[c.verb] as Token).start < c.end) return null;
  const end = ctx.doc.sentences[c.sentence]?.last ?? tokens.length;
  let k = c.verb + 1;
  while (k < Math.min(end, c.verb + 10) && tokens[k]?.norm !== 'citing') {
    if (['VERB', 'AUX'].includes(tokens[k]?.pos ?? '') || /["\u201c\u201d]/.test(tokens[k]?.text ?? ''))
      return null;
    k++;
  }
  if (tokens[k]?.norm !== 'citing') return null;
  let last = k + 1;
  // The cited phrase ends at a comma or the sentence's end; "citing “solid evidence” despite …" cites no one.
  while (last < Math.min(end, k + 13) && !/^[,.;:]$/.test(tokens[last]?.text ?? '')) {
    const t = tokens[last] as Token;
    if (/["\u201c\u201d]/.test(t.text) || (t.pos === 'ADP' && !['of', 'for'].includes(t.norm))) return null;
    last++;
  }
  const stop = tokens[last];
  if (last === k + 1 || (stop && !/^[,.;:]$/.test(stop.text) && last < end)) return null;
  return { first: k + 1, last };
}
