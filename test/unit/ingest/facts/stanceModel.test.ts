import { stanceText } from '../../../../src/ingest/facts/stanceModel/context';
import { stanceFeatures, stems } from '../../../../src/ingest/facts/stanceModel/features';
import { classify, fitLogistic, probabilities } from '../../../../src/ingest/facts/stanceModel/logistic';
import { combined } from '../../../../src/ingest/eval/stanceCv/cv';
import { analyse } from '../../../../src/ingest/text/sentences';

const CLASSES = ['ACCUSES', 'DENIES', 'NEUTRAL'] as const;
const example = (span: string, label: string) => ({
  features: stanceFeatures({ before: 'The council ', span, after: '.' }),
  label,
});
const TRAINING = [
  example('accused the rebels of shelling the bridge', 'ACCUSES'),
  example('accused the militia of burning the granary', 'ACCUSES'),
  example('blamed the rebels for the blast at the depot', 'ACCUSES'),
  example('denied that its patrol fired on the bridge', 'DENIES'),
  example('denied any role in the blast at the depot', 'DENIES'),
  example('rejected the claims as baseless', 'DENIES'),
  example('said the bridge would reopen next week', 'NEUTRAL'),
  example('said the depot held grain for three villages', 'NEUTRAL'),
  example('said talks would resume on Monday', 'NEUTRAL'),
];

describe('the stance classifier', () => {
  it('reads one stem for the forms of a word, and names each feature by where it comes from', () => {
    expect(stems('Accused accuses accusing')).toEqual(['accus', 'accus', 'accus']);
    const f = stanceFeatures({
      before: '“',
      span: 'They did not fire on the Ferry Road',
      after: ',” Mira Tolk said.',
    });
    expect(f).toEqual(
      expect.arrayContaining(['bias', 'w:fire', 'b:not_fire', 'h:they', 'r:mira', 'quoted', 'negated']),
    );
    expect(f).toContain('names:2');
    // The rules' patterns, by name: a denial's words, a call's.
    expect(stanceFeatures({ before: '', span: 'rejected the reports as baseless', after: '' })).toContain(
      'cue:denial',
    );
    expect(stanceFeatures({ before: '', span: 'urged both sides to show restraint', after: '' })).toContain(
      'cue:call',
    );
  });

  it('takes the span and the rest of its sentence on either side from the article', () => {
    const text = 'Rain fell. The mayor accused the guild of hoarding bread, officials said. Nothing else.';
    const start = text.indexOf('accused');
    const end = text.indexOf(', officials');
    expect(stanceText(analyse(text), start, end)).toEqual({
      before: 'The mayor ',
      span: 'accused the guild of hoarding bread',
      after: ', officials said.',
    });
  });

  it('learns invented stances from their words, the same weights on every run', () => {
    const model = fitLogistic(TRAINING, { classes: CLASSES, seed: 7, l2: 0.1, minCount: 1 });
    expect(fitLogistic(TRAINING, { classes: CLASSES, seed: 7, l2: 0.1, minCount: 1 })).toEqual(model);
    const read = (span: string) => classify(model, example(span, '').features).label;
    expect(read('accused the guild of hoarding bread')).toBe('ACCUSES');
    expect(read('denied hoarding any bread')).toBe('DENIES');
    expect(read('said the market would open at noon')).toBe('NEUTRAL');
    const p = probabilities(model, ['an unseen feature']);
    expect(p.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
  });

  it('drops features seen fewer times than asked', () => {
    const model = fitLogistic(TRAINING, { classes: CLASSES, minCount: 3 });
    expect(model.weights['w:granary']).toBeUndefined();
    expect(model.weights['h:said']).toBeDefined();
  });

  it('lets the classifier overrule the rules only when confident, and only a neutral verdict when so told', () => {
    const sure = { label: 'ACCUSES', p: 0.9 };
    expect(combined('neutral-only', 'NEUTRAL', sure, 0.8)).toBe('ACCUSES');
    expect(combined('neutral-only', 'DENIES', sure, 0.8)).toBe('DENIES');
    expect(combined('any', 'DENIES', sure, 0.8)).toBe('ACCUSES');
    expect(combined('any', 'DENIES', sure, 0.95)).toBe('DENIES');
    // Only the two confusions: neutral read as an accusation, and the reverse.
    expect(combined('accuse-confusion', 'NEUTRAL', sure, 0.8)).toBe('ACCUSES');
    expect(combined('accuse-confusion', 'ACCUSES', { label: 'NEUTRAL', p: 0.9 }, 0.8)).toBe('NEUTRAL');
    expect(combined('accuse-confusion', 'DENIES', sure, 0.8)).toBe('DENIES');
    expect(combined('accuse-confusion', 'NEUTRAL', { label: 'CALLS_FOR', p: 0.9 }, 0.8)).toBe('NEUTRAL');
  });
});
