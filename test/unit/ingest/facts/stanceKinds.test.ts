import { extract } from '../knownGraph';

/**
 * Stance kinds read from the reported words (issue 13, corpus D's misses by kind): invented sentences,
 * one or two per construction, each with a near miss that must not change.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: implicit accusations of doers named by what they are', () => {
  it('takes bandits, attackers and suicide bombers for doers whoever speaks', () => {
    expect(stance('Pashinyan said the bandits stole from the farmers before leaving.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said two suicide bombers detonated explosives at the gate.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the attackers targeted a school near the river.')).toEqual(['ACCUSES']);
  });

  it('does not take the object of a verb of force for the doer of the next act', () => {
    expect(
      stance('Pashinyan said villagers caught two suspected gang members and burned their car.'),
    ).not.toContain('ACCUSES');
  });

  it('reads hostile acts planned, attempted or done with a weapon', () => {
    expect(stance('Pashinyan said the Delta Brigade was preparing to attack the border posts.')).toEqual([
      'ACCUSES',
    ]);
    expect(
      stance('Pashinyan said the Delta Brigade used heavy rocket launchers to strike the camp.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said a Delta Brigade jet dropped two bombs on the market.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('“The Delta Brigade threatened us all night,” Pashinyan said.')).toEqual(['ACCUSES']);
  });

  it('reads a siege, an operation or a strike put down to someone', () => {
    expect(stance('Pashinyan said the town had been under a siege by the Delta Brigade for a week.')).toEqual(
      ['ACCUSES'],
    );
    expect(
      stance('Pashinyan said the strike on the depot was the result of Delta Brigade artillery.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said a farm burned after a Delta mortar attack.')).toEqual(['ACCUSES']);
  });
});

describe('stance: charges carried by nouns', () => {
  it('reads complicity, backing for armed groups and an attack on an accord as charges', () => {
    expect(stance('“These raids have the Delta Brigade’s complicity,” Pashinyan said.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade gave support to the militants.')).toEqual(['ACCUSES']);
    // Settled rule 6: concern is OTHER, whatever it is about.
    expect(
      stance('Pashinyan expressed concern over the support by the Delta Brigade for the militants.'),
    ).toEqual(['OTHER']);
    expect(stance('Pashinyan said the decree was an attack on the peace agreement.')).toEqual(['ACCUSES']);
  });

  it('still reads support for a truce as support', () => {
    expect(stance('Pashinyan expressed support for the truce.')).toEqual(['SUPPORTS']);
  });

  it('does not charge anyone with what an inquiry looks into', () => {
    expect(
      stance('Aliyev said prosecutors had opened a criminal case into an act of terrorism.'),
    ).not.toContain('ACCUSES');
  });
});

describe('stance: condemnation', () => {
  it('reads an act described or called by a condemning word as a condemnation', () => {
    expect(stance('Pashinyan described the shelling as a cynical and calculated mass murder.')).toEqual([
      'CONDEMNS',
    ]);
    expect(stance('Pashinyan called the air strikes “inhuman”.')).toEqual(['CONDEMNS']);
  });

  it('reads an act named with a word that judges it as a condemnation, a plain charge as an accusation', () => {
    expect(stance('Pashinyan called the raid a brutal assault.')).toEqual(['CONDEMNS']);
    expect(
      stance('Pashinyan described the incursion operation as a flagrant violation of the truce.'),
    ).toEqual(['CONDEMNS']);
    expect(stance('Pashinyan described the strike as a terrorist act.')).toEqual(['CONDEMNS']);
    expect(stance('Pashinyan called the incident an act of sabotage.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan described the fighters as brutal mercenaries.')).not.toContain('CONDEMNS');
  });

  it('reads a label pinned on whoever does a thing as a condemnation of the deed', () => {
    expect(stance('“Anyone who fires on civilians is a criminal,” Aliyev said.')).toEqual(['CONDEMNS']);
  });

  it('does not read denouncing a treaty (leaving it) as a condemnation', () => {
    expect(stance('Pashinyan said Armenia will denounce the treaty with the bloc.')).not.toContain(
      'CONDEMNS',
    );
  });

  it('does not let a judging adjective inside denied words condemn', () => {
    expect(
      stance('“Senseless killings of civilians by our troops have never occurred,” Aliyev said.'),
    ).toEqual(['DENIES']);
  });
});

describe('stance: denials, calls and threats', () => {
  it('reads a denied act and claims not confirmed as denials', () => {
    expect(stance('Aliyev said Azerbaijan had not blocked the road.')).toEqual(['DENIES']);
    expect(
      stance('Aliyev said the authorities do not confirm the claims made by the Delta Brigade.'),
    ).toEqual(['DENIES']);
  });

  it('reads reminding someone of an agreement as a call to keep it', () => {
    expect(stance('Pashinyan reminded the Delta Brigade of the ceasefire agreement.')).toEqual(['CALLS_FOR']);
  });

  it('reads a threat to respond as OTHER, unless the charge comes first', () => {
    expect(
      stance(
        '“We reserve the full right to respond to this terrorist attack by the Delta Brigade,” Aliyev said.',
      ),
    ).toEqual(['OTHER']);
    expect(stance('“The Delta Brigade shelled our villages, and we will respond,” Aliyev said.')).toEqual([
      'ACCUSES',
    ]);
  });
});

describe('stance: resolve, calls carried by nouns, armed groups and their backers', () => {
  it('reads a vow not to yield as OTHER, not as the charge it answers', () => {
    expect(
      stance('Pashinyan said the people will never surrender to this aggression and will resist it.'),
    ).toEqual(['OTHER']);
  });

  it('reads a position required from someone as a call', () => {
    expect(
      stance('“It requires a firm position from the partners to stop the shelling,” Pashinyan said.'),
    ).toEqual(['CALLS_FOR']);
  });

  it('reads driving people from their homes as a hostile act', () => {
    expect(stance('Pashinyan said the militias had forced residents to leave their homes.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('charges whoever backs armed groups', () => {
    expect(stance('“The militants were supported by Delta Brigade artillery,” Pashinyan said.')).toEqual([
      'ACCUSES',
    ]);
  });
});

describe('stance: armed groups described by what they fight for', () => {
  it('takes "armed separatist groups" for doers', () => {
    expect(stance('Aliyev said armed separatist groups claimed the lives of three guards.')).toEqual([
      'ACCUSES',
    ]);
  });
});
