import { stanceConfusion } from '../../../../src/ingest/eval/confusion';
import { type GoldForScoring, scoreArticle } from '../../../../src/ingest/eval/scoreArticle';

const gold = (start: number, stance: string): GoldForScoring => ({
  speaker: 'a',
  start,
  end: start + 10,
  stance,
  respondsTo: [],
  construction: 'quote-said',
  restates: null,
});
const predicted = (start: number, stance: string) => ({
  speaker: 'a',
  start,
  end: start + 10,
  stance,
  respondsTo: [],
  confidence: 0.9,
  evidence: { form: 'quote' as const, by: 'name' as const },
  direct: true,
});

describe('stance confusion', () => {
  it('counts gold × predicted over found statements, CLAIMS and OTHER as one neutral class', () => {
    const score = scoreArticle(
      [gold(0, 'ACCUSES'), gold(20, 'CLAIMS'), gold(40, 'ACCUSES'), gold(60, 'DENIES')],
      [predicted(0, 'CLAIMS'), predicted(20, 'OTHER'), predicted(40, 'ACCUSES')],
    );
    const m = stanceConfusion([score]);
    expect(m.get('ACCUSES')?.get('NEUTRAL')).toBe(1);
    expect(m.get('ACCUSES')?.get('ACCUSES')).toBe(1);
    expect(m.get('NEUTRAL')?.get('NEUTRAL')).toBe(1);
    // The missed denial is not in the matrix: it has no predicted stance.
    expect(m.get('DENIES')).toBeUndefined();
  });
});
