import { namesGroup } from '../../../../src/ingest/speakers/newActors';
import { extract } from '../knownGraph';

const speakers = (text: string) =>
  extract(text).statements.map((s) => [s.speaker.name, s.speaker.kind] as const);

describe('a new name the article uses as a body is an organization', () => {
  it('a plural name after "the" ("the Velorans said")', () => {
    expect(namesGroup('The market was shelled, the Velorans said on Monday.', 'Velorans')).toBe(true);
  });

  it('a name introduced by an outlet\'s noun ("the newspaper Kavari Post")', () => {
    expect(namesGroup('The toll rose to nine, according to the newspaper Kavari Dnes.', 'Kavari Dnes')).toBe(
      true,
    );
  });

  it('a name whose fighters or members the article speaks of', () => {
    expect(namesGroup("Dozens of Tarvek's fighters crossed the river.", 'Tarvek')).toBe(true);
    expect(namesGroup('A vehicle carrying security force (Doruna) members was hit.', 'Doruna')).toBe(true);
  });

  it('not a title the article writes before a person\'s name ("the Hetman said", "Hetman Ana Ruiz")', () => {
    expect(namesGroup('Hetman Ana Ruiz spoke first. "We grieve," the Hetman said.', 'Hetman')).toBe(false);
  });

  it('not a preposition\'s object that merely precedes "groups" ("Attacks against groups")', () => {
    expect(namesGroup('Attacks against groups of migrants were reported.', 'Attacks')).toBe(false);
  });

  it('"it" then reaches the body, not the person named after it', () => {
    expect(
      speakers(
        'The drone hit a car carrying Doruna members near the camp, said Ana Ruiz, a local commander. ' +
          'The Doruna named the four killed. It said the attack was deliberate.',
      ).pop(),
    ).toEqual(['Doruna', 'ORGANIZATION']);
  });
});
