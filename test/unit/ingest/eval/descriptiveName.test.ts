import { isDescriptiveName } from '../../../../src/ingest/eval/descriptiveName';

describe('a name that names nobody in particular', () => {
  it('pronouns, and descriptions in common nouns after a determiner of any case', () => {
    for (const words of ['He', 'she', 'It', 'The agency', 'the group', 'a security source', 'its spokesman'])
      expect(isDescriptiveName(words)).toBe(true);
  });

  it('a capitalised word after the determiner makes a name; a bare capitalised noun reads as one', () => {
    expect(isDescriptiveName('Officials')).toBe(false);
    for (const words of [
      'Ana Ruiz',
      'Vidal',
      'the Kremlin',
      'The Ostravian army',
      'Police of Lorvania',
      'the 3rd Brigade',
    ])
      expect(isDescriptiveName(words)).toBe(false);
  });
});
