import { extract } from '../knownGraph';

/**
 * Stance causes read in the misses of corpora H, I and J1 (issue 13, stance10): invented sentences, each
 * with a near miss that keeps its stance.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: an organization reported as saying "they" speaks of itself', () => {
  it('does not charge the organization with its own act', () => {
    expect(
      stance('The Ministry of Defense of Azerbaijan said they fired back at positions near Berd.'),
    ).toEqual(['CLAIMS']);
  });

  it('still charges "they" after a person, and "they" in an organization’s quoted words', () => {
    expect(stance('Pashinyan said they fired at positions near Berd.')).toEqual(['ACCUSES']);
    expect(
      stance('"They fired at our positions near Berd," the Ministry of Foreign Affairs of Armenia said.'),
    ).toEqual(['ACCUSES']);
  });
});

describe('stance: doers of attacks named by what they are, and acts the vocabulary lacked', () => {
  it('charges armed individuals, strikes conducted, attacks stepped up, attempts to storm, hostages held', () => {
    expect(stance('Pashinyan said four unidentified armed individuals attacked the police station.')).toEqual(
      ['ACCUSES'],
    );
    expect(stance('Pashinyan said Azerbaijan troops had conducted six missile strikes on Berd.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the militants have stepped up attacks across the country.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said armed men attempted to storm the village.')).toEqual(['ACCUSES']);
    expect(
      stance('Pashinyan said the soldiers would probably be held hostage by the Delta Brigade.'),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said a suicide bomber was believed to be behind the blast.')).toEqual([
      'ACCUSES',
    ]);
  });

  it('does not charge a strike still to come, nor the victims of a passive act', () => {
    expect(stance('Pashinyan said the army will conduct air raids in the coming days.')).not.toContain(
      'ACCUSES',
    );
    expect(stance('Pashinyan said the soldiers were believed to be missing.')).not.toContain('ACCUSES');
  });
});

describe('stance: the speaker’s side acting against attackers, and retaliation', () => {
  it('reads an operation against rebels or attackers, seized weapons and retaliation as claims', () => {
    expect(stance('Pashinyan said troops killed six rebels in the hills near Berd.')).toEqual(['CLAIMS']);
    expect(stance('Pashinyan said the police launched an operation to pursue the attackers.')).toEqual([
      'CLAIMS',
    ]);
    expect(stance('Pashinyan said officers seized four rifles and ammunition near Berd.')).toEqual([
      'CLAIMS',
    ]);
    expect(
      stance('Pashinyan said Armenian troops retaliated against the indiscriminate fire from Azerbaijan.'),
    ).toEqual(['CLAIMS']);
  });

  it('still charges troops that seize a village or fire first', () => {
    expect(stance('Pashinyan said Azerbaijan troops seized the village of Berd.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said Azerbaijan troops fired indiscriminately on Berd.')).toEqual(['ACCUSES']);
  });
});

describe('stance: denials said without a verb of denying', () => {
  it('denies being behind an act, doing it, a label, or what was alleged', () => {
    expect(stance('Pashinyan said Armenia was not behind the explosion in Berd.')).toEqual(['DENIES']);
    expect(stance('Pashinyan said Armenian troops undertook no such activity near Berd.')).toEqual([
      'DENIES',
    ]);
    expect(stance('Pashinyan said those killed were not militants, but farmers.')).toEqual(['DENIES']);
    expect(stance('Pashinyan said the soldiers were not carrying out an exercise at the time.')).toEqual([
      'DENIES',
    ]);
    expect(stance('Pashinyan said there were no clashes near Berd as alleged by Azerbaijan.')).toEqual([
      'DENIES',
    ]);
  });

  it('keeps a plain report with a negation neutral', () => {
    expect(stance('Pashinyan said the talks were not held on Monday.')).toEqual(['CLAIMS']);
  });
});

describe('stance: wrongs that need no doer named', () => {
  it('charges a planned ambush, a coup attempt and a murder, with no one named', () => {
    expect(stance('Pashinyan said the attack near Berd was a planned ambush.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said it was a failed coup attempt.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said four farmers were murdered near Berd.')).toEqual(['ACCUSES']);
  });

  it('keeps an attack or deaths with no wrong named neutral', () => {
    expect(stance('Pashinyan said four farmers died near Berd.')).toEqual(['CLAIMS']);
    expect(stance('Pashinyan said the talks were planned for Monday.')).toEqual(['CLAIMS']);
  });
});

describe('stance: an act described as a wrong', () => {
  it('charges an act described as aggression, and condemns one described with a condemning word', () => {
    expect(
      stance(
        'The Ministry of Foreign Affairs of Armenia described the incident as “uncalled-for aggression”.',
      ),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan described the shelling as a cowardly attack.')).toEqual(['CONDEMNS']);
    expect(stance('Pashinyan described the talks as very tense.')).not.toContain('ACCUSES');
  });
});

describe('stance: a charge word that is the object of the speaker’s side’s strike', () => {
  it('reads strikes on "terrorist targets" and clearing terrorists as claims', () => {
    expect(
      stance('The Ministry of Defense of Azerbaijan said it had targeted “terrorist groups” near Berd.'),
    ).toEqual(['CLAIMS']);
    expect(
      stance('Pashinyan said Armenia was ready to help in clearing terrorists from the region.'),
    ).not.toContain('ACCUSES');
  });

  it('still charges terrorism done by a named side', () => {
    expect(stance('Pashinyan said Azerbaijan was terrorizing the villages near Berd.')).toEqual(['ACCUSES']);
  });
});

describe('stance: a warning that tells someone to act', () => {
  it('reads "warned residents to leave" as a call, and a warning that something will happen as OTHER', () => {
    expect(stance('Pashinyan warned residents to leave the village.')).toEqual(['CALLS_FOR']);
    expect(stance('Pashinyan warned that Azerbaijan seeks to provoke a war.')).not.toContain('CALLS_FOR');
    expect(stance('Pashinyan warned the shelling will continue to get worse.')).not.toContain('CALLS_FOR');
  });
});

describe('stance: violence in the passive with its doer after "by"', () => {
  it('charges throats slit, people beaten or kidnapped by armed men', () => {
    expect(stance('Pashinyan said seven farmers had their throats slit by armed men near Berd.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said two teachers were kidnapped by gunmen near Berd.')).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said two teachers were kidnapped near Berd.')).toEqual(['CLAIMS']);
  });
});

describe('stance: theft by a doer, and a fought group counted among the dead (issue 13, stance13)', () => {
  it('charges a doer with what it took away', () => {
    expect(stance('Pashinyan said the gunmen made away with the villagers’ motorcycles.')).toEqual([
      'ACCUSES',
    ]);
    expect(stance('Pashinyan said the raiders fled with 40 cattle.')).toEqual(['ACCUSES']);
  });

  it('reads a fought group counted dead as the speaker’s side’s operation, unless its own losses come with it', () => {
    expect(
      stance(
        'The Ministry of Defense of Azerbaijan said two Karsa Front terrorists have been killed so far.',
      ),
    ).toEqual(['CLAIMS']);
    expect(
      stance(
        'The Ministry of Defense of Azerbaijan said two Karsa Front terrorists have been killed so far, while three soldiers were wounded.',
      ),
    ).toEqual(['ACCUSES']);
    expect(stance('Pashinyan said the militants killed two soldiers in Berd.')).toEqual(['ACCUSES']);
  });
});
