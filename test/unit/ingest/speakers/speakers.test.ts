import { extract, said } from '../knownGraph';

describe('who is speaking', () => {
  it('a surname alone names a known person', () => {
    expect(said('Borrell said the mission would be extended.')).toEqual([
      ['actor:josep-borrell', 'said the mission would be extended'],
    ]);
  });

  it('a spelling variant of a known person', () => {
    expect(said('Prime Minister Nikol Pashinian said the border would be demarcated.')[0]?.[0]).toBe(
      'actor:nikol-pashinyan',
    );
    expect(said('Ilham Aliev said the talks were over.')[0]?.[0]).toBe('actor:ilham-aliyev');
  });

  it('a known surname with another first name is someone new', () => {
    const [statement] = extract(
      'Josep Pashinyan, a local farmer, said the shelling lasted all night.',
    ).statements;
    expect(statement?.speaker).toMatchObject({ name: 'Josep Pashinyan', isNew: true });
    expect(said('Karen Pashinian said the shelling lasted all night.')[0]?.[0]).not.toBe(
      'actor:nikol-pashinyan',
    );
    expect(said('But Pashinyan said the shelling lasted all night.')[0]?.[0]).toBe('actor:nikol-pashinyan');
  });

  it('the person named after a role described with "of", not the state in the role', () => {
    const statements = extract(
      'The head of Armenia’s nuclear regulator, Oleh Korikov, said officials would like more inspections. “Let’s wait,” he added.',
    ).statements;
    expect(statements.map((s) => s.speaker.name)).toEqual(['Oleh Korikov', 'Oleh Korikov']);
  });

  it('links a new person to the organization named with their role', () => {
    const partOf = (text: string) => extract(text).newActors.map((a) => [a.name, a.partOf]);
    expect(partOf('Maria Lopez, a spokeswoman for the European Union, said talks would resume.')).toEqual([
      ['Maria Lopez', 'actor:european-union'],
    ]);
    expect(partOf('EU spokeswoman Maria Lopez said talks would resume.')).toEqual([
      ['Maria Lopez', 'actor:european-union'],
    ]);
    expect(partOf('Maria Lopez, a farmer from the border, said talks would resume.')).toEqual([
      ['Maria Lopez', null],
    ]);
  });

  it('an unnamed source the article describes speaks as that description', () => {
    const names = (text: string) => extract(text).statements.map((s) => [s.speaker.name, s.speaker.isNew]);
    expect(names('A security source said the attack happened at dawn.')).toEqual([['Security source', true]]);
    expect(names('A military official said the attack was repelled.')).toEqual([['Military official', true]]);
    expect(names('Residents said the shelling lasted all night.')).toEqual([['Residents', true]]);
    // A definite description needs someone named before it.
    expect(names('The official said the attack was repelled.')).toEqual([]);
  });

  it('titles and descriptions around a name', () => {
    expect(said('EU foreign policy chief Josep Borrell on Monday urged restraint.')[0]?.[0]).toBe(
      'actor:josep-borrell',
    );
    expect(said('Lavrov, the Russian foreign minister, said Moscow would not interfere.')[0]?.[0]).toBe(
      'actor:sergei-lavrov',
    );
  });

  it('an organ of a state, however it is written', () => {
    expect(said('The Armenian Foreign Ministry said the envoy had been recalled.')[0]?.[0]).toBe(
      'actor:mfa-armenia',
    );
    expect(said("Azerbaijan's defence ministry said the positions were quiet.")[0]?.[0]).toBe(
      'actor:mod-azerbaijan',
    );
    expect(said("Azerbaijan's authorities said the road had reopened.")[0]?.[0]).toBe('actor:azerbaijan');
    expect(said('Armenian officials said the talks would continue.')[0]?.[0]).toBe('actor:armenia');
  });

  it('"the ministry" is the ministry that spoke last', () => {
    const text =
      "Azerbaijan's Defense Ministry said a drone had been shot down. The ministry added that no soldiers were hurt.";
    expect(said(text).map(([speaker]) => speaker)).toEqual(['actor:mod-azerbaijan', 'actor:mod-azerbaijan']);
  });

  it('"the Foreign Ministry" is that of the state in the news', () => {
    expect(
      said(
        'Armenia closed its embassy on Monday. The Foreign Ministry said the ambassador had been summoned.',
      ),
    ).toEqual([['actor:mfa-armenia', 'said the ambassador had been summoned']]);
  });

  it('"he" is the person named just before, "it" the organisation that spoke last', () => {
    expect(
      said('Lavrov met his Georgian counterpart in Moscow. He said the meeting had been constructive.'),
    ).toEqual([['actor:sergei-lavrov', 'said the meeting had been constructive']]);
    expect(
      said('The EU said monitors would stay. It also urged both capitals to keep talking.').map(
        ([speaker]) => speaker,
      ),
    ).toEqual(['actor:european-union', 'actor:european-union']);
  });

  it('a capital stands for its government', () => {
    expect(said('Moscow said it was ready to host the next round.')[0]?.[0]).toBe('actor:russia');
    expect(said('Tbilisi said the crossing would stay open.')[0]?.[0]).toBe('actor:georgia');
  });

  it('an unknown speaker becomes a new actor with a kind guess and the mention as alias', () => {
    const x = extract(
      'Armenian Security Council secretary Armen Grigoryan said the border was calm. The Organization of Turkic States urged calm.',
    );
    expect(x.statements.map((s) => [s.speaker.name, s.speaker.isNew])).toEqual([
      ['Armen Grigoryan', true],
      ['Organization of Turkic States', true],
    ]);
    expect(x.newActors).toEqual([
      expect.objectContaining({
        id: 'actor:armen-grigoryan',
        kind: 'PERSON',
        aliases: ['Armenian Security Council secretary Armen Grigoryan'],
      }),
      expect.objectContaining({
        id: 'actor:organization-of-turkic-states',
        kind: 'ORGANIZATION',
        orgType: 'INTERNATIONAL_ORGANIZATION',
        aliases: [],
      }),
    ]);
  });

  it('an unknown country speaking through its capital becomes a new state', () => {
    const x = extract('Tehran warned that it would not accept any change of borders.');
    expect(x.statements[0]?.speaker).toMatchObject({
      id: 'actor:iran',
      name: 'Iran',
      kind: 'STATE',
      isNew: true,
      mention: 'Tehran',
    });
    expect(x.newActors.map((a) => [a.id, a.kind])).toEqual([['actor:iran', 'STATE']]);
  });
});
