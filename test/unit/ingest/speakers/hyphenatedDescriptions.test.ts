import { extract } from '../knownGraph';
import { acronymNames } from '../../../../src/ingest/speakers/acronyms';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker);
const newNames = (text: string) => extract(text).newActors.map((a) => `${a.name} (${a.kind})`);

describe('a hyphenated description before a role noun and a name', () => {
  it('is not part of the person’s name, after the reporting verb or before it', () => {
    for (const text of [
      '"The shelling must stop," said Kenya-based analyst Omar Halabi.',
      'Kenya-based analyst Omar Halabi said the shelling must stop.',
    ]) {
      const [speaker] = speakers(text);
      expect(speaker).toMatchObject({ name: 'Omar Halabi', mention: 'Kenya-based analyst Omar Halabi' });
      expect(newNames(text)).toEqual(['Omar Halabi (PERSON)']);
    }
  });

  it('holds whatever the description says and however long the role is', () => {
    expect(speakers('Georgia-based security analyst Jane Doe said the convoy was shelled.')[0]?.name).toBe(
      'Jane Doe',
    );
    expect(speakers('Russian-installed governor Yuri Pavlov said the convoy was shelled.')[0]?.name).toBe(
      'Yuri Pavlov',
    );
    expect(speakers('Iranian-born analyst Omar Halabi said the convoy was shelled.')[0]?.name).toBe(
      'Omar Halabi',
    );
    expect(speakers('"We will not leave," said the Georgia-based Prime Minister Omar Halabi.')[0]?.name).toBe(
      'Omar Halabi',
    );
  });

  it('does not make the person part of the place the description names', () => {
    const x = extract('Georgia-based analyst Omar Halabi said the convoy was shelled.');
    expect(x.newActors.map((a) => [a.name, a.partOf])).toEqual([['Omar Halabi', null]]);
  });
});

describe('a hyphenated description before an organization’s name', () => {
  it('is not part of the organization’s name', () => {
    expect(
      speakers('The Georgia-based Free Valley Observatory for Human Rights said the convoy was shelled.')[0]
        ?.name,
    ).toBe('Free Valley Observatory for Human Rights');
  });

  it('nor of the full name an acronym stands for', () => {
    const text = 'The Lagos-based Free Valley Observatory (FVO) said the convoy was shelled.';
    expect(acronymNames(text).get('FVO')?.name).toBe('Free Valley Observatory');
    expect(acronymNames('The Free Valley Observatory (FVO) said so.').get('FVO')?.name).toBe(
      'Free Valley Observatory',
    );
  });

  it('stays the name of a group the description alone names', () => {
    expect(speakers('Russian-installed officials said the convoy was shelled.')[0]?.name).toBe(
      'Russian-installed officials',
    );
    expect(speakers('The Kurdish-led Armenian Democratic Forces said the convoy was shelled.')[0]?.name).toBe(
      'Armenian Democratic Forces',
    );
  });
});
