import { type AccountItem, fromAccounts, openToAnAgent } from '../../../../src/ingest/facts/accounts';

/** Settled rule 7 on invented statements: the agent of a casualty report from the same source's account. */
const item = (over: Partial<AccountItem>): AccountItem => ({
  speakerId: 'ministry',
  stance: 'CLAIMS',
  content: '',
  sentence: '',
  targets: [],
  named: [],
  at: 0,
  ...over,
});

describe('fromAccounts (settled rule 7)', () => {
  const accusing = item({
    stance: 'ACCUSES',
    content: 'Delta Brigade gunmen opened fire on the market',
    targets: ['delta'],
    at: 0,
  });

  it('makes a casualty report ACCUSES with the agent the same source gave nearby', () => {
    const report = item({ content: 'six shoppers were killed and nine wounded', at: 1 });
    expect(fromAccounts([accusing, report])[1]).toEqual({ stance: 'ACCUSES', targets: ['delta'] });
  });

  it('targets no one when the accusing statement names no one', () => {
    const unnamed = { ...accusing, targets: [] };
    const report = item({ content: 'the toll rose to eleven dead', at: 2 });
    expect(fromAccounts([unnamed, report])[1]).toEqual({ stance: 'ACCUSES', targets: [] });
  });

  it('leaves a report CLAIMS when the account names no attacker', () => {
    const report = item({ content: 'six shoppers were killed and nine wounded', at: 1 });
    expect(fromAccounts([report])).toEqual([null]);
  });

  it('does not borrow another speaker’s or a distant agent', () => {
    const other = item({ speakerId: 'witness', content: 'six shoppers were killed', at: 1 });
    const far = item({ content: 'four guards died', at: 9 });
    expect(fromAccounts([accusing, other, far]).slice(1)).toEqual([null, null]);
  });

  it('reaches five sentences, counts fatalities, and reads what "we" saw as a report of harm', () => {
    const fifth = item({ content: 'the attacks caused 40 fatalities', at: 5 });
    const seen = item({ content: 'we saw bodies in the street', at: 1 });
    const ours = item({ content: 'we killed four of them', at: 1 });
    expect(fromAccounts([accusing, fifth, seen, ours]).slice(1)).toEqual([
      { stance: 'ACCUSES', targets: ['delta'] },
      { stance: 'ACCUSES', targets: ['delta'] },
      null,
    ]);
  });

  it('does not carry the agent to what became of the harmed: hospital, burial, condolences', () => {
    const hospital = item({ content: 'the wounded guards were hospitalized', at: 1 });
    const burial = item({ content: 'the dead were buried on Sunday', at: 1 });
    const condolences = item({ content: 'its condolences to the families of the victims', at: 1 });
    expect(fromAccounts([accusing, hospital, burial, condolences]).slice(1)).toEqual([null, null, null]);
  });

  it('keeps reports of no harm, of the attackers’ losses and of the accused’s losses neutral', () => {
    const none = item({ content: 'there were no casualties among the guards', at: 1 });
    const attackers = item({ content: 'three gunmen were killed in the fighting', at: 1 });
    const accused = item({
      content: 'Delta Brigade suffered heavy losses and dozens were killed',
      named: ['delta'],
      at: 1,
    });
    expect(fromAccounts([accusing, none, attackers, accused]).slice(1)).toEqual([null, null, null]);
  });

  it('does not touch statements that are not neutral or not about harm', () => {
    const call = item({ stance: 'CALLS_FOR', content: 'the wounded must be evacuated', at: 1 });
    const plain = item({ content: 'the market reopened on Monday', at: 1 });
    expect(fromAccounts([accusing, call, plain]).slice(1)).toEqual([null, null]);
  });
});

describe('fromAccounts: an attacker described in the source’s account (settled case 12)', () => {
  const described = item({ content: 'the raiders came at night and the gunmen shot at the houses', at: 0 });

  it('makes a casualty report ACCUSES with no target when the account names the doer by what it is', () => {
    const report = item({ content: 'four villagers were killed and two wounded', at: 2 });
    expect(fromAccounts([described, report])[1]).toEqual({ stance: 'ACCUSES', targets: [] });
  });

  it('reads the doer in the report itself only when it acts ("by the attackers", "attackers have razed")', () => {
    const by = item({ content: 'two guards died and the depot was looted by the attackers', at: 0 });
    const counted = item({ content: 'there were about 15 dead in the group of attackers', at: 0 });
    expect(fromAccounts([by, counted])).toEqual([{ stance: 'ACCUSES', targets: [] }, null]);
  });

  it('does not take the doer from attackers counted, hit or suffering, nor from a fight or an owned attack', () => {
    const hit = item({ content: 'our units killed 14 gunmen and the jihadists also suffered losses', at: 0 });
    const report = item({ content: 'four villagers were killed', at: 1 });
    expect(fromAccounts([hit, report])[1]).toBeNull();
    const fight = item({ content: 'the fighting killed 16 people', at: 1 });
    const owned = item({
      content: 'the attack killed the governor',
      sentence: 'The group claimed responsibility for the attack that killed the governor.',
      at: 1,
    });
    expect(fromAccounts([described, fight, owned]).slice(1)).toEqual([null, null]);
  });

  it('carries the agent to the act or its damage reported as done, not to a threat or a circumstance', () => {
    const damage = item({ content: 'the clinic was shelled and three houses were destroyed', at: 1 });
    const ambush = item({ content: 'the patrol came under attack near the river', at: 2 });
    const threat = item({ content: 'anyone who threatens the town will be destroyed', at: 1 });
    const when = item({ content: 'the driver had been unarmed when he was hit', at: 1 });
    expect(fromAccounts([described, damage, ambush, threat, when]).slice(1)).toEqual([
      { stance: 'ACCUSES', targets: [] },
      { stance: 'ACCUSES', targets: [] },
      null,
      null,
    ]);
  });
});

describe('openToAnAgent (the reports rule 7 could give an agent found elsewhere)', () => {
  it('is open for harm or an attack reported as done', () => {
    expect(
      openToAnAgent(
        'four villagers were killed overnight',
        'Four villagers were killed overnight, a chief said.',
      ),
    ).toBe(true);
    expect(openToAnAgent('the depot was shelled', 'The depot was shelled, the mayor said.')).toBe(true);
  });

  it('is closed for a fight, the aftermath, a hedge, an owned act or no harm', () => {
    const closed = [
      'two were killed in clashes between the two militias',
      'the wounded were taken to the district hospital',
      'it was too early to say who killed the guards',
      'no casualties were reported',
    ];
    expect(closed.map((c) => openToAnAgent(c, c))).toEqual([false, false, false, false]);
    expect(
      openToAnAgent('nine soldiers died', 'The group claimed responsibility, saying nine soldiers died.'),
    ).toBe(false);
  });
});
