import { GraphQLError, Lexer, Source, TokenKind } from 'graphql';

/**
 * Counts the query's tokens the way the parser reads them (comments skipped), stopping as soon as
 * `max` is passed, so a huge document costs no more than the limit to refuse. Returns `max + 1` when
 * over. A lexical error ends the count: the parser reports it properly right after.
 */
export function countTokens(query: string, max: number): number {
  const lexer = new Lexer(new Source(query));
  let count = 0;
  try {
    while (lexer.advance().kind !== TokenKind.EOF) {
      if (++count > max) return count;
    }
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
  }
  return count;
}
