import { extract } from '../knownGraph';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

describe('a body of an organization or a state, named with a possessive', () => {
  it('is the body, not the organization whose name it carries', () => {
    expect(speakers("The European Union's mission in Georgia said the convoy had been shelled.")).toEqual([
      "European Union's mission in Georgia",
    ]);
    expect(speakers('The EU staff union said two monitors were wounded in the attack.')).toEqual([
      'EU staff union',
    ]);
  });

  it('a state’s embassy or delegation is not the state', () => {
    expect(speakers("Armenia's embassy in Georgia said its citizens should stay indoors.")).toEqual([
      "Armenia's embassy in Georgia",
    ]);
    expect(speakers('Russia said the convoy had been shelled.')).toEqual(['Russia']);
  });
});

describe('a hyphenated title after the reporting verb', () => {
  it('does not cut the speaker phrase at its hyphen', () => {
    expect(
      speakers('"The shelling must stop," said EU deputy secretary-general Ana Ruizova at the meeting.'),
    ).toEqual(['Ana Ruizova']);
  });
});

describe('a capitalised name the article gives with "the"', () => {
  it('is an organization, so "it" finds it again', () => {
    const x = extract(
      "Georgia's army said the strikes hit terrorist targets. " +
        'The Northern Valley Compact, an alliance of armed groups, said 14 people had died. ' +
        'It said they were killed by drones belonging to the army.',
    );
    expect(x.statements.map((s) => s.speaker.name).slice(-2)).toEqual([
      'Northern Valley Compact',
      'Northern Valley Compact',
    ]);
    expect(x.newActors.find((a) => a.name === 'Northern Valley Compact')?.kind).toBe('ORGANIZATION');
  });
});

describe('an outlet that reports, citing someone, after the words', () => {
  it('relays the cited speaker, and "citing …" is no statement of its own', () => {
    const x = extract(
      '"Four armed men attacked the police station," state broadcaster KTV reported, citing the deputy governor Omar Halabi.',
    );
    expect(x.statements.map((s) => [s.speaker.name, s.via?.name ?? null])).toEqual([['Omar Halabi', 'KTV']]);
  });

  it('an outlet citing a described source keeps its own words', () => {
    expect(
      speakers(
        'Forty inmates were killed by gang members, the news agency Valley Press reported, citing an official.',
      ),
    ).toEqual(['Valley Press']);
  });
});

describe('"the witness" with no witness speaking before', () => {
  it('is a described witness, not the person who spoke last', () => {
    expect(
      speakers(
        'According to a witness, the attackers arrived late on Sunday. ' +
          'Some people fled. Others hid. The attackers then opened fire. ' +
          'Governor Omar Halabi told reporters a manhunt had been launched. ' +
          'The witness said men in uniforms arrived in two vehicles.',
      ).slice(-2),
    ).toEqual(['Omar Halabi', 'Witness']);
  });
});

describe('a name before a role apposition whose closing comma is missing', () => {
  it('is the speaker, not the role or its organization', () => {
    expect(speakers('Omar Halabi, a spokesman for the Valley Front said the camp had been hit.')).toEqual([
      'Omar Halabi',
    ]);
    expect(
      speakers('Later, Ana Ruizova, governor of the Valley region said two people were killed.'),
    ).toEqual(['Ana Ruizova']);
  });
});
