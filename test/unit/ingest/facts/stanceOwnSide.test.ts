import { extract } from '../knownGraph';

/**
 * Stance causes read in the misses of corpora H, I and J1 (issue 13, stance10): invented sentences, each
 * with a near miss that keeps its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: an organization reported as saying "they" speaks of itself', () => {
  it('does not charge the organization with its own act', () => {
    expect(
      stance('The Ministry of Defense of Azerbaijan said they fired back at positions near Berd.'),
    ).toEqual(['CLAIMS']);
  });

  it('still charges "they" after a person, and "they" in an organization’s quoted words', () => {
    expect(stance('Pashinyan said they fired at positions near Berd.')).toEqual(['ACCUSES']);
    expect(
      stance('"They fired at our positions near Berd," the Ministry of Foreign Affairs of Armenia said.'),
    ).toEqual(['ACCUSES']);
  });
});
