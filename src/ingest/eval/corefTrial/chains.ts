import type { Phrase } from '../../candidates/subjects';
import type { SpeakerContext } from '../../speakers/context';
import type { Resolution } from '../../speakers/resolution';
import type { SpeakerTrial } from '../../speakers/trial';
import { type Token, textOfTokens } from '../../text/sentences';
import { type Eligibility, eligibility, isAnaphoricPhrase, record } from './eligible';

/** One mention of a coreference chain, by character offsets in the article (a model's output, research/parser/). */
export interface ChainMention {
  start: number;
  end: number;
  text: string;
  representative: boolean;
}

export type Chain = ChainMention[];

/**
 * A coreference model's chains as a speaker trial (issue 13, coref15). For an eligible candidate (eligible.ts;
 * `kinds` says which: "fallback" is dropped only, "replace" dropped and anaphoric), the chain mention that is the
 * rules' speaker phrase is found; the chain's other mentions that are not themselves pronouns or descriptions
 * are resolved with the extractor's own resolver (`ctx.phrase`) — the representative first, then the nearest
 * before, then the nearest after — and the first that names an actor is the speaker. Otherwise the rules stand.
 * With `known`, only an actor already known before the mention was read counts: the graph's, or one the article
 * made or heard speak before ("Gaza City" read afresh as a new person is no speaker).
 */
export function chainTrial(
  chainsOf: (text: string) => Chain[] | undefined,
  kinds: Eligibility[],
  known = false,
): SpeakerTrial {
  return (ctx, c, phrase, rules) => {
    const { text, tokens } = ctx.doc;
    const kind = eligibility(text, tokens, c, phrase, rules);
    if (!kind || !kinds.includes(kind) || !phrase) return rules;
    const found = fromChain(ctx, chainsOf(text) ?? [], phrase, known);
    record(kind, rules, found);
    if (!found) return rules;
    return { ...found, mention: textOfTokens(text, tokens, phrase) };
  };
}

/** The actor the chain holding the phrase names, or null. */
export function fromChain(
  ctx: SpeakerContext,
  chains: Chain[],
  phrase: Phrase,
  known = false,
): Resolution | null {
  const { tokens } = ctx.doc;
  const [start, end] = [tokens[phrase.first]?.start ?? 0, tokens[phrase.last - 1]?.end ?? 0];
  const head = tokens[phrase.last - 1];
  const held = head ? heldMention(chains, start, end, head) : null;
  if (!held) return null;
  const { chain, mention } = held;
  const words = textOfTokens(ctx.doc.text, tokens, phrase).toLowerCase();
  const before = chain.filter((m) => m.end <= mention.start).sort((a, b) => b.start - a.start);
  const after = chain.filter((m) => m.start >= mention.end).sort((a, b) => a.start - b.start);
  const order = [...chain.filter((m) => m.representative), ...before, ...after].filter(
    (m, i, all) => m !== mention && all.indexOf(m) === i && !isAnaphoricPhrase(m.text) && !isBare(m.text),
  );
  for (const m of order) {
    for (const p of phrasesOf(tokens, m)) {
      const sentence = tokens[p.first]?.sentence ?? 0;
      const made = new Set(ctx.created.keys());
      const r = ctx.phrase(p, sentence);
      if (!r || r.by === 'pronoun' || r.by === 'continuation') continue;
      if (
        known &&
        r.actor.isNew &&
        !made.has(r.actor.id) &&
        !ctx.history.some((h) => h.actor.id === r.actor.id)
      ) {
        ctx.created.delete(r.actor.id);
        continue;
      }
      // "he", "she" agree with a person only: a chain that joins them to a place or a body is wrong there.
      if (PERSONAL.has(words) && r.actor.kind !== 'PERSON') continue;
      return r;
    }
  }
  return null;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her']);

/** A lower-case bare noun phrase ("officials", "security forces"): it names no one either. */
const isBare = (words: string): boolean => !/[\p{Lu}\d]/u.test(words);

/**
 * The chain mention that is the phrase: it holds the phrase's last word (its head: not "the city" for "the city's
 * mayor"), and of those the one sharing most characters over their union, at least half.
 */
function heldMention(
  chains: Chain[],
  start: number,
  end: number,
  head: Token,
): { chain: Chain; mention: ChainMention } | null {
  let best: { chain: Chain; mention: ChainMention; score: number } | null = null;
  for (const chain of chains)
    for (const mention of chain) {
      if (mention.start > head.start || mention.end < head.end) continue;
      const shared = Math.min(end, mention.end) - Math.max(start, mention.start);
      if (shared <= 0) continue;
      const score = shared / (Math.max(end, mention.end) - Math.min(start, mention.start));
      if (!best || score > best.score) best = { chain, mention, score };
    }
  return best && best.score >= 0.5 ? best : null;
}

/** The tokens of a mention, and the same cut before a comma, bracket or relative clause ("Hamas, which …"). */
function phrasesOf(tokens: Token[], m: ChainMention): Phrase[] {
  const inside = tokens.flatMap((t, i) => (t.start >= m.start && t.end <= m.end ? [i] : []));
  const first = inside[0];
  const last = inside[inside.length - 1];
  if (first === undefined || last === undefined) return [];
  const whole = { first, last: last + 1 };
  const cut = inside.find(
    (i) => i > first && [',', '(', '-', '—', 'who', 'which', 'that'].includes(tokens[i]?.norm ?? ''),
  );
  return cut === undefined ? [whole] : [whole, { first, last: cut }];
}
