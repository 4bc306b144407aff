import { extract } from '../knownGraph';

/**
 * Stance carried by constructions rather than by a verb of accusing, calling or condemning (issue 13,
 * corpus F's stance misses by kind): invented sentences, each with a near miss that keeps its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: implicit accusations', () => {
  it('charges whoever harm is done "by" with a verb of violence or menace', () => {
    expect(stance('Pashinyan said nine villagers were slaughtered by gunmen of the Delta Brigade.')).toEqual([
      'ACCUSES',
    ]);
    expect(
      stance('Pashinyan said the families had been threatened for months by the Delta Brigade.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said nine villagers were visited by the Delta Brigade.')).not.toContain(
      'ACCUSES',
    );
  });

  it('charges harm "blamed on" someone, but not the active verb of a relative clause', () => {
    expect(stance('Pashinyan said 20 people died in clashes blamed on armed gangs.')).toEqual(['ACCUSES']);
    expect(
      stance(
        'Pashinyan warned that his country is ready to act after a raid that his government blamed on Varnia.',
      ),
    ).not.toContain('ACCUSES');
  });

  it('charges ordering a killing, receiving arms from a backer, and troops supplied by one', () => {
    expect(stance('Pashinyan said the Delta Brigade had ordered the killing of the witness.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the rebels have received weapons from Varnia for years.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the units include troops supplied by Varnia.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the rebels have received visitors from Varnia for years.')).not.toContain(
      'ACCUSES',
    );
  });

  it('charges someone named "accused of" a crime, and a path of violence taken', () => {
    expect(stance('Pashinyan said the man was a Delta Brigade commander accused of two murders.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said certain groups had chosen the path of violence.')).toEqual(['ACCUSES']);
  });

  it('charges those said to spread falsehoods instead of reading a denial', () => {
    expect(stance('"They are spreading false information to sow panic," Pashinyan said.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('"This information is false," Pashinyan said.')).toEqual(['DENIES']);
  });

  it('charges "they" with what they did, but not with what they said', () => {
    expect(stance('"There was no warning, they came to shell the village," Pashinyan said.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('"They said the village was shelled," Pashinyan said.')).not.toContain('ACCUSES');
  });

  it('charges an ambush "sprung by" someone', () => {
    expect(stance('Pashinyan said two trucks were lost in an ambush sprung by militants.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('does not charge the other side when the speaker\'s own fighters are the agent after "by"', () => {
    expect(
      stance('Pashinyan said several enemy posts were attacked by our fighters along the Varnian line.'),
    ).not.toContain('ACCUSES');
  });

  it('reads "cannot deny" as asserting, not denying', () => {
    expect(
      stance('"What Varnia cannot deny is that Varnian troops crossed the border," Pashinyan said.'),
    ).toEqual(['ACCUSES']);
  });

  it('reads naming a seizure of power a coup as a charge', () => {
    expect(stance('Pashinyan called this a coup.')).toEqual(['ACCUSES']);
  });
});

describe('stance: condemning, warning and refusing', () => {
  it('condemns with words of disapproval when nothing charges anyone', () => {
    expect(stance('"What happened in the square cannot be tolerated," Pashinyan said.')).toEqual([
      'CONDEMNS',
    ]);
    expect(stance('Pashinyan said he was appalled by the attack on the market.')).toEqual(['CONDEMNS']);
  });

  it('condemns when condemnation comes with a vow of resolve', () => {
    expect(stance('"We will not bow to cowards. I condemn the attack on the city," Pashinyan said.')).toEqual(
      ['CONDEMNS'],
    );
    expect(stance('"We will not bow to pressure," Pashinyan said.')).not.toContain('CONDEMNS');
  });

  it('reads a warning about acts that have not happened as neither a charge nor a condemnation', () => {
    expect(
      stance('"Any repetition of attacks by Varnia will be met with a decisive response," Pashinyan said.'),
    ).toEqual(['OTHER']);
    expect(stance('"Any further provocation is unacceptable," Pashinyan said.')).toEqual(['OTHER']);
    expect(stance('"This crime will not go unanswered," Pashinyan said.')).toEqual(['OTHER']);
  });

  it('reads rejecting a course of action as no denial, and rejecting a claim as one', () => {
    expect(stance('Pashinyan rejected the possibility of talks with the rebels.')).not.toContain('DENIES');
    expect(stance('Pashinyan rejected the accusations of the rebels.')).toEqual(['DENIES']);
  });

  it('does not read "called attention to" as a call', () => {
    expect(
      stance('Pashinyan called attention to Varnian strikes on Armenia, which killed civilians.'),
    ).toEqual(['ACCUSES']);
  });
});

describe("stance: support and wishes in the speaker's words", () => {
  it('reads welcoming in reported words and help being sent as support', () => {
    expect(stance('Pashinyan said he welcomes the allies sending aid to Georgia.')).toEqual(['SUPPORTS']);
    expect(stance('"We are sending additional aid," Pashinyan said.')).toEqual(['SUPPORTS']);
  });

  it('reads wanting something handed over or done as a call', () => {
    expect(stance('"We want the names of the detainees given to us," Pashinyan said.')).toEqual([
      'CALLS_FOR',
    ]);
    expect(stance('"We want to avoid any escalation," Pashinyan said.')).not.toContain('CALLS_FOR');
  });
});

describe('stance: terrorism labels, stopped attempts, opposition and pushing', () => {
  it('condemns with a terrorism label when no one is charged, and accuses whoever is named with it', () => {
    expect(stance('"There is no doubt it was a terrorist act," Pashinyan said.')).toEqual(['CONDEMNS']);
    expect(stance('Pashinyan dubbed the blast a "terrorist attack".')).toEqual(['CONDEMNS']);
    expect(stance('Pashinyan said the Delta Brigade carried out a bombing at the market.')).toEqual([
      'ACCUSES',
    ]);
    // Settled rule 11: the label as the predicate condemns, the perpetrator named or not.
    expect(stance('Pashinyan said it was a terrorist attack carried out by the Delta Brigade.')).toEqual([
      'CONDEMNS',
    ]);
    expect(stance('Pashinyan said he had opened a criminal case into an act of terrorism.')).not.toContain(
      'CONDEMNS',
    );
  });

  it('does not charge forces with the attempt they thwarted', () => {
    expect(
      stance('"Our forces thwarted an attempt to attack the checkpoint," Pashinyan said.'),
    ).not.toContain('ACCUSES');
  });

  it('condemns by voicing opposition to attacks or speaking out against them', () => {
    expect(stance('Pashinyan voiced his opposition to any rocket attack on the embassy.')).toEqual([
      'CONDEMNS',
    ]);
    expect(stance('Pashinyan spoke out against the raids, saying they harm civilians.')).toContain(
      'CONDEMNS',
    );
  });

  it('reads pushing for something as a call', () => {
    expect(stance('Pashinyan is pushing for an end to the blockade.')).toEqual(['CALLS_FOR']);
  });
});

describe('stance: denying an intent to target, and crimes that go on', () => {
  it('reads "out of the question to target" and "the decision is not to target" as denials', () => {
    expect(stance('"It is out of the question for us to target civilians," the Delta Brigade said.')).toEqual(
      ['DENIES'],
    );
    expect(stance('"Our decision is not to target the embassy," Pashinyan said.')).toEqual(['DENIES']);
    expect(stance('"Our decision is to target the depots," Pashinyan said.')).not.toContain('DENIES');
  });

  it('charges armed groups that "continue to commit crimes" before any call', () => {
    expect(
      stance('"The militants continue to commit crimes. The fight against them must go on," Pashinyan said.'),
    ).toEqual(['ACCUSES']);
  });
});

describe('stance: hostile acts with a modifier inside (issue 13, stance12)', () => {
  it('accuses fire opened with a modifier, bombs dropped with a count, and shelling of areas', () => {
    expect(stance('Pashinyan said the Delta Brigade opened indiscriminate fire on the village.')).toEqual([
      'ACCUSES',
    ]);
    expect(
      stance('Pashinyan said Delta Brigade aircraft dropped at least three bombs on the house.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade was shelling areas near the town.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade opened an office in the town.')).not.toContain('ACCUSES');
  });

  it('accuses whoever a convoy was ambushed by', () => {
    expect(stance('Pashinyan said the convoy was ambushed by the Delta Brigade near the bridge.')).toEqual([
      'ACCUSES',
    ]);
  });
});
