import { GraphQLError } from 'graphql';
import { DateScalar } from '../../src/graphql/scalars';
import { isIsoDate } from '../../src/model/dates';

describe('Date scalar', () => {
  it('accepts real calendar days', () => {
    expect(DateScalar.parseValue('2022-08-03')).toBe('2022-08-03');
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it.each(['last tuesday', '2021-02-30', '2022-8-3', '2022-08-03T00:00:00Z', 20220803])(
    'rejects %p as BAD_USER_INPUT saying what is expected',
    (value) => {
      try {
        DateScalar.parseValue(value);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
        expect((error as GraphQLError).message).toMatch(/YYYY-MM-DD/);
      }
    },
  );
});

/** What isIsoDate answered when it went through a RegExp and `Date.UTC`: its answers must not change. */
function isIsoDateThroughDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

describe('isIsoDate read from the characters', () => {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');

  it('answers as the Date-based check did for every month and day of years around each edge', () => {
    const years = [0, 1, 4, 99, 100, 101, 400, 1600, 1899, 1900, 1999, 2000, 2023, 2024, 2100, 9999];
    let accepted = 0;
    for (const year of years)
      for (let month = 0; month <= 13; month++)
        for (let day = 0; day <= 32; day++) {
          const text = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          expect([text, isIsoDate(text)]).toEqual([text, isIsoDateThroughDate(text)]);
          if (isIsoDate(text)) accepted++;
        }
    // 12 full years (4 of them leap) among the 16; years 0000–0099 were always refused.
    expect(accepted).toBe(8 * 365 + 4 * 366);
  });

  it.each([
    '',
    '2022-8-3',
    '2022-08-03T00:00:00Z',
    '2022/08/03',
    '2022-08-0a',
    ' 2022-08-03',
    '+2022-08-0',
    '2022-+8-03',
    '２０２２-08-03',
  ])('refuses %p as the Date-based check did', (text) => {
    expect(isIsoDate(text)).toBe(false);
    expect(isIsoDateThroughDate(text)).toBe(false);
  });
});
