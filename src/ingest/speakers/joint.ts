import { mentionsWithin } from './actorIndex';
import type { Candidate } from '../candidates/candidates';
import { COLLECTIVE, NOT_PARTIES, POSSESSIVES, ROLES, SOURCE_NOUNS, SPOKES } from './lexicon';
import { describedSource } from './sources';
import { describedConjuncts } from './jointSources';
import { isCapitalised } from '../text/nameTrie';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, continuing } from './resolution';

/**
 * Speakers shared between statements: several parties saying the same words ("Macron and Scholz
 * said"), a verb joined by "and" to the one before, a quote that goes on with the last speaker.
 */

/**
 * "Ana Ruiz accused the council of stalling and added that …": a reporting verb joined by "and" to
 * an earlier one of its sentence shares that verb's speaker, whatever words stand between them.
 */
export function coordinated(ctx: SpeakerContext, c: Candidate): Resolution | null {
  const { tokens } = ctx.doc;
  if (c.verb === null || c.kind === 'according-to') return null;
  let k = c.verb - 1;
  while (k > 0 && ['ADV', 'AUX'].includes(tokens[k]?.pos ?? '')) k--;
  if (tokens[k]?.norm !== 'and') return null;
  const last = ctx.lastSpoken();
  return last && last.sentence === c.sentence ? continuing(last) : null;
}

/**
 * "Macron and Scholz urged …", "France, the United States and their Western allies accused …": a
 * joint attribution gives the words to each named party (the annotation guidelines: one statement
 * per speaker). Parts introduced by a possessive ("their allies") and parts naming no one are left
 * out; "Ministry of Culture and Tourism" is not split (no "of" before the "and").
 */
export function joint(ctx: SpeakerContext, p: Phrase, sentence: number): Resolution | null {
  const { tokens } = ctx.doc;
  const span = tokens.slice(p.first, p.last);
  const and = span.findIndex((t) => t.norm === 'and' || t.norm === '&');
  if (and < 0 || span.slice(0, and).some((t) => t.norm === 'of')) return null;
  if (COLLECTIVE.test(span.map((t) => t.norm).join(' '))) return null;
  // "The Armed Conflict Location and Event Data Project (ACLED)": one organization the article named.
  const text = ctx.doc.text.slice((tokens[p.first] as Token).start, (tokens[p.last - 1] as Token).end);
  if ([...ctx.acronyms.values()].some((a) => /\s(and|&)\s/.test(a.name) && text.includes(a.name)))
    return null;
  const parts: Phrase[] = [];
  let first = p.first;
  for (let k = p.first; k <= p.last; k++) {
    const t = tokens[k];
    if (k === p.last || (t && [',', 'and', '&'].includes(t.norm))) {
      if (k > first) parts.push({ first, last: k });
      first = k + 1;
    }
  }
  if (parts.length < 2) return null;
  const heads = parts.map((part) => (tokens[part.last - 1] as Token).norm);
  // "Palestinian eyewitnesses and security sources": one described source per conjunct, the same words
  // given to each (rule 2 of the settled cases).
  if (heads.every((h) => SOURCE_NOUNS.has(h) && /s$/.test(h)) && !SPOKES.test(heads.join(' '))) {
    const sources = parts.map((part) => {
      const words = ctx.doc.text.slice(
        (tokens[part.first] as Token).start,
        (tokens[part.last - 1] as Token).end,
      );
      return describedSource(ctx, ['some', ...words.toLowerCase().split(/\s+/)], `some ${words}`);
    });
    const [main, ...others] = sources.filter((r): r is Resolution => r !== null);
    return main ? { ...main, mention: text, ...(others.length ? { others } : {}) } : null;
  }
  const described = describedConjuncts(ctx, parts, sentence);
  if (described) return { ...described, mention: text };
  const found: Resolution[] = [];
  let skipped = false;
  for (const [i, part] of parts.entries()) {
    const lead = (tokens[part.first] as Token).norm;
    // "their Western allies", "media reports", "al-Burhan's deputy and … Dagalo": not a party of their own.
    const role = ROLES.has(heads[i] ?? '') && i < parts.length - 1;
    if (POSSESSIVES.has(lead) || NOT_PARTIES.has(heads[i] ?? '') || role || part.last - part.first > 8) {
      skipped = true;
      continue;
    }
    const r = ctx.phrase(part, sentence);
    if (r && !found.some((f) => f.actor.id === r.actor.id)) found.push(r);
  }
  if (found.length === 1 && skipped) return found[0] as Resolution;
  if (found.length < 2) return null;
  const [main, ...others] = found as [Resolution, ...Resolution[]];
  return { ...main, mention: text, others };
}

/** An indefinite description ("a monitoring group") followed by a proper name in apposition. */
export function describesThenNames(ctx: SpeakerContext, description: Phrase, name: Phrase): boolean {
  const { tokens } = ctx.doc;
  if (!['a', 'an'].includes((tokens[description.first] as Token).norm)) return false;
  const words = tokens.slice(name.first, name.last);
  const start = words[0]?.norm === 'the' ? 1 : 0;
  return (
    words.length > start &&
    words.slice(start).every((t) => isCapitalised(t.text) || t.pos === 'ADP' || t.pos === 'DET')
  );
}

/**
 * A quote standing alone continues the last speaker's words, unless the sentence just before it
 * said nothing attributed and named a person ("Pashinyan addressed the nation. “We want peace.”").
 */
export function continuation(ctx: SpeakerContext, c: Candidate): Resolution | null {
  const last = ctx.lastSpoken();
  if (!last || last.sentence < c.sentence - 1) {
    const before = ctx.doc.sentences[c.sentence - 1];
    const named = before
      ? mentionsWithin(ctx.mentions, before.first, before.last).find(
          (m) => m.actor.kind === 'PERSON' && !m.actor.isNew,
        )
      : undefined;
    if (named)
      return {
        actor: named.actor,
        mention: ctx.doc.text.slice(named.start, named.end),
        by: 'continuation',
        via: null,
        side: null,
      };
  }
  return !last || last.sentence < c.sentence - 2 ? null : continuing(last);
}
