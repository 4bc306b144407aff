const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };
/** Words that count one person: "an Azerbaijani soldier was killed", "another wounded". */
const ONE = new Set(['a', 'an', 'another', 'single']);

/** True for a word that can start a count: digits, number words, "a"/"an"/"another", "dozen". */
export function isCountWord(word: string): boolean {
  const w = word.toLowerCase();
  return (
    /^\d[\d,]*$/.test(w) ||
    w in UNITS ||
    w in TENS ||
    ONE.has(w) ||
    w === 'dozen' ||
    /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-/.test(w)
  );
}

/**
 * The number written by `words` ("14", "1,200", "four", "twenty-one", "two hundred", "a dozen",
 * "an"), or null when it is not an exact count ("dozens", "several").
 */
export function parseCount(words: string[]): number | null {
  const parts = words.flatMap((w) => w.toLowerCase().split('-')).filter((w) => w && w !== 'and');
  if (parts.length === 0) return null;
  if (parts.length === 1 && /^\d[\d,]*$/.test(parts[0] as string))
    return Number((parts[0] as string).replace(/,/g, ''));
  if (parts.length === 1 && ONE.has(parts[0] as string)) return 1;
  if (parts[0] === 'a' && parts[1] === 'dozen') return 12;
  let total = 0;
  let current = 0;
  for (const part of parts) {
    if (part in UNITS) current += UNITS[part] as number;
    else if (part in TENS) current += TENS[part] as number;
    else if (part === 'dozen') current = (current || 1) * 12;
    else if (part in SCALES) {
      current = (current || 1) * (SCALES[part] as number);
      if (part !== 'hundred') {
        total += current;
        current = 0;
      }
    } else return null;
  }
  return total + current;
}
