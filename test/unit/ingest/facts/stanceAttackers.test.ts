import { extract } from '../knownGraph';

/**
 * Accusations carried by constructions that were read as neutral (issue 13, accuse8: the dev misses of
 * corpora A–G by kind): invented sentences, each with a near miss that keeps its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: attackers named by what they are, and verbs of violence', () => {
  it('charges a lone attacker, militiamen, rioters or smugglers with what they did', () => {
    expect(stance('Pashinyan said the attacker then ran into the market and detonated a grenade.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said militiamen massacred twelve farmers near the river.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the rioters ransacked a police station.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said a guard was hurt when smugglers fired at the checkpoint.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('charges gunning down, murdering, a suicide bomber blowing himself up, and attacks that go on', () => {
    expect(stance('Pashinyan said they gunned down the mayor outside his home.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said a bomber blew himself up at the gate, killing four guards.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the Delta Brigade continues to target villages along the road.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('charges armed elements and a terror group with what they did', () => {
    expect(stance('Pashinyan said armed elements attacked a patrol near the bridge.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the terror group stormed the village at dawn.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said our troops struck the terror group near the bridge.')).not.toContain(
      'ACCUSES',
    );
  });

  it('does not charge the victims, nor the speaker’s own side', () => {
    expect(stance('Pashinyan said twelve farmers were massacred near the river.')).not.toContain('ACCUSES');
    expect(stance('Pashinyan said our troops continue to target the rebels’ depots.')).not.toContain(
      'ACCUSES',
    );
  });
});

describe('stance: backing, being behind, and agents after "by"', () => {
  it('charges a state that backs or funds an armed group, or whose involvement is suggested', () => {
    expect(stance('Pashinyan said the Delta Brigade backs the rebels in the north.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade funds the militias along the border.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the evidence suggested the involvement of the Delta Brigade.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the Delta Brigade backs the peace plan.')).not.toContain('ACCUSES');
  });

  it('charges whoever is behind an incident or a wave of smuggling', () => {
    expect(stance('Pashinyan said the Delta Brigade was behind this incident.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade is behind smuggling of arms across the river.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('charges drones launched by, attacks claimed by, a suspect trained by, grenades used by someone', () => {
    expect(stance('Pashinyan said the army downed four drones launched by the Delta Brigade.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the raids have been claimed by the Delta Brigade.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the truck burned after the use of grenades by the Delta Brigade.')).toEqual(
      ['ACCUSES'],
    );
  });

  it('charges the enemy of a fight a death came from, and children used as human shields', () => {
    expect(
      stance('Pashinyan said the general died of injuries sustained in clashes with the rebels.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade used the children as human shields.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the general died of injuries sustained in a car crash.')).not.toContain(
      'ACCUSES',
    );
  });
});

describe('stance: weapons a side used, deceiving, perpetrating, and blame in a relative clause', () => {
  it('charges a side whose cruise missiles hit, whose drones were used, who perpetrated or deceives', () => {
    expect(stance('Pashinyan said two Varnian cruise missiles hit the port.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade used drones that were shot down.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the soldiers perpetrated the killings at night.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the invaders deceive the world every day.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said a Delta Brigade sniper shot two guards at the gate.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said two guards were shot at the gate.')).not.toContain('ACCUSES');
  });

  it('reads "which X blamed for the deaths" as blame, but not blaming the weather', () => {
    expect(
      stance('The raids, which the Delta Brigade blamed for the deaths of nine people, began on Monday.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan blamed the storm for the deaths of nine people.')).not.toContain('ACCUSES');
  });
});

describe('stance: pursuing the perpetrators, and coordinated passives', () => {
  it('does not charge anyone with the wrong whose perpetrators are being sought or brought to book', () => {
    expect(stance('Pashinyan said the police are working to locate the perpetrators.')).not.toContain(
      'ACCUSES',
    );
    expect(
      stance('Pashinyan said the Varnian police arrested two men in connection with the terrorist incident.'),
    ).not.toContain('ACCUSES');
    expect(stance('Pashinyan said the Delta Brigade shielded the perpetrators.')).toEqual(['ACCUSES']);
  });

  it('reads the second of two coordinated participles as passive too', () => {
    expect(
      stance('Pashinyan said six Delta Brigade fighters were arrested and detained overnight.'),
    ).not.toContain('ACCUSES');
    expect(stance('Pashinyan said the Delta Brigade detained six farmers overnight.')).toEqual(['ACCUSES']);
  });
});
