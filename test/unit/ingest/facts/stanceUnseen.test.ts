import { extract } from '../knownGraph';
import { foldedWords } from '../../../../src/ingest/facts/words';

/**
 * Stance on text from conflicts the graph does not know (issue 13, corpus E's misses by kind):
 * invented sentences, each with a near miss that must keep its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: folding the words keeps offsets', () => {
  it('folds an ellipsis, curly quotes and accents one character for one', () => {
    const words = 'Ça … “É” don’t';
    expect(foldedWords(words)).toHaveLength(words.length);
    expect(foldedWords(words)).toBe("ca . “e” don't");
  });
});

describe('stance: names of places are not doers', () => {
  it('does not charge a town, a province or a country named after "in"', () => {
    expect(stance('Pashinyan said an attack in the town of Ostrovo killed three people.')).not.toContain(
      'ACCUSES',
    );
    expect(stance('Pashinyan said a blast in southwest Varnia killed seven police officers.')).not.toContain(
      'ACCUSES',
    );
    expect(stance('Pashinyan said the convoy was hit by explosives in San Tomas.')).not.toContain('ACCUSES');
  });

  it('still charges a doer named before the act or after "by" or "from"', () => {
    expect(stance('Pashinyan said the Delta Brigade killed three people in the town of Ostrovo.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the convoy was hit by Delta Brigade rockets in San Tomas.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('reads deaths in a "terrorist" or jihadist attack as a charge against no one named', () => {
    expect(stance('Pashinyan said two soldiers died in a "terrorist" attack on a patrol.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said two soldiers died in an accident on a patrol.')).not.toContain('ACCUSES');
  });
});
