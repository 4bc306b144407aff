import type { Phrase } from '../candidates/subjects';
import type { Token } from '../text/sentences';
import { ROLES } from './lexicon';

/**
 * The whole speaker phrase when the attribution cut it: a list's last item ("and their Western
 * allies" → "France, the United States, and their Western allies") and a role's complement ("a
 * spokesperson" → "a spokesperson for the Security Council").
 */
export function completePhrase(tokens: Token[], p: Phrase): Phrase {
  let { first, last } = p;
  const sentence = (tokens[first] as Token).sentence;
  // "…, and their Western allies": the list's last item, cut before or after its "and".
  const cutAfterAnd = tokens[first - 1]?.norm === 'and' && tokens[first - 2]?.text === ',';
  if (cutAfterAnd) first--;
  if (tokens[first]?.norm === 'and') {
    let k = first - 1;
    while (k >= 0 && k > first - 14 && (tokens[k] as Token).sentence === sentence) {
      const t = tokens[k] as Token;
      if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'SCONJ' || [';', ':', 'that'].includes(t.norm))
        break;
      k--;
    }
    const start = k + 1;
    const list = tokens.slice(start, first).some((t) => t.text === ',');
    if (p.last - first > 1 && list) first = start;
    else if (cutAfterAnd) first++;
  }
  if (ROLES.has(tokens[last - 1]?.norm ?? '') && ['for', 'of'].includes(tokens[last]?.norm ?? '')) {
    let k = last + 1;
    while (k < tokens.length && k < last + 9 && (tokens[k] as Token).sentence === sentence) {
      const t = tokens[k] as Token;
      if (t.text === ',' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'PUNCT') break;
      k++;
    }
    if (k > last + 1) last = k;
  }
  // "the Sudan Doctors' Union": a plural possessive inside a name does not end it.
  while (pluralPossessive(tokens, last) && /^[A-Z]/.test(tokens[last + 1]?.text ?? '')) {
    last += 2;
    while (tokens[last]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[last]?.text ?? '')) last++;
  }
  return { first, last };
}

/** Token k is the apostrophe of a capitalised plural glued to it ("Workers’ Party", "Governors' Forum"). */
export function pluralPossessive(tokens: Token[], k: number): boolean {
  const mark = tokens[k];
  const word = tokens[k - 1];
  return (
    !!mark &&
    !!word &&
    /^['\u2019]$/.test(mark.text) &&
    mark.start === word.end &&
    /^[A-Z].*s$/.test(word.text)
  );
}

/** A noun without its plural ending, so "sources" finds "the source" and "forces" "the force". */
export const stem = (w: string): string => w.toLowerCase().replace(/s$/, '').replace(/e$/, '');

/** Whether `word` is among the few words before token k ("the paramilitary Rapid Support Forces"). */
export function describedBefore(tokens: Token[], k: number, word: string): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 4); j--) if ((tokens[j] as Token).norm === word) return true;
  return false;
}
