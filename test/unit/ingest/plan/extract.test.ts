import { extract } from '../knownGraph';

const TEXT =
  'Clashes erupted near Berd on Wednesday.\n"We will not be provoked," Pashinyan said, accusing Azerbaijani forces of shelling the town.\n';

describe('extractArticle', () => {
  it('is deterministic: the same text gives the same ids, offsets and facts', () => {
    expect(extract(TEXT)).toEqual(extract(TEXT));
  });

  it('gives offsets into the text, speaker name and mention, confidence and provenance-free facts', () => {
    const x = extract(TEXT);
    for (const s of x.statements) expect(TEXT.slice(s.start, s.end)).toBe(s.text);
    expect(
      x.statements.map((s) => ({
        direct: s.direct,
        speaker: s.speaker.name,
        mention: s.speaker.mention,
        stance: s.stance,
      })),
    ).toEqual([
      { direct: true, speaker: 'Nikol Pashinyan', mention: 'Pashinyan', stance: 'CLAIMS' },
      { direct: false, speaker: 'Nikol Pashinyan', mention: 'Pashinyan', stance: 'ACCUSES' },
    ]);
    expect(
      x.statements.every(
        (s) => /^statement:ingest-[0-9a-f]{16}$/.test(s.id) && s.confidence > 0 && s.confidence <= 1,
      ),
    ).toBe(true);
  });

  it('changes statement ids when the text changes', () => {
    const other = extract(TEXT.replace('Wednesday', 'Tuesday'));
    expect(other.statements.map((s) => s.id)).not.toEqual(extract(TEXT).statements.map((s) => s.id));
  });
});

describe('unnamed sources the article describes', () => {
  const SOTK =
    'Shelling hit the village of Sotk on Monday.\nResidents said the shelling lasted until dawn.\n';
  const BERD = 'Fighting resumed near Berd on Friday.\nResidents said the shelling lasted until dawn.\n';
  const speakerOf = (text: string) => extract(text).statements[0]?.speaker;

  it("are each article's own actor, with an id from the article's text", () => {
    const [sotk, berd] = [speakerOf(SOTK), speakerOf(BERD)];
    expect(sotk).toMatchObject({ name: 'Residents', isNew: true });
    expect(berd).toMatchObject({ name: 'Residents', isNew: true });
    expect(sotk?.id).toMatch(/^actor:residents-[0-9a-f]{12}$/);
    expect(berd?.id).not.toBe(sotk?.id);
    expect(speakerOf(SOTK)?.id).toBe(sotk?.id);
  });

  it('are marked described where a named newcomer is not', () => {
    const x = extract(`${SOTK}Karen Petrosyan, the head of the village, said the school was hit.\n`);
    expect(x.newActors.map((a) => [a.name, a.described])).toEqual([
      ['Residents', true],
      ['Karen Petrosyan', false],
    ]);
  });
});

describe('stance in news of conflicts the graph has not seen', () => {
  const stance = (text: string) => extract(text).statements.map((s) => s.stance);

  it('reads an accusation in an act done by a named agent, known or not', () => {
    expect(stance("Azerbaijan's Defense Ministry said the Taliban fired 24 rockets at the city.")).toEqual([
      'ACCUSES',
    ]);
    expect(
      stance(
        "Azerbaijan's Defense Ministry said the blast was caused by an airstrike by the Rapid Support Forces.",
      ),
    ).toEqual(['ACCUSES']);
  });

  it('does not accuse when the named people were the victims, or the speaker cannot say who did it', () => {
    expect(
      stance("Azerbaijan's Defense Ministry said two Kurdish fighters were killed in the raid."),
    ).not.toContain('ACCUSES');
    expect(
      stance('Pashinyan said he could not confirm it was a Turkish drone that killed them.'),
    ).not.toContain('ACCUSES');
  });

  it('reads calls carried by wishes and blame phrased as a duty', () => {
    expect(stance('Pashinyan said officials would like more decisive action from the inspectors.')).toEqual([
      'CALLS_FOR',
    ]);
    expect(
      stance(
        "Azerbaijan's Defense Ministry said the Kyiv regime should bear full responsibility for the flooding.",
      ),
    ).toEqual(['ACCUSES']);
  });

  it('reads condemnation in its words, and denial in "did not launch"', () => {
    expect(stance('Pashinyan said the bombing of the hospital was a war crime.')).toEqual(['CONDEMNS']);
    expect(stance("Azerbaijan's Defense Ministry said it did not launch any attack on the station.")).toEqual(
      ['DENIES'],
    );
  });
});
