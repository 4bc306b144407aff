import { extract } from '../knownGraph';

/** Stance read from the reported words: invented sentences, one per kind of implicit charge. */
describe('stance: implicit accusations and their limits', () => {
  const stance = (text: string) => extract(text).statements.map((s) => s.stance);

  it('accuses whoever is said to be doing a hostile act, in any tense', () => {
    expect(stance('Pashinyan said: "The Northern Front is attempting to wipe out the camp."')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the Delta Brigade has been shelling the villages for a week.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('accuses armed actors named by what they are, not by a name', () => {
    expect(stance('Pashinyan said the farmer was run over by security forces near the market.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said troops fired grenades at the marchers.')).toEqual(['ACCUSES']);
  });

  it('does not accuse the speaker’s own side or victims without an agent', () => {
    expect(stance('Pashinyan said our forces fired back and the two gunmen were killed.')).not.toContain(
      'ACCUSES',
    );
    expect(stance('Pashinyan said two soldiers were killed in separate attacks.')).not.toContain('ACCUSES');
  });

  it('reads the first of a condemnation and a denial', () => {
    expect(stance('Pashinyan said: "We strongly denounce this campaign of disinformation."')).toEqual([
      'CONDEMNS',
    ]);
    expect(stance('Pashinyan said: "We reject these false claims and condemn the smear."')).toEqual([
      'DENIES',
    ]);
  });

  it('reads calls to hold someone accountable, and not "urgent" as "urge"', () => {
    expect(stance('Pashinyan said the partners agreed to hold the commanders accountable.')).toEqual([
      'CALLS_FOR',
    ]);
    expect(stance('Pashinyan said urgent repairs were under way at the station.')).not.toContain('CALLS_FOR');
  });

  it('lets the first cue carry words that also call for something', () => {
    expect(stance('Pashinyan said: "We condemn the lies, which must not distract from the war."')).toEqual([
      'CONDEMNS',
    ]);
    expect(
      stance('Pashinyan said: "The Delta Brigade bullies civilians, and we will need to deal with it."'),
    ).toEqual(['ACCUSES']);
  });

  it('reads a bare "No," as a denial, and a dismissal as a denial only of words', () => {
    expect(stance('“No, they have not left,” Pashinyan said.')).toEqual(['DENIES']);
    expect(stance('Pashinyan dismissed the allegations as baseless.')).toEqual(['DENIES']);
    expect(stance('Pashinyan dismissed the planned meeting as pointless.')).not.toContain('DENIES');
  });

  it('reads legal charges and subversion as accusations', () => {
    expect(stance('Pashinyan said Ana Ruiz would be prosecuted for high treason.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade aims to discredit the interim authorities.')).toEqual([
      'ACCUSES',
    ]);
  });
});
