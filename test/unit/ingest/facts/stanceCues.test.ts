import { extract } from '../knownGraph';

/**
 * Stance read from the reported words themselves, whatever verb reports them: invented sentences,
 * grouped by the cue that carries the stance (issue 13).
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: denials inside the words', () => {
  it('reads disowning an act as a denial', () => {
    expect(stance('“We had nothing to do with the blast at the depot,” Pashinyan said.')).toEqual(['DENIES']);
    expect(stance('“There was no involvement by our units in the incident,” Pashinyan said.')).toEqual([
      'DENIES',
    ]);
    expect(stance('“Such killings have never occurred in our villages,” Pashinyan said.')).toEqual([
      'DENIES',
    ]);
  });

  it('reads calling an accusation wrong as a denial', () => {
    expect(stance('“Accusing Armenia of the shelling is simply wrong,” Pashinyan said.')).toEqual(['DENIES']);
    expect(stance('Aliyev said the allegations were “absurd”.')).toEqual(['DENIES']);
    expect(stance('“This is a blatant lie,” Aliyev said.')).toEqual(['DENIES']);
  });

  it('reads denying a violation as a denial, not as the violation', () => {
    expect(stance('Aliyev said the Azerbaijani side had not violated the ceasefire.')).toEqual(['DENIES']);
  });

  it('reads "nobody fired" as a denial, not as an act', () => {
    expect(stance('“Nobody from our side fired a single shot,” Aliyev said.')).toEqual(['DENIES']);
  });
});

describe('stance: condemnation carried by judging words', () => {
  it('reads moral judgement of an act as a condemnation', () => {
    expect(stance('“The ambush on the aid convoy was gruesome and reprehensible,” Pashinyan said.')).toEqual([
      'CONDEMNS',
    ]);
    expect(stance('Pashinyan said the shelling of the school was unacceptable.')).toEqual(['CONDEMNS']);
  });
});

describe('stance: calls without a calling verb', () => {
  it('reads "must stop" as a call even when what must stop is a charge', () => {
    expect(stance('“The raids violating our borders must stop,” Pashinyan said.')).toEqual(['CALLS_FOR']);
  });

  it('reads a duty laid on someone, and asking someone to act, as calls', () => {
    expect(stance('Pashinyan said the council has a responsibility to protect the civilians.')).toEqual([
      'CALLS_FOR',
    ]);
    expect(stance('Pashinyan said he would ask the mediators to extend the truce.')).toEqual(['CALLS_FOR']);
  });

  it('reads wishes, hopes that someone will act, pleas and invoked treaties as calls', () => {
    expect(stance('“Our wish is for the shooting to end,” Pashinyan said.')).toEqual(['CALLS_FOR']);
    expect(stance('“We hope both sides will return to the table,” Borrell said.')).toEqual(['CALLS_FOR']);
    expect(stance('Borrell issued a plea for calm after the clashes.')).toEqual(['CALLS_FOR']);
    expect(stance('Pashinyan said Armenia had invoked the mutual defence clause of the treaty.')).toEqual([
      'CALLS_FOR',
    ]);
    expect(stance('“We hope for the best,” Borrell said.')).not.toContain('CALLS_FOR');
  });

  it('reads an imperative "stop the …" and "it is time to act" as calls', () => {
    expect(stance('“Enough is enough. Stop the killing,” Pashinyan said.')).toEqual(['CALLS_FOR']);
    expect(stance('“It is time for the world to act,” Pashinyan said.')).toEqual(['CALLS_FOR']);
  });

  it('does not read a wish that is denied as a call', () => {
    expect(stance('“We do not wish to widen the war,” Pashinyan said.')).not.toContain('CALLS_FOR');
  });
});

describe('stance: support carried by the words', () => {
  it('reads thanks and welcome in the speaker’s own words as support, but not "thank God"', () => {
    expect(stance('“We are grateful to our partners for their help,” Pashinyan said.')).toEqual(['SUPPORTS']);
    expect(stance('“We welcome the agreement reached in Brussels,” Borrell said.')).toEqual(['SUPPORTS']);
    expect(stance('“Thank God the convoy arrived safely,” Pashinyan said.')).not.toContain('SUPPORTS');
  });

  it('reads standing in solidarity with someone as support', () => {
    expect(stance('Pashinyan said Armenia stood in “full solidarity” with the people of Georgia.')).toEqual([
      'SUPPORTS',
    ]);
  });
});

describe('stance: implicit accusations, who did it', () => {
  it('reads "the enemy" as the other side, and saying someone is lying as a charge', () => {
    expect(
      stance('“The enemy shelled our positions near Berd overnight,” the Azerbaijani Defense Ministry said.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Aliyev said Armenia was lying about the attack.')).toEqual(['ACCUSES']);
  });

  it('finds the agent a few words after a passive act', () => {
    expect(stance('Pashinyan said the villages were shelled overnight by the Delta Brigade.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('lets an army accuse militants and suspects, though not its own troops', () => {
    expect(stance('“Suspects opened fire on the patrol near Berd,” the Armenian army said.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('“The troops opened fire on the depot near Berd,” the Armenian army said.')).not.toContain(
      'ACCUSES',
    );
  });

  it('carries the agent on through "they" in the next sentence', () => {
    expect(
      stance(
        '“The Delta Brigade circled the village. They came back at night and opened fire,” Pashinyan said.',
      ),
    ).toEqual(['ACCUSES']);
  });

  it('reads harm said to be meant for something as deliberate, so an accusation', () => {
    expect(stance('Pashinyan said the breach of the dam was designed to flood the valley.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('reads involvement in attacks and staging them as accusations', () => {
    expect(
      stance('“The Delta Brigade was involved in two attacks on the checkpoint,” Pashinyan said.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the Delta Brigade staged the ambush.')).toEqual(['ACCUSES']);
  });

  it('does not charge anyone with the speaker’s own acts, claimed acts, conditions or the unknown', () => {
    expect(stance('“In Karmir, we destroyed two depots,” Pashinyan said.')).not.toContain('ACCUSES');
    expect(stance('“The Delta Brigade took responsibility for the blast,” Pashinyan said.')).not.toContain(
      'ACCUSES',
    );
    expect(
      stance('Pashinyan said Armenia would answer firmly if it is provoked by Azerbaijan.'),
    ).not.toContain('ACCUSES');
    expect(stance('Pashinyan said it was unclear who was responsible for the shelling.')).not.toContain(
      'ACCUSES',
    );
    expect(stance('Aliyev said Azerbaijan would respond if Armenia attacked again.')).not.toContain(
      'ACCUSES',
    );
  });

  it('reads blaming a thing rather than someone as no accusation', () => {
    expect(stance('Pashinyan blamed the explosion on a faulty gas pipe.')).not.toContain('ACCUSES');
    expect(stance('Pashinyan blamed them for the blast.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan blamed the Delta Brigade for the blast.')).toEqual(['ACCUSES']);
  });

  it('reads planting mines as a hostile act', () => {
    expect(stance('Aliyev said Armenian saboteurs had planted mines on the road.')).toEqual(['ACCUSES']);
  });

  it('takes the doer to be whoever is named nearest before the act, the speaker’s own side included', () => {
    expect(
      stance(
        'The Russian Defense Ministry said that at Armenia’s request Russian jets then struck the camp.',
      ),
    ).not.toContain('ACCUSES');
    expect(
      stance(
        '“Acting on reports of militants in Karmir, the troops launched a search,” the Armenian army said.',
      ),
    ).not.toContain('ACCUSES');
  });

  it('gives an act in a relative clause to the clause’s own noun', () => {
    expect(
      stance(
        '“Two Delta Brigade guards were killed in a blast that targeted the checkpoint,” Pashinyan said.',
      ),
    ).not.toContain('ACCUSES');
    expect(stance('“It was the Delta Brigade fighters who killed the guards,” Pashinyan said.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('reads being behind a killing, and men in uniform, as doers', () => {
    expect(stance('Pashinyan said Delta Brigade fighters were behind the killing of the mayor.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said men in army uniforms carried out the killings.')).toEqual(['ACCUSES']);
  });

  it('reads a violation of a truce, and a label pinned on someone, as charges with no one named', () => {
    expect(
      stance('Borrell condemned the raid, saying it was a “flagrant violation of the ceasefire.”'),
    ).toContain('ACCUSES');
    expect(
      stance('The Armenian army said in a statement, declaring the Delta Brigade a “rebel” group.'),
    ).toContain('ACCUSES');
  });

  it('reads harm said to be the result of someone’s doing, and endangering, as charges', () => {
    expect(
      stance('Pashinyan said the blast at the market was the result of the Delta Brigade firing rockets.'),
    ).toEqual(['ACCUSES']);
    expect(stance('“The Delta Brigade’s decrees endanger the peace of the region,” Pashinyan said.')).toEqual(
      ['ACCUSES'],
    );
  });
});

describe('stance: "call", "request" and "remind" by what follows them', () => {
  it('reads calling on someone as a call, and calling an act a wrong as a charge (a judged wrong condemns)', () => {
    expect(stance('Aliyev called on Armenia to withdraw its troops.')).toEqual(['CALLS_FOR']);
    expect(stance('Pashinyan called the Delta Brigade’s raid an “assault”.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan called the Delta Brigade’s raid a “brutal assault”.')).toEqual(['CONDEMNS']);
  });

  it('reads a request, and reminding parties of their obligations, as calls', () => {
    expect(stance('Armenia requested an urgent meeting of the Security Council.')).toEqual(['CALLS_FOR']);
    expect(
      stance('The European Union reminded all parties of their obligations to protect civilians.'),
    ).toEqual(['CALLS_FOR']);
  });

  it('does not read a past necessity as a call', () => {
    expect(
      stance('Pashinyan said it was necessary to determine what had happened before speaking.'),
    ).not.toContain('CALLS_FOR');
  });
});

describe('stance: more charges and doers', () => {
  it('reads naming a culprit, shooting and counter-attacking as charges against the doer', () => {
    expect(stance('Aliyev said the only culprit for the crisis is the Delta Brigade.')).toEqual(['ACCUSES']);
    expect(
      stance('Pashinyan said Delta Brigade soldiers had been shooting civilians on the main road.'),
    ).toEqual(['ACCUSES']);
    expect(stance('The Armenian army said the Delta Brigade had counter-attacked with drones.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('does not take a number opening a sentence for a doer', () => {
    expect(stance('“Six villagers were beheaded and three kidnapped,” Pashinyan said.')).not.toContain(
      'ACCUSES',
    );
  });
});
