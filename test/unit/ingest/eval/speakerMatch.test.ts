import type { GoldActor } from '../../../../src/ingest/eval/corpus';
import { goldActorFor, nameKey } from '../../../../src/ingest/eval/speakerMatch';

const actor = (
  id: string,
  name: string,
  aliases: string[] = [],
  kind: GoldActor['kind'] = 'PERSON',
): GoldActor => ({
  id,
  name,
  kind,
  aliases,
});
const GOLD = [
  actor('actor:russia', 'Russia', ['Moscow', 'the Kremlin'], 'STATE'),
  actor('actor:oleh-korikov', 'Oleh Korikov', ['Korikov']),
  actor('actor:security-source-burkina-faso', 'Security source (Burkina Faso)'),
  actor('actor:local-lawmaker-in-central-mali', 'Local lawmaker in central Mali'),
];

describe('matching a predicted speaker to a gold actor', () => {
  it('compares names without case, accents, possessives or a leading article', () => {
    expect(nameKey('The Kremlin’s')).toBe('kremlin');
    expect(nameKey('Oleh Korikóv')).toBe('oleh korikov');
  });

  it('by id, then by any name or alias', () => {
    expect(goldActorFor({ id: 'actor:russia', isNew: false, names: ['Russia'] }, GOLD)).toBe('actor:russia');
    expect(goldActorFor({ id: 'actor:x', isNew: true, names: ['Korikov'] }, GOLD)).toBe('actor:oleh-korikov');
    expect(
      goldActorFor({ id: 'actor:ru', isNew: false, names: ['Russian Federation', 'the Kremlin'] }, GOLD),
    ).toBe('actor:russia');
  });

  it("trusts the name before the article's words: a pronoun two gold actors share does not decide", () => {
    const shared = [
      actor('actor:ana-ruiz', 'Ana Ruiz', ['he']),
      actor('actor:leo-vidal', 'Leo Vidal', ['he']),
    ];
    expect(
      goldActorFor({ id: 'actor:vidal', isNew: true, names: ['Vidal', 'Leo Vidal', 'he'] }, shared),
    ).toBe('actor:leo-vidal');
  });

  it('a new described source by its description, never a known actor by a loose description', () => {
    expect(goldActorFor({ id: 'actor:s', isNew: true, names: ['Security source'] }, GOLD)).toBe(
      'actor:security-source-burkina-faso',
    );
    expect(goldActorFor({ id: 'actor:l', isNew: true, names: ['Another local lawmaker'] }, GOLD)).toBe(
      'actor:local-lawmaker-in-central-mali',
    );
    expect(goldActorFor({ id: 'actor:s', isNew: false, names: ['Security source'] }, GOLD)).toBeNull();
    expect(goldActorFor({ id: 'actor:w', isNew: true, names: ['Witness'] }, GOLD)).toBeNull();
  });
});
