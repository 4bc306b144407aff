import { extract } from '../knownGraph';

/**
 * The settled guideline rules 3, 4, 6, 8 and 11 (test/corpus/README.md, "Settled cases") on invented
 * sentences, each with a near miss that keeps its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: settled guideline rules', () => {
  it('rule 3: a threat is OTHER whatever its adjectives', () => {
    expect(stance('Pashinyan said that revenge will be taken for this heinous act.')).toEqual(['OTHER']);
    expect(stance('Pashinyan said there will be no impunity for the cowardly ambush on the convoy.')).toEqual(
      ['OTHER'],
    );
    expect(stance('Pashinyan said the ambush on the convoy was a heinous act.')).toEqual(['CONDEMNS']);
  });

  it('rule 4: harm put down to an accident or to air defence is CLAIMS', () => {
    expect(
      stance('Pashinyan said the blast in the village was likely caused by Azerbaijan air defences.'),
    ).toEqual(['CLAIMS']);
    expect(stance('Pashinyan said the blast in the village was caused by Azerbaijan troops.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('rule 4: harm done by mistake is CLAIMS; air defence that stops the weapons does not excuse them', () => {
    expect(stance('Pashinyan said the farmers were mistakenly killed in a strike on the depot.')).toEqual([
      'CLAIMS',
    ]);
    expect(
      stance('Pashinyan said the rockets were fired by Azerbaijan troops and hit the village by mistake.'),
    ).toEqual(['CLAIMS']);
    expect(
      stance(
        'Pashinyan said air defence units intercepted rockets fired by Azerbaijan troops and debris hit the school.',
      ),
    ).toEqual(['ACCUSES']);
    expect(
      stance('Pashinyan said Azerbaijan troops used drones that were shot down by the air defences.'),
    ).toEqual(['ACCUSES']);
  });

  it('rule 6: worry and concern are OTHER even about a charge', () => {
    expect(
      stance('Pashinyan said he was deeply troubled by the shelling of the village by Azerbaijan troops.'),
    ).toEqual(['OTHER']);
    expect(stance('Pashinyan said the village was shelled by Azerbaijan troops.')).toEqual(['ACCUSES']);
  });

  it('rule 8: one’s own act "in response to" the other side’s is CLAIMS', () => {
    expect(
      stance(
        'Pashinyan said: "Our troops struck two depots in response to the shelling of the village by Azerbaijan."',
      ),
    ).toEqual(['CLAIMS']);
    expect(stance('Pashinyan said: "Azerbaijan shelled the village before dawn."')).toEqual(['ACCUSES']);
  });

  it('rule 11: the terrorism label as the predicate is CONDEMNS', () => {
    expect(
      stance('Pashinyan said the raids on the villages by the Delta Brigade are acts of terrorism.'),
    ).toEqual(['CONDEMNS']);
    expect(stance('Pashinyan said the villages were shelled by Azerbaijan.')).toEqual(['ACCUSES']);
  });
});
