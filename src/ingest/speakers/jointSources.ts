import { mentionsWithin } from './actorIndex';
import { INDEFINITE, SOURCE_NOUNS, SPOKES } from './lexicon';
import { describedSource } from './sources';
import { namesNoOne } from './describedPlural';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, resolved } from './resolution';

/**
 * "local and security sources", "health workers and a lawyer", "rebels and aid workers": coordinated
 * descriptions that name no one, at least one of them a described source, are one speaker per conjunct
 * with the same words (rule 2 of the settled cases). An adjective standing alone ("local and security
 * sources") shares the noun of the conjunct after it. Conjuncts that resolve to no one are left out.
 */
export function describedConjuncts(
  ctx: SpeakerContext,
  parts: Phrase[],
  sentence: number,
): Resolution | null {
  const { tokens, text } = ctx.doc;
  const headOf = (part: Phrase) => tokens[part.last - 1] as Token;
  if (!parts.some((part) => SOURCE_NOUNS.has(headOf(part).norm))) return null;
  if (parts.some((part) => SPOKES.test(headOf(part).norm) || !namesNoOne(ctx, part.first, part.last)))
    return null;
  const lastHead = headOf(parts[parts.length - 1] as Phrase);
  const found: Resolution[] = [];
  for (const part of parts) {
    const head = headOf(part);
    // "local and security sources"; "Local" opening the sentence is tagged as a name.
    const opening = ctx.doc.sentences[head.sentence]?.first === head.index && head.pos === 'PROPN';
    const bareAdjective =
      part.last - part.first === 1 && part !== parts[parts.length - 1] && (head.pos === 'ADJ' || opening);
    const words =
      text.slice((tokens[part.first] as Token).start, head.end) + (bareAdjective ? ` ${lastHead.text}` : '');
    const noun = bareAdjective ? lastHead.norm : head.norm;
    const lower = words.toLowerCase().split(/\s+/);
    // "Russian officials": officials with a nationality are that state (as alone); other sources speak as described.
    // "US and Iraqi officials": each nationality is its state.
    const national = mentionsWithin(ctx.mentions, part.first, part.last).find((m) => m.how === 'demonym');
    const resolution =
      OFFICIALS.test(noun) && national
        ? bareAdjective
          ? resolved(ctx, ctx.ensure(national.actor), words, 'descriptor')
          : ctx.phrase(part, sentence)
        : SOURCE_NOUNS.has(noun)
          ? INDEFINITE.has(lower[0] ?? '')
            ? describedSource(ctx, lower, words)
            : describedSource(
                ctx,
                ['some', ...lower.filter((w) => w !== 'the')],
                `some ${words.replace(/^the\s+/i, '')}`,
              )
          : bareAdjective
            ? null
            : ctx.phrase(part, sentence);
    if (resolution && !found.some((f) => f.actor.id === resolution.actor.id)) found.push(resolution);
  }
  const [main, ...others] = found;
  return main ? { ...main, ...(others.length ? { others } : {}) } : null;
}

const OFFICIALS = /^officials?$/;
