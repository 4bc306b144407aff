import { extract } from '../knownGraph';

/** Each statement as "speaker" or "speaker via spokesperson", in order. */
const speakers = (text: string) =>
  extract(text).statements.map((s) => (s.via ? `${s.speaker.name} via ${s.via.name}` : s.speaker.name));

describe('an unnamed spokesperson (settled rule 1)', () => {
  it('speaks for the organization named after the role, via the spokesperson', () => {
    expect(
      speakers(
        'The Armenian defence ministry said the depot was shelled. ' +
          'A spokesman for the ministry said two guards were hurt.',
      ),
    ).toEqual([
      'Ministry of Defence of Armenia',
      'Ministry of Defence of Armenia via Spokesman for the ministry',
    ]);
  });

  it('speaks for the organization named before the role, and "he" after is the same spokesperson', () => {
    expect(
      speakers(
        'Armenian troops moved to the pass on Sunday. An army spokeswoman denied that any village was hit. ' +
          'She called the reports "fabricated".',
      ),
    ).toEqual([
      'Armed Forces of Armenia via Army spokeswoman',
      'Armed Forces of Armenia via Army spokeswoman',
    ]);
  });

  it('is the spokesperson the article names further on with the same role', () => {
    expect(
      speakers(
        'Four people died in the floods, according to a government spokeswoman. ' +
          'Roads were cut across the valley. Rescue teams arrived on Monday. ' +
          'Government spokeswoman Lina Varga said the army would help.',
      ),
    ).toEqual(['Lina Varga', 'Lina Varga']);
  });

  it('is never the spokesperson named before', () => {
    const found = speakers(
      'Lina Varga, a spokeswoman for the European Union, said talks would resume. ' +
        'Later a spokeswoman said no date was set.',
    );
    expect(found[0]).toBe('Lina Varga');
    expect(found[1]).not.toBe('Lina Varga');
  });
});

describe('coordinated described sources (settled rule 2)', () => {
  it('are one speaker per conjunct, each given the same words', () => {
    const x = extract('Farmers and local residents said the bridge was blown up at dawn.');
    expect(x.statements.map((s) => s.speaker.name)).toEqual(['Farmers', 'Local residents']);
    expect(new Set(x.statements.map((s) => s.text)).size).toBe(1);
  });
});

describe('unnamed media (settled rule 9)', () => {
  it('are not speakers', () => {
    expect(speakers('Media reports said the convoy was hit near the border.')).toEqual([]);
    expect(speakers('Press sources said the convoy was hit near the border.')).toEqual([]);
  });

  it('unlike a named outlet', () => {
    expect(speakers('The Valley Press reported that the convoy was hit near the border.')).toEqual([
      'Valley Press',
    ]);
  });
});

describe('sources the phrase itself calls unnamed', () => {
  it('are a described source, not their state', () => {
    expect(speakers('Unnamed Armenian officials told the Valley Press that the convoy was hit.')).toEqual([
      'Unnamed Armenian officials',
    ]);
  });
});

describe('an organization whose name holds "and", given an acronym', () => {
  it('is one speaker, not two joined ones', () => {
    expect(speakers('The Centre for Peace and Mine Clearance (CPMC) said 40 mines were found.')).toEqual([
      'Centre for Peace and Mine Clearance',
    ]);
  });
});

describe('"he" and "she"', () => {
  it('are never a described source in the plural', () => {
    const found = speakers(
      'Lina Varga, the mayor of the town, blamed the rebels for the fire. ' +
        'Unnamed officials told the Valley Press that the rebels had fled. ' +
        'She said the town would rebuild.',
    );
    expect(found).toEqual(['Lina Varga', 'Unnamed officials', 'Lina Varga']);
  });
});
