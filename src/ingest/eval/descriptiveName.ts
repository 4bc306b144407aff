const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'us', 'who']);
const LEADING = /^(the|a|an|this|that|these|those|its|his|her|their|our|one|another|some|several|many)\s+/i;

/**
 * True for words that name nobody in particular: a pronoun ("He") or a description in common nouns
 * ("The agency", "a security source"). Any capitalised word after a leading determiner makes it a name
 * ("the Kremlin", "the Israeli military"); a bare capitalised noun ("Officials" opening a sentence) reads
 * as a name too, since case alone cannot tell it from a surname.
 */
export function isDescriptiveName(name: string): boolean {
  const trimmed = name.trim();
  if (PRONOUNS.has(trimmed.toLowerCase())) return true;
  const words = trimmed.replace(LEADING, '').split(/\s+/);
  return !words.some((w) => /^[\p{Lu}\d]/u.test(w));
}
