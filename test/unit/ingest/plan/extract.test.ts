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
