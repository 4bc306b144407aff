import { VariableMemo } from '../../../src/graphql/variableMemo';

/** A memo over `compute`, counting the runs and the times the variables were worked out. */
function counted<T>(compute: (v: Record<string, unknown>) => T) {
  const memo = new VariableMemo<T>();
  const counts = { runs: 0, coercions: 0 };
  const value = (variables: Record<string, unknown>) =>
    memo.value(
      () => {
        counts.coercions++;
        return variables;
      },
      (read) => {
        counts.runs++;
        return compute(read);
      },
    );
  return { value, counts };
}

describe('VariableMemo', () => {
  it('runs once, and stops working the variables out, when the result reads none of them', () => {
    const { value, counts } = counted(() => 42);
    expect([value({ id: 'a' }), value({ id: 'b' }), value({})]).toEqual([42, 42, 42]);
    expect(counts).toEqual({ runs: 1, coercions: 1 });
  });

  it('is keyed by the values read, not by the others', () => {
    const { value, counts } = counted((v) => (v.first as number) * 2);
    expect(value({ first: 5, id: 'a' })).toBe(10);
    expect(value({ first: 5, id: 'b' })).toBe(10);
    expect(counts.runs).toBe(1);
    expect(value({ first: 7, id: 'a' })).toBe(14);
    expect(value({ id: 'a' })).toBeNaN();
    expect(counts.runs).toBe(3);
  });

  it('stays right when which variables are read depends on a value', () => {
    const { value } = counted((v) => (v.skip ? 1 : 1 + (v.first as number)));
    const cases: [Record<string, unknown>, number][] = [
      [{ skip: true, first: 3 }, 1],
      [{ skip: false, first: 3 }, 4],
      [{ skip: true, first: 9 }, 1],
      [{ skip: false, first: 9 }, 10],
      [{ skip: false, first: 3 }, 4],
      [{ skip: true }, 1],
    ];
    for (const [variables, expected] of cases) expect(value(variables)).toBe(expected);
  });

  it('tells an absent variable from a null one', () => {
    const { value } = counted((v) => ('first' in v ? `has ${String(v.first)}` : 'absent'));
    expect(value({ first: null })).toBe('has null');
    expect(value({})).toBe('absent');
    expect(value({ first: null })).toBe('has null');
  });

  it('turns itself off for a function that lists the variables', () => {
    const { value, counts } = counted((v) => Object.keys(v).length);
    expect([value({ a: 1 }), value({ a: 1, b: 2 }), value({ a: 1 })]).toEqual([1, 2, 1]);
    expect(counts.runs).toBe(3);
  });

  it('keeps at most 32 values, computing the rest every time', () => {
    const { value, counts } = counted((v) => v.n as number);
    for (let n = 0; n < 40; n++) expect(value({ n })).toBe(n);
    for (let n = 0; n < 40; n++) expect(value({ n })).toBe(n);
    expect(counts.runs).toBe(40 + 8);
  });
});
