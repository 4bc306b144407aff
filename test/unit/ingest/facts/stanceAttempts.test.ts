import { extract } from '../knownGraph';

/**
 * Armed men's attempts and purposes, and attackers identified (issue 13, stance13b: the A–L and M1 misses of
 * those kinds): invented sentences, each with a near miss that keeps its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: what armed men attempted or intended', () => {
  it('charges armed men who intend, seek or attempt to enter, raid or harass', () => {
    expect(
      stance('Pashinyan said armed men were approaching the town intending to harass the farmers.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said unidentified armed men sought to enter the border post.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said a group of armed men attempted to make landfall near the port.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('charges an attempt by the attackers to enter a city', () => {
    expect(
      stance('Pashinyan said there was an attempt by the attackers to enter the capital at dawn.'),
    ).toEqual(['ACCUSES']);
  });

  it('does not charge an attempt to mediate, nor the speaker’s own troops entering', () => {
    expect(
      stance('Pashinyan said there was an attempt by the elders to mediate between the villages.'),
    ).not.toContain('ACCUSES');
    expect(stance('Pashinyan said our troops intend to enter the town tomorrow.')).not.toContain('ACCUSES');
  });
});

describe('stance: the attackers identified', () => {
  it('charges attackers said to belong to, come from or be linked to a group', () => {
    expect(stance('Pashinyan said the attackers belonged to a faction of the Delta Brigade.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the gunmen came from across the river.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said those arrested were linked to a smuggling ring.')).toEqual(['ACCUSES']);
  });

  it('does not charge residents said to come from a village', () => {
    expect(stance('Pashinyan said the residents came from a village across the river.')).not.toContain(
      'ACCUSES',
    );
  });
});
