import { BadArgumentError } from '../model/errors';

/** No name or word in the graph comes near this; longer ones are refused before they reach Lucene. */
export const MAX_WORD_LENGTH = 64;

/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes. Only letters and digits
 * survive, so user input can never become Lucene (or Cypher) syntax; every term must match.
 *
 * Ranking: an exact word (or compound) is boosted most, a prefix next ("Pashin" → "Pashinyan"), a
 * fuzzy match least. Fuzzy matching is kept for words long enough to be misspelt: none up to 4
 * letters, one edit for 5-7 letters, two from 8 ("Kalbacar" → "Kalbajar", "Pashinian" → "Pashinyan"),
 * so "cease" never becomes "peace". A hyphenated compound ("cease-fire") matches as the phrase of its
 * parts or as one word ("ceasefire"); the indexes keep the one-word form of every compound in the
 * text (`searchText`), so "ceasefire" finds "cease-fire" as well.
 */
export function luceneQuery(text: string): string {
  const terms = searchTerms(text);
  if (terms.length === 0) {
    throw new BadArgumentError(
      `search needs at least one letter or digit; got ${JSON.stringify(text)}.`,
      'search',
    );
  }
  const longest = Math.max(...terms.map((parts) => parts.join('').length));
  if (longest > MAX_WORD_LENGTH) {
    // Lucene's fuzzy and prefix automata explode on long terms ("input automaton is too large").
    throw new BadArgumentError(
      `search words may be at most ${MAX_WORD_LENGTH} characters; one has ${longest}.`,
      'search',
    );
  }
  return terms.map(termQuery).join(' AND ');
}

/** Edits a fuzzy match may make to a word of this length: 0 means exact or prefix only. */
export function fuzzyEdits(word: string): number {
  if (word.length <= 4) return 0;
  return word.length <= 7 ? 1 : 2;
}

function wordQuery(word: string): string {
  const edits = fuzzyEdits(word);
  return edits > 0 ? `(${word}^4 OR ${word}*^2 OR ${word}~${edits})` : `(${word}^4 OR ${word}*)`;
}

function termQuery(parts: string[]): string {
  if (parts.length === 1) return wordQuery(parts[0] ?? '');
  const joined = parts.join('');
  return `("${parts.join(' ')}"^4 OR ${wordQuery(joined)})`;
}

/** What was typed, as terms: a word, or the parts of a hyphenated compound. At most 12 terms. */
function searchTerms(text: string): string[][] {
  const terms =
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  return terms.slice(0, 12).map((term) => term.split('-'));
}

function searchWords(text: string): string[] {
  return (
    text
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 12);
}

/** The normalised whole phrase, for boosting exact name or alias matches above fuzzy ones. */
export function exactPhrase(text: string): string {
  return searchWords(text).join(' ');
}

/**
 * Hyphenated compounds written as one word ("cease-fire" → "ceasefire", "Nagorno-Karabakh" →
 * "nagornokarabakh"). The full-text analyzer splits on hyphens, so these are indexed beside the
 * text (property `searchText`) to make "ceasefire" find "cease-fire" and the other way round.
 */
export function compoundVariants(text: string): string {
  const compounds = text.normalize('NFKC').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu) ?? [];
  return [...new Set(compounds.map((c) => c.replace(/-/g, '').toLowerCase()))].join(' ');
}
