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
    const capitals = words.filter((w) => /^[A-Z]/.test(w));
    // Every letter of the acronym is an initial of the name ("Kurdistan Workers' Party (PKK)" too).
    const initials = new Set(capitals.map((w) => w.charAt(0)));
    const fits = [...acronym.replace(/[a-z]/g, '')].every((c) => initials.has(c));
    if (capitals.length < 2 || !fits || found.has(acronym)) continue;
    const name = words.join(' ');
    found.set(acronym, { name, at: (m.index ?? 0) + (m[0] as string).indexOf(name) });
  }
  return found;
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
