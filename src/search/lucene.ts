import { badInput } from '../graphql/errors';

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
  return words
    .map((word) => (word.length >= 4 ? `(${word}^4 OR ${word}*^2 OR ${word}~)` : `(${word}^4 OR ${word}*)`))
    .join(' AND ');
}

export function searchWords(text: string): string[] {
  return (text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** The normalised whole phrase, for boosting exact name or alias matches above fuzzy ones. */
export function exactPhrase(text: string): string {
  return searchWords(text).join(' ');
}
