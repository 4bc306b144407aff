import type { DatePrecision } from '../types';
import { parseCount } from './numbers';

/** A date expression in the text, resolved against the publication day. */
export interface FoundDate {
  start: number;
  end: number;
  date: string;
  precision: DatePrecision;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A month name, whole or abbreviated, not the start of a longer word ("Mar" in "Marseille"). */
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?)(?![a-z])';

type Resolver = (m: RegExpExecArray, published: Date) => { date: Date; precision: DatePrecision } | null;

/** Most specific first: a later pattern never overrides text an earlier one matched. */
const PATTERNS: [RegExp, Resolver][] = [
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    (m, p) => monthDay(p, m[1], m[2], m[3]),
  ],
  [
    new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}(?:,?\\s+(\\d{4})\\b)?`, 'g'),
    (m, p) => monthDay(p, m[2], m[1], m[3]),
  ],
  [
    new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'g'),
    (m) => ({ date: utc(Number(m[2]), month(m[1]), 1), precision: 'MONTH' }),
  ],
  [
    new RegExp(`\\b(?:in|since|during|by|of|early|late|mid-)\\s*${MONTH}(?!\\s*\\d)`, 'g'),
    (m, p) => recentMonth(p, month(m[1])),
  ],
  [
    /\b(?:(last|this|on)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g,
    (m, p) => weekday(p, m[2] as string, m[1] === 'last'),
  ],
  [
    /\b(yesterday|today|tonight)\b/gi,
    (m, p) => ({ date: addDays(p, m[1]?.toLowerCase() === 'yesterday' ? -1 : 0), precision: 'DAY' }),
  ],
  [
    /\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten) days? ago\b/gi,
    (m, p) => ({
      date: addDays(p, -(parseCount([m[1] as string]) ?? 0)),
      precision: 'DAY',
    }),
  ],
  [
    /\b(last|this|earlier this) (year|month)\b/gi,
    (m, p) => relativePeriod(p, (m[1] as string).toLowerCase(), (m[2] as string).toLowerCase()),
  ],
  [
    /\b(?:in|since|during|of|by)\s+(1[89]\d\d|20\d\d)\b/g,
    (m) => ({ date: utc(Number(m[1]), 1, 1), precision: 'YEAR' }),
  ],
];

/** Every date expression in text[from, to), resolved against `published` (YYYY-MM-DD). */
export function findDates(text: string, published: string, from = 0, to = text.length): FoundDate[] {
  const slice = text.slice(from, to);
  const day = new Date(`${published}T00:00:00Z`);
  const found: FoundDate[] = [];
  for (const [pattern, resolve] of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const start = from + m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && f.end > start)) continue;
      const resolved = resolve(m, day);
      if (resolved && !Number.isNaN(resolved.date.getTime()))
        found.push({ start, end, date: iso(resolved.date), precision: resolved.precision });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export const iso = (d: Date): string => d.toISOString().slice(0, 10);
export const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * 86_400_000);
export const shiftIso = (day: string, n: number): string => iso(addDays(new Date(`${day}T00:00:00Z`), n));
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
const month = (name: string | undefined) => MONTHS[(name ?? '').toLowerCase().replace('.', '')] ?? 0;

/** "July 15" without a year: the most recent July 15 (a report a few days ahead of its date is allowed for). */
function monthDay(
  published: Date,
  monthName: string | undefined,
  dayText: string | undefined,
  yearText: string | undefined,
) {
  const [m, d] = [month(monthName), Number(dayText)];
  if (!m || d < 1 || d > 31) return null;
  if (yearText) return { date: utc(Number(yearText), m, d), precision: 'DAY' as const };
  const year = published.getUTCFullYear();
  const sameYear = utc(year, m, d);
  return {
    date: sameYear.getTime() > addDays(published, 7).getTime() ? utc(year - 1, m, d) : sameYear,
    precision: 'DAY' as const,
  };
}

function recentMonth(published: Date, m: number) {
  if (!m) return null;
  const year = published.getUTCFullYear();
  return {
    date: m > published.getUTCMonth() + 1 ? utc(year - 1, m, 1) : utc(year, m, 1),
    precision: 'MONTH' as const,
  };
}

/** "Wednesday" in a Thursday article is the day before; "Thursday" is the day itself; "last Thursday" a week before. */
function weekday(published: Date, name: string, last: boolean) {
  const target = WEEKDAYS.indexOf(name.toLowerCase());
  let back = (published.getUTCDay() - target + 7) % 7;
  if (last && back === 0) back = 7;
  return { date: addDays(published, -back), precision: 'DAY' as const };
}

function relativePeriod(published: Date, which: string, unit: string) {
  const year = published.getUTCFullYear();
  const m = published.getUTCMonth() + 1;
  if (unit === 'year')
    return { date: utc(which === 'last' ? year - 1 : year, 1, 1), precision: 'YEAR' as const };
  if (which === 'last')
    return { date: m === 1 ? utc(year - 1, 12, 1) : utc(year, m - 1, 1), precision: 'MONTH' as const };
  return { date: utc(year, m, 1), precision: 'MONTH' as const };
}
