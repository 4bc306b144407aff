import type { Phrase } from '../candidates/subjects';
import type { Token } from '../text/sentences';
import { descriptionsBefore } from './described';

/**
 * Organisations the article names once in full with their acronym in brackets ("the Sudanese Armed
 * Forces (SAF)", "the United Nations Office for the Coordination of Humanitarian Affairs (OCHA)") and
 * by the acronym afterwards. Maps each acronym to the full name, so "the SAF said" is the same new
 * actor as the full name, and the full name gets the acronym as an alias.
 */
export function acronymsOf(text: string): Map<string, string> {
  return new Map([...acronymNames(text)].map(([acronym, { name }]) => [acronym, name]));
}

/** Each acronym, its full name and where the full name is first given (offset of its first word). */
export function acronymNames(text: string): Map<string, { name: string; at: number }> {
  const found = new Map<string, { name: string; at: number }>();
  const word = String.raw`(?:[A-Z][\p{L}'’.-]*|of|for|the|and|on|de|al)`;
  const pattern = new RegExp(String.raw`(${word}(?:[ \t]+${word})*)[ \t]*\(([A-Z][A-Za-z]{1,7})\)`, 'gu');
  for (const m of text.matchAll(pattern)) {
    const acronym = m[2] as string;
    // Trim connectors at either end and a leading article: "the Sudanese Armed Forces" → "Sudanese Armed Forces".
    const words = (m[1] as string).split(/[ \t]+/);
    while (words.length && !/^[A-Z]/.test(words[0] as string)) words.shift();
    if (/^(The|A|An)$/.test(words[0] ?? '')) words.shift();
    // "the UK-based Syrian Observatory for Human Rights (SOHR)": the description is not part of the name.
    words.splice(0, descriptionsBefore(words));
    while (words.length && !/^[A-Z]/.test(words[words.length - 1] as string)) words.pop();
    // "the UN's Independent Investigative Mechanism for Myanmar (IIMM)", "Prime Minister's Office of
    // National Unity Government (NUG)": leading words no letter of the acronym stands for are its owner
    // or a description, not its name.
    words.splice(0, ownerWords(words, acronym));
    const capitals = words.filter((w) => /^[A-Z]/.test(w));
    // Every letter of the acronym is an initial of the name ("Kurdistan Workers' Party (PKK)" too).
    if (capitals.length < 2 || !fits(words, acronym) || found.has(acronym)) continue;
    const name = words.join(' ');
    found.set(acronym, { name, at: (m.index ?? 0) + (m[0] as string).indexOf(name) });
  }
  return found;
}

/** How many leading words of a name an acronym leaves out: capitalised words whose initial it lacks, and connectors after them. */
function ownerWords(words: readonly string[], acronym: string): number {
  const letters = new Set(acronym.replace(/[a-z]/g, ''));
  let k = 0;
  while (k < words.length - 1) {
    const word = words[k] as string;
    if (/^[A-Z]/.test(word) && !letters.has(word.charAt(0))) k++;
    else if (k > 0 && !/^[A-Z]/.test(word)) k++;
    else break;
  }
  // "Democratic Forces for the Liberation of Rwanda (FDLR)": a word its letters are spelt in another order
  // for stays when leaving it out would leave a letter of the acronym without a word.
  return fits(words.slice(k), acronym) ? k : 0;
}

/** Every capital letter of the acronym is the initial of a capitalised word of the name. */
function fits(words: readonly string[], acronym: string): boolean {
  const initials = new Set(words.filter((w) => /^[A-Z]/.test(w)).map((w) => w.charAt(0)));
  return [...acronym.replace(/[a-z]/g, '')].every((c) => initials.has(c));
}

/**
 * "The Sudanese Armed Forces (SAF)": the phrase without the bracketed acronym that ends it. One inside
 * the phrase stays ("Arakan Army (AA) spokesman Khaing Thukha": the person comes after it).
 */
export function withoutAcronym(tokens: Token[], p: Phrase): Phrase {
  const k = p.last - 2 >= p.first && tokens[p.last - 1]?.text === ')' ? p.last - 3 : p.last - 2;
  const acronym = tokens[k + 1];
  const ends = k > p.first && tokens[k]?.text === '(' && acronym && /^[A-Z][A-Za-z]{1,7}$/.test(acronym.text);
  return ends ? { first: p.first, last: k } : p;
}
