import { corpusOf, groupByCorpus } from '../../../../src/ingest/eval/corpusGroups';

describe('corpus groups', () => {
  it('names a folder by the hundreds of its number', () => {
    expect(corpusOf('104-some-slug')).toBe('corpus A (1xx)');
    expect(corpusOf('251-other')).toBe('corpus B (2xx)');
    expect(corpusOf('469-last-of-d')).toBe('corpus D (4xx)');
    expect(corpusOf('500-first-of-e')).toBe('corpus E (5xx)');
    expect(corpusOf('1003-first-of-j')).toBe('corpus J (10xx)');
    expect(corpusOf('1107-of-k')).toBe('corpus K (11xx)');
  });

  it('leaves out folders with no three-digit number', () => {
    expect(corpusOf('article:seed-one')).toBeNull();
    expect(corpusOf('12-short')).toBeNull();
  });

  it('groups in corpus order whatever the input order', () => {
    const groups = groupByCorpus(['301-c', '102-a', 'seed', '105-a', '400-d'], (x) => x);
    expect(groups).toEqual([
      ['corpus A (1xx)', ['102-a', '105-a']],
      ['corpus C (3xx)', ['301-c']],
      ['corpus D (4xx)', ['400-d']],
    ]);
  });
});
