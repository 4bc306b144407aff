import { exactPhrase, fuzzyEdits, luceneQuery } from '../../src/search/lucene';

describe('luceneQuery', () => {
  it('matches every word exactly, as a prefix, or fuzzily', () => {
    expect(luceneQuery('Kalbacar')).toBe('(kalbacar^4 OR kalbacar*^2 OR kalbacar~2)');
    expect(luceneQuery('Charles Michel')).toBe(
      '(charles^4 OR charles*^2 OR charles~1) AND (michel^4 OR michel*^2 OR michel~1)',
    );
  });

  it('keeps fuzzy matching for words long enough to be misspelt', () => {
    expect(fuzzyEdits('fire')).toBe(0);
    expect(fuzzyEdits('cease')).toBe(1);
    expect(fuzzyEdits('Pashinian')).toBe(2);
    expect(luceneQuery('UN fire')).toBe('(un^4 OR un*) AND (fire^4 OR fire*)');
  });

  it('matches a hyphenated compound as the phrase of its parts or as one word', () => {
    expect(luceneQuery('cease-fire')).toBe(
      '("cease fire"^4 OR (ceasefire^4 OR ceasefire*^2 OR ceasefire~2))',
    );
  });

  it('keeps only letters and digits, so input never becomes query syntax', () => {
    // Lower-cased, "or" is a word, not Lucene's OR operator.
    expect(luceneQuery('a") OR *:* //')).toBe('(a^4 OR a*) AND (or^4 OR or*)');
    expect(luceneQuery('"x" -- Nagorno-Karabakh-')).toBe(
      '(x^4 OR x*) AND ("nagorno karabakh"^4 OR (nagornokarabakh^4 OR nagornokarabakh*^2 OR nagornokarabakh~2))',
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
