import { exactPhrase, luceneQuery } from '../../src/search/lucene';

describe('luceneQuery', () => {
  it('matches every word exactly, as a prefix, or fuzzily', () => {
    expect(luceneQuery('Kalbacar')).toBe('(kalbacar^4 OR kalbacar*^2 OR kalbacar~)');
    expect(luceneQuery('Charles Michel')).toBe(
      '(charles^4 OR charles*^2 OR charles~) AND (michel^4 OR michel*^2 OR michel~)',
    );
  });

  it('keeps only letters and digits, so input never becomes query syntax', () => {
    // Lower-cased, "or" is a word, not Lucene's OR operator.
    expect(luceneQuery('a") OR *:* //')).toBe('(a^4 OR a*) AND (or^4 OR or*)');
    expect(luceneQuery('Nagorno-Karabakh')).toBe(
      '(nagorno^4 OR nagorno*^2 OR nagorno~) AND (karabakh^4 OR karabakh*^2 OR karabakh~)',
    );
  });

  it('refuses a search with nothing to look for', () => {
    expect(() => luceneQuery(' !? ')).toThrow(/at least one letter or digit/);
  });

  it('refuses a word too long for Lucene with the limit, not the word', () => {
    expect(() => luceneQuery(`Pashinyan ${'k'.repeat(1001)}`)).toThrow(
      /^search words may be at most 64 characters; one has 1001\.$/,
    );
    expect(luceneQuery('k'.repeat(64))).toContain('~');
  });

  it('normalises a phrase for exact-name ranking', () => {
    expect(exactPhrase('  Nikol  PASHINIAN ')).toBe('nikol pashinian');
  });
});
