import { extract } from '../knownGraph';

/** A speaker phrase that opens with where or when, not who (issue 13, speakers13). */
describe('a speaker phrase opening with a preposition’s phrase', () => {
  const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

  it('is read from the noun phrase after it', () => {
    expect(
      speakers(
        'Also in Tarva, the Coastal Relief Alliance, a group that documents abuses, said on Monday that the shelling had killed nine people.',
      ),
    ).toEqual(['Coastal Relief Alliance']);
  });

  it('names no one when nothing but the place is left', () => {
    expect(
      speakers(
        'Governor Anton Merrik, while visiting the wounded, especially in Tarva and Ostel, said that he shared their grief.',
      ),
    ).not.toContain('Tarva and Ostel');
  });

  it('drops a leading “according to” left on a trailing attribution', () => {
    const { statements } = extract(
      'Eight soldiers were killed, according to a police report, confirmed by several local sources.',
    );
    expect(statements.map((s) => s.speaker.mention)).not.toContain('according to a police report');
  });
});
