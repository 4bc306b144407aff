import type { IndexedActor, Mention } from './actorIndex';
import { TITLE_WORDS } from './gazetteer';
import { isCapitalised } from '../text/nameTrie';
import type { TextAnalysis, Token } from '../text/sentences';
import { type Phrase, inCompound } from '../candidates/subjects';

/** How speaker phrases name people and organisations the graph does not know, and the titles it gives known ones. */

/** Capitalised words that describe an organ, not name one ("the Foreign Ministry", "the Army"). */
const GENERIC = new Set(
  (
    'ministry army government forces military authorities affairs office presidency ' +
    'parliament police officials statement side'
  ).split(' '),
);
const NAME_CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', 'de', 'del', 'al']);
const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december the a an in on at'
  ).split(' '),
);

/**
 * A run of capitalised words that names no known actor ("Foreign Minister Ararat Mirzoyan" →
 * "Ararat Mirzoyan", "the International Committee of the Red Cross"), after the last known name.
 */
export function unknownName(
  doc: TextAnalysis,
  p: Phrase,
  heads: Mention[],
  inside: Mention[],
): { name: string; surname: string } | null {
  const { tokens, text } = doc;
  const covered = (k: number) => inside.some((m) => k >= m.first && k < m.last);
  const namelike = (k: number) => {
    const t = tokens[k];
    return (
      !!t &&
      k < p.last &&
      !covered(k) &&
      ['PROPN', 'NOUN', 'X', 'VERB'].includes(t.pos) &&
      isCapitalised(t.text) &&
      !TITLE_WORDS.has(t.norm) &&
      !NOT_NAMES.has(t.norm) &&
      !GENERIC.has(t.norm)
    );
  };
  /** "of", "for", "the" inside a name, when a capitalised word follows ("Committee of the Red Cross"). */
  const connector = (k: number) => {
    let j = k;
    while (j < p.last && NAME_CONNECTORS.has((tokens[j] as Token).norm)) j++;
    return j > k && namelike(j);
  };
  // The last run of capitalised words is the name; earlier ones are titles ("Security Council secretary").
  let first = -1;
  let last = -1;
  let inRun = false;
  for (let k = heads.length ? (heads[heads.length - 1] as Mention).last : p.first; k < p.last; k++) {
    const hyphen = (tokens[k] as Token).text === '-' && inCompound(tokens, k);
    if (namelike(k) || (inRun && (hyphen || connector(k)))) {
      if (!inRun) first = k;
      inRun = true;
      if (namelike(k)) last = k + 1;
    } else inRun = false;
  }
  if (first < 0) return null;
  // "Secretary of State Antony Blinken", "Minister of Health Firass Abiad": the word after a title's
  // "of"/"for" completes the title, when a name follows it.
  const lead = tokens[first - 1];
  const title = tokens[first - 2];
  if (
    last - first >= 2 &&
    lead &&
    title &&
    ['of', 'for'].includes(lead.norm) &&
    TITLE_WORDS.has(title.norm) &&
    namelike(first + 1)
  )
    first++;
  return {
    name: text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end),
    surname: (tokens[last - 1] as Token).text,
  };
}

/** A mention after "of", "with", "at" … inside the phrase describes the speaker, it is not the speaker. */
export function inPrepositionalPhrase(tokens: Token[], m: Mention, p: Phrase): boolean {
  let k = m.first - 1;
  while (k >= p.first && ['DET', 'ADJ', 'PART'].includes((tokens[k] as Token).pos)) k--;
  return k >= p.first && (tokens[k] as Token).pos === 'ADP';
}

/** Titles the article gives people ("Prime Minister Nikol Pashinyan"), so "the prime minister" can be resolved. */
export function titledPersons(doc: TextAnalysis, mentions: Mention[]): Map<string, IndexedActor> {
  const titles = new Map<string, IndexedActor>();
  for (const m of mentions) {
    if (m.actor.kind !== 'PERSON') continue;
    const words: string[] = [];
    for (let k = m.first - 1; k >= 0 && TITLE_WORDS.has((doc.tokens[k] as Token).norm); k--)
      words.unshift((doc.tokens[k] as Token).norm);
    for (let n = 1; n <= words.length; n++) titles.set(words.slice(-n).join(' '), m.actor);
  }
  return titles;
}
