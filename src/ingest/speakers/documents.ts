import type { IndexedActor } from './actorIndex';
import { organOf } from './gazetteer';
import { DOCUMENT_MODIFIERS } from './described';
import { INDEFINITE, SPOKES } from './lexicon';
import { organ, principalState } from './stateOrgans';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import type { Resolution, Spoken } from './resolution';

/** Documents that speak ("the statement said", "a ministry statement"): whoever issued them. */

/**
 * "A ministry statement said", "a presidency statement", "a statement said": the organ the words
 * before the document name (its issuer), else whoever spoke last, else the state the article is
 * about. Undefined when the phrase is not a document with at most an issuer before it.
 */
export function issuerOf(ctx: SpeakerContext, words: string[], p: Phrase): IndexedActor | null | undefined {
  const issuer = words.slice(0, -1).filter((w) => !DOCUMENT_MODIFIERS.has(w) && !INDEFINITE.has(w));
  if (issuer.length > 2) return undefined;
  if (issuer.length === 0) {
    const definite = !INDEFINITE.has(words[0] ?? '');
    const sentence = (ctx.doc.tokens[p.first] as Token).sentence;
    const document = words[words.length - 1] ?? '';
    const spoken = (definite ? lastIssuer(ctx, sentence, document) : undefined) ?? ctx.lastSpoken();
    return spoken?.actor ?? principalState(ctx) ?? null;
  }
  const norm = `the ${issuer.join(' ')}`;
  const key = organOf(norm);
  const found = key ? organ(ctx, key, norm, p.first, norm) : undefined;
  if (found) return found;
  if (/\bministry\b/.test(norm)) return lastMinistry(ctx) ?? null;
  return undefined;
}

/** A document the attribution says the words came in ("said in a statement", "announced in a press release"). */
const CAME_IN =
  /\b(?:in|through|via) (?:a|an|the|its|his|her|their)(?: [\w-]+){0,2} (statement|press release|communiqu[eé]|release|letter)\b( (?:issued |released |published )?by\b)?/i;

/**
 * "X said in a statement. … Y reported …. The statement added": the statement is the last one a speaker
 * was said to have issued, within the four sentences before, not whoever spoke since. The document word
 * must agree ("the statement" is not the press release issued since), except for "the document"; a
 * document "issued by" someone names its issuer itself (namedIssuer), so it ends the search.
 */
export function lastIssuer(ctx: SpeakerContext, sentence: number, document: string): Spoken | undefined {
  const { sentences, text } = ctx.doc;
  for (const h of [...ctx.history].reverse()) {
    const s = sentences[h.sentence];
    if (!s || h.sentence < sentence - 4) return undefined;
    if (h.sentence > sentence) continue;
    const came = CAME_IN.exec(text.slice(s.start, s.end));
    const noun = came?.[1]?.toLowerCase() ?? '';
    if (!came || (document !== 'document' && !noun.endsWith(document))) continue;
    return came[2] ? undefined : h;
  }
  return undefined;
}

/** The last ministry that spoke. */
export function lastMinistry(ctx: SpeakerContext): IndexedActor | undefined {
  return ctx.history
    .map((h) => h.actor)
    .reverse()
    .find((a) => a.orgType === 'MINISTRY');
}

/**
 * "The statement released by the foreign ministry": the issuer named right after the document; not a
 * spokesperson, who delivers the words of the organization they speak for ("a statement from
 * government spokesman Ana Ruiz").
 */
export function issuerAfter(ctx: SpeakerContext, document: string, p: Phrase): Resolution | null {
  const issuer = namedIssuer(ctx, document, p.last);
  return issuer && !SPOKES.test(issuer.mention.toLowerCase()) ? issuer : null;
}

/**
 * The issuer the text named with the last "<document> issued by / released by / from X" before token
 * k, within the two sentences before k's: who "the statement" that follows is.
 */
export function namedIssuer(ctx: SpeakerContext, document: string, k: number): Resolution | null {
  const { tokens } = ctx.doc;
  const sentence = (tokens[k - 1] as Token).sentence;
  const from = ctx.doc.sentences[Math.max(0, sentence - 2)]?.first ?? 0;
  for (let j = k - 1; j >= from; j--) {
    if (tokens[j]?.norm !== document) continue;
    let by = j + 1;
    if (['issued', 'released', 'published', 'signed'].includes(tokens[by]?.norm ?? '')) by++;
    if (tokens[by]?.norm !== 'by' && tokens[by]?.norm !== 'from') return null;
    let last = by + 1;
    while (
      last < tokens.length &&
      last < by + 16 &&
      !/^[,.;:\u201c\u201d"(]$/.test(tokens[last]?.text ?? '') &&
      !['VERB', 'AUX'].includes(tokens[last]?.pos ?? '')
    )
      last++;
    return last > by + 1 ? ctx.phrase({ first: by + 1, last }, tokens[j]?.sentence ?? sentence) : null;
  }
  return null;
}
