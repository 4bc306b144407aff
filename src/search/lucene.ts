import { badInput } from '../graphql/errors';

/** No name or word in the graph comes near this; longer ones are refused before they reach Lucene. */
export const MAX_WORD_LENGTH = 64;

/**
 * Turns what a user typed into a Lucene query for Neo4j's full-text indexes. Only letters and digits
 * survive, so user input can never become Lucene (or Cypher) syntax. Each word matches exactly
 * (boosted), as a prefix, or fuzzily (edit distance 1-2), so "Pashinian" finds "Pashinyan" and
 * "Kalbacar" finds "Kalbajar"; every word must match.
 */
export function luceneQuery(text: string): string {
  const words = searchWords(text);
  if (words.length === 0) {
    throw badInput(`search needs at least one letter or digit; got ${JSON.stringify(text)}.`, 'search');
  }
  const longest = Math.max(...words.map((word) => word.length));
  if (longest > MAX_WORD_LENGTH) {
    // Lucene's fuzzy and prefix automata explode on long terms ("input automaton is too large").
    throw badInput(
      `search words may be at most ${MAX_WORD_LENGTH} characters; one has ${longest}.`,
      'search',
    );
  }
  return words
    .map((word) => (word.length >= 4 ? `(${word}^4 OR ${word}*^2 OR ${word}~)` : `(${word}^4 OR ${word}*)`))
    .join(' AND ');
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
