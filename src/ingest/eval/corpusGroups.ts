/**
 * The corpus's sub-corpora, named by the hundreds of the article folder's number (test/corpus/README.md):
 * 1xx corpus A, 2xx B, and so on to 9xx I; then 10xx J, 11xx K, 12xx L, 13xx M, 14xx N, 15xx O. A per-corpus row shows whether a change carries across
 * corpora collected apart, not only over the split as a whole.
 */
export function corpusOf(folder: string): string | null {
  const hundreds = /^([1-9]\d?)\d\d-/.exec(folder)?.[1];
  if (!hundreds) return null;
  const letter = String.fromCharCode('A'.charCodeAt(0) + Number(hundreds) - 1);
  return `corpus ${letter} (${hundreds}xx)`;
}

/** The corpus letter alone ("A" for 1xx), or null for folders with no number. */
export function corpusLetter(folder: string): string | null {
  return /corpus (\w)/.exec(corpusOf(folder) ?? '')?.[1] ?? null;
}

/**
 * The in-session check half of the newest dev corpus (corpus O's 1550–1599): measured only in aggregate
 * while a session tunes on the rest, so its misses are never listed by the tools that print them.
 */
export function isCheckHalf(folder: string): boolean {
  return /^15[5-9]\d-/.test(folder);
}

/**
 * The part of the corpus a folder is read as: its corpus letter, or for the corpus split in a session the read
 * half and the check half ("O1", "O2"). Null for folders with no number.
 */
export function partOf(folder: string): string | null {
  const letter = corpusLetter(folder);
  if (letter !== 'O') return letter;
  return isCheckHalf(folder) ? 'O2' : 'O1';
}

/** Items grouped by their folder's corpus, in corpus order; folders with no number are left out. */
export function groupByCorpus<T>(items: T[], folderOf: (item: T) => string): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const name = corpusOf(folderOf(item));
    if (name) groups.set(name, [...(groups.get(name) ?? []), item]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b));
}
