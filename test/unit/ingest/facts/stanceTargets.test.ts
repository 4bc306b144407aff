import { extract } from '../knownGraph';

/**
 * Whom an accusation targets: not a name that only says where a thing comes from, not the party harmed, not a
 * body cited as the rule broken or the source (issue 13, stance12: `eval/targetMisses.ts`). Invented sentences.
 */
const targets = (text: string) => extract(text).statements.map((s) => s.targets.map((t) => t.id));

describe('accusation targets', () => {
  it('skips a name fused to "-made" or "-speaking"', () => {
    expect(
      targets('Pashinyan said the villagers were killed by Russian-made drones fired by Azerbaijan.'),
    ).toEqual([['actor:azerbaijan']]);
    expect(targets('Pashinyan said the villagers were killed by drones fired by Russia.')).toEqual([
      ['actor:russia'],
    ]);
  });

  it('skips the party said to be harmed, not the doer after "and"', () => {
    expect(
      targets('Pashinyan said Georgian soldiers were wounded when Azerbaijan shelled the post.'),
    ).toEqual([['actor:azerbaijan']]);
    expect(
      targets('Pashinyan said two people were killed by a Russian strike and three others were wounded.'),
    ).toEqual([['actor:russia']]);
  });

  it('skips a body cited for its efforts or resolutions', () => {
    expect(
      targets('Pashinyan said that despite European Union efforts, Azerbaijan shelled the villages.'),
    ).toEqual([['actor:azerbaijan']]);
  });
});
