import { calibratedConfidence } from '../../../../src/ingest/plan/confidence';
import { fitCalibration, outOfFold } from '../../../../src/ingest/eval/calibrate';
import type { Evidence } from '../../../../src/ingest/types';

const point = (form: Evidence['form'], by: Evidence['by'], right: boolean) => ({
  confidence: 0.5,
  right,
  p: { evidence: { form, by }, direct: form === 'quote' },
});

describe('calibrated confidence', () => {
  const counts = fitCalibration([
    ...Array.from({ length: 40 }, (_, i) => point('quote', 'name', i < 36)),
    ...Array.from({ length: 20 }, (_, i) => point('paraphrase', 'pronoun', i < 10)),
    point('trailing', 'new', false),
  ]);

  it('is the share right on the dev corpus for that kind of evidence, when there are many cases', () => {
    expect(calibratedConfidence({ form: 'quote', by: 'name' }, 0.9, counts)).toBeCloseTo(0.9, 1);
    expect(calibratedConfidence({ form: 'paraphrase', by: 'pronoun' }, 0.7, counts)).toBeCloseTo(0.53, 1);
  });

  it('stays near the prior when the dev corpus has few cases, and is the prior for unseen evidence', () => {
    const rare = calibratedConfidence({ form: 'trailing', by: 'new' }, 0.6, counts);
    expect(rare).toBeGreaterThan(0.3);
    expect(rare).toBeLessThan(0.6);
    expect(calibratedConfidence({ form: 'according-to', by: 'organ' }, 0.77, counts)).toBe(0.77);
  });
});

describe('out-of-fold calibration', () => {
  it('gives each group the confidence a fit on the other groups gives it', () => {
    // Quotes by name are right in the first two articles and wrong in the third: scored by the
    // other two, the third looks sure, the first two less so.
    const article = (right: boolean) => Array.from({ length: 10 }, () => point('quote', 'name', right));
    const scored = outOfFold([article(true), article(true), article(false)]);
    const first = scored[0]?.confidence ?? 0;
    const third = scored[20]?.confidence ?? 0;
    expect(third).toBeGreaterThan(0.8);
    expect(first).toBeLessThan(third);
  });
});
