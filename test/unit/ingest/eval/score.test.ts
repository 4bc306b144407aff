import { matchStatements, metrics, spansMatch, tally } from '../../../../src/ingest/eval/score';

const s = (
  speaker: string,
  start: number,
  end: number,
  stance = 'CLAIMS',
  respondsTo: string[] = ['event:a'],
) => ({ speaker, start, end, stance, respondsTo });

describe('scoring against curated statements', () => {
  it('matches spans that overlap by at least half of the shorter', () => {
    expect(spansMatch({ start: 0, end: 100 }, { start: 80, end: 120 })).toBe(true); // 20 of the shorter 40
    expect(spansMatch({ start: 0, end: 100 }, { start: 81, end: 120 })).toBe(false);
    expect(spansMatch({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(false);
  });

  it('matches one to one, best overlap first', () => {
    const gold = [s('a', 0, 50), s('a', 50, 100)];
    const predicted = [s('a', 0, 100)];
    expect(matchStatements(gold, predicted)).toHaveLength(1);
  });

  it('pairs the speakers of a joint statement with their own gold, whatever the order', () => {
    const gold = [s('a', 0, 50), s('b', 0, 50), s('c', 0, 50)];
    const predicted = [s('c', 0, 50), s('b', 0, 50)];
    expect(tally(gold, predicted)).toMatchObject({ matched: 2, speakerCorrect: 2 });
  });

  it('computes precision, recall, F1 and accuracies on matched spans', () => {
    const gold = [s('a', 0, 10), s('b', 20, 30, 'ACCUSES'), s('c', 40, 50)];
    const predicted = [s('a', 0, 10), s('x', 20, 30, 'ACCUSES', ['event:b']), s('d', 60, 70)];
    const t = tally(gold, predicted);
    expect(t).toEqual({
      gold: 3,
      predicted: 3,
      matched: 2,
      speakerCorrect: 1,
      stanceCorrect: 2,
      eventCorrect: 1,
    });
    const m = metrics(t);
    expect(m.f1).toBeCloseTo(2 / 3);
    expect(m.pairF1).toBeCloseTo(1 / 3);
    expect([m.speakerAccuracy, m.stanceAccuracy, m.eventAccuracy]).toEqual([0.5, 1, 0.5]);
  });
});
