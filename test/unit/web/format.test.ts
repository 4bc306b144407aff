import { readableDate, readableRange } from '../../../web/src/format';
import { idFromParam, pagePath, spanFromHash, spanPath } from '../../../web/src/ids';
import { sideOf } from '../../../web/src/sides';

describe('dates a journalist reads', () => {
  it('writes a date as precisely as it is known', () => {
    expect(readableDate('2022-08-03')).toBe('3 August 2022');
    expect(readableDate('2022-08-01', 'MONTH')).toBe('August 2022');
    expect(readableDate('1988-01-01', 'YEAR')).toBe('1988');
    expect(readableDate(null)).toBe('date unknown');
    expect(readableRange('2020-09-27', '2020-11-10')).toBe('27 September 2020 to 10 November 2020');
  });
});

describe('addresses', () => {
  it('drops the kind from ids and puts it back', () => {
    expect(pagePath('actor', 'actor:charles-michel')).toBe('/actors/charles-michel');
    expect(idFromParam('actor', 'charles-michel')).toBe('actor:charles-michel');
    expect(idFromParam('article', 'article:ingest-1a2b')).toBe('article:ingest-1a2b');
  });

  it('links a statement to its span and reads the span back', () => {
    const path = spanPath({ article: { id: 'article:upi-2022-08-04' }, start: 10, end: 42 });
    expect(path).toBe('/articles/upi-2022-08-04#10-42');
    expect(spanFromHash('#10-42')).toEqual({ start: 10, end: 42 });
    expect(spanFromHash('#42-10')).toBeNull();
    expect(spanFromHash('#start')).toBeNull();
  });
});

describe('sides (responses are grouped by whom the speaker speaks for)', () => {
  const azerbaijan = { id: 'actor:azerbaijan', name: 'Azerbaijan' };
  it('follows part-of up to the state, and a person through the organisation of a role', () => {
    const ministry = { id: 'actor:mfa-az', name: 'Ministry', partOf: azerbaijan };
    expect(sideOf(ministry)).toEqual(azerbaijan);
    expect(
      sideOf({ id: 'actor:bayramov', name: 'Jeyhun Bayramov', roles: [{ organization: ministry }] }),
    ).toEqual(azerbaijan);
    expect(sideOf(azerbaijan)).toEqual(azerbaijan);
  });
});
