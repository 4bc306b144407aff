import type { DatePrecision } from './gql/graphql';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "3 August 2022", "August 2022" or "2022", as precisely as the date is known; "date unknown" without one. */
export function readableDate(date: string | null | undefined, precision?: DatePrecision | null): string {
  if (!date) return 'date unknown';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  if (precision === 'YEAR') return String(year);
  const monthName = MONTHS[Number(month) - 1] ?? month;
  if (precision === 'MONTH') return `${monthName} ${year}`;
  return `${Number(day)} ${monthName} ${year}`;
}

/** "3–5 August 2022" style ranges are overkill here: "3 August 2022 to 5 August 2022". */
export function readableRange(
  date: string | null | undefined,
  endDate: string | null | undefined,
  precision?: DatePrecision | null,
): string {
  const first = readableDate(date, precision);
  return endDate && endDate !== date ? `${first} to ${readableDate(endDate, precision)}` : first;
}

export function yearOf(date: string | null | undefined): string {
  return date ? date.slice(0, 4) : 'Date unknown';
}

/** "PHONE_CALL" → "phone call". */
export function plain(enumValue: string): string {
  return enumValue.toLowerCase().replace(/_/g, ' ');
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
