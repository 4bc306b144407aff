import { findDates } from '../../../../src/ingest/text/dates';
import { extract } from '../knownGraph';

/** Dates found in `text`, as [words, date, precision], resolved against a Thursday, 2023-09-14. */
const dates = (text: string, published = '2023-09-14') =>
  findDates(text, published).map((d) => [text.slice(d.start, d.end), d.date, d.precision]);

describe('dates relative to the publication day', () => {
  it('weekdays: the most recent one, the publication day itself included', () => {
    expect(dates('The shelling began on Tuesday and ended Thursday.')).toEqual([
      ['on Tuesday', '2023-09-12', 'DAY'],
      ['Thursday', '2023-09-14', 'DAY'],
    ]);
    expect(dates('It happened last Thursday.')).toEqual([['last Thursday', '2023-09-07', 'DAY']]);
  });

  it('a month and day without a year: this year, or last year when that would be in the future', () => {
    expect(dates('Talks were held on July 15.')).toEqual([['July 15', '2023-07-15', 'DAY']]);
    expect(dates('Talks were held on Dec. 3.')).toEqual([['Dec. 3', '2022-12-03', 'DAY']]);
    expect(dates('The truce of 9 November 2020 held.')).toEqual([['9 November 2020', '2020-11-09', 'DAY']]);
    expect(dates('The troops left Sept. 2, 2021.')).toEqual([['Sept. 2, 2021', '2021-09-02', 'DAY']]);
  });

  it('months, years and relative periods', () => {
    expect(dates('The war ended in November 2020.')).toEqual([['November 2020', '2020-11-01', 'MONTH']]);
    expect(dates('The road was closed in March.')).toEqual([['in March', '2023-03-01', 'MONTH']]);
    expect(dates('Unlike last year, the border stayed calm since 2021.')).toEqual([
      ['last year', '2022-01-01', 'YEAR'],
      ['since 2021', '2021-01-01', 'YEAR'],
    ]);
    expect(dates('Two days ago, and yesterday too.')).toEqual([
      ['Two days ago', '2023-09-12', 'DAY'],
      ['yesterday', '2023-09-13', 'DAY'],
    ]);
  });

  it('does not take words that only look like months', () => {
    expect(dates('They may meet in Marseille; the decree was signed.')).toEqual([]);
  });

  it('dates a statement by its attribution, not by dates inside the reported words', () => {
    const [statement] = extract('On Tuesday, Lavrov said the convoy had arrived on Sunday.', {
      published: '2023-09-14',
    }).statements;
    expect(statement).toMatchObject({ date: '2023-09-12', datePrecision: 'DAY' });
    const [undated] = extract('Lavrov said the convoy had arrived on Sunday.', {
      published: '2023-09-14',
    }).statements;
    expect(undated).toMatchObject({ date: '2023-09-14', datePrecision: 'DAY' });
  });
});
