import type { Mention } from './actorIndex';
import { TITLE_WORDS } from './gazetteer';
import { PERSON_ROLES } from './lexicon';
import type { Phrase } from '../candidates/subjects';
import type { Token } from '../text/sentences';

/**
 * Speaker phrases that name an actor without being that actor: a person's office, a state's
 * office-holder, a group installed or backed by a state, a body of an organization. Pure readings
 * of the phrase's tokens; speakers.ts decides what actor each becomes.
 */

/** "Prime Minister Ana Ruiz’s office said": the owner's phrase, when the phrase is "<owner>'s office". */
export function officeOwner(tokens: Token[], p: Phrase): Phrase | null {
  const last = tokens[p.last - 1];
  const possessive = tokens[p.last - 2];
  if (last?.norm !== 'office' || possessive?.norm !== "'s" || p.last - 2 <= p.first) return null;
  return { first: p.first, last: p.last - 2 };
}

/**
 * "Israel's defence minister", "the Kenyan foreign minister": the role a state's office-holder is
 * named by, title-cased ("Defence Minister"), when nothing but role words follow the state.
 */
export function roleAfterState(tokens: Token[], state: Mention, p: Phrase): string | null {
  const after = tokens.slice(state.last, p.last).filter((t) => t.norm !== "'s");
  const last = after[after.length - 1];
  if (!last || after.length > 3 || !PERSON_ROLES.has(last.norm)) return null;
  if (!after.every((t) => ['NOUN', 'ADJ', 'PROPN'].includes(t.pos) && /^[a-z]/i.test(t.text))) return null;
  return after.map((t) => t.text.charAt(0).toUpperCase() + t.text.slice(1).toLowerCase()).join(' ');
}

/** A capitalised word glued to a participle: "UK-based", "Kurdish-led", "Iranian-backed", "Hamas-run". */
const DESCRIPTION = /^\p{Lu}[\p{L}.]*-(\p{Ll}+ed|born|run|held)$/u;

/** How many of a name's first words are such descriptions ("UK-based Syrian Observatory" → 1); never the last word. */
export function descriptionsBefore(words: readonly string[]): number {
  let count = 0;
  while (count < words.length - 1 && DESCRIPTION.test(words[count] as string)) count++;
  return count;
}

/** "the Kurdish-led Syrian Democratic Forces" → "Syrian Democratic Forces": a name without the description before it. */
export function withoutDescription(name: string): string {
  const words = name.split(/\s+/);
  return words.slice(descriptionsBefore(words)).join(' ');
}

/** "Russian-installed officials", "Iran-backed militias", "pro-Russian separatists": not the state itself. */
export function installedBy(tokens: Token[], m: Mention): boolean {
  const hyphen = tokens[m.last];
  const participle = tokens[m.last + 1];
  const glued = hyphen?.text === '-' && hyphen.start === tokens[m.last - 1]?.end;
  if (glued && participle && /ed$/.test(participle.norm)) return true;
  const before = tokens[m.first - 1];
  return before?.text === '-' && ['pro', 'anti'].includes(tokens[m.first - 2]?.norm ?? '');
}

/**
 * "Kenya-based analyst Omar Halabi", "Russian-installed governor Yuri Pavlov", "UK-based Syrian
 * Observatory for Human Rights": a name after the hyphenated description (and a role noun, for a
 * person) is who speaks; the description says where or by whom, it is not part of the name.
 * "Iran-backed Kataib Hezbollah militia" has no role noun before its name: the group is the
 * description's.
 */
export function namedAfterDescription(
  tokens: Token[],
  described: Mention,
  name: { first: number; organization?: boolean },
): boolean {
  const participle = described.last + 1;
  if (name.first <= participle) return false;
  if (name.organization) return true;
  const before = tokens[name.first - 1] as Token;
  return name.first - 1 > participle && (before.pos === 'NOUN' || TITLE_WORDS.has(before.norm));
}

/** "The UN peacekeeping force", "the U.N. mission in Libya": a body of an organization, not the organization. */
export const BODIES =
  /^([a-z-]+ ){0,3}(mission|force|office|agency|commission|peacekeepers|experts|investigators|panel|delegation|embassy|union)( (in|on|for|to|of) .*)?$|^envoy's office\b/;

/** Words that qualify a document without naming who issued it ("a joint statement", "an official statement"). */
export const DOCUMENT_MODIFIERS = new Set(
  'the its his her their joint new official written brief short separate later earlier latest'.split(' '),
);

/** What a count or a document is made of: its author is the one who speaks ("figures from X", "a tally compiled by X"). */
const RECORDS =
  /^(statement|report|communiqu[eé]|release|document|letter|figures|tally|count|estimate|data|toll|version)$/;

/**
 * "figures from the UN staff union", "a tally compiled by the church", "a recent report by the UN office": a
 * phrase that opens with a record (a document or a count) and names its author after "by" or "from" is read
 * from the author.
 */
export function withoutRecord(tokens: Token[], p: Phrase): Phrase {
  let k = p.first;
  while (k < p.last && k < p.first + 5 && ['DET', 'ADJ', 'NUM'].includes(tokens[k]?.pos ?? '')) k++;
  if (!RECORDS.test(tokens[k]?.norm ?? '')) return p;
  k++;
  if (['VERB'].includes(tokens[k]?.pos ?? '') && /ed$/.test(tokens[k]?.norm ?? '')) k++;
  if (!['by', 'from'].includes(tokens[k]?.norm ?? '') || k + 1 >= p.last) return p;
  return { first: k + 1, last: p.last };
}

/** "Moreover he", "» he", "and officials": a connective or stray mark before the speaker is not part of it. */
export function withoutLead(tokens: Token[], p: Phrase): Phrase {
  let first = p.first;
  while (first < p.last - 1 && LEADS.test((tokens[first] as Token).text)) first++;
  return first === p.first ? p : { first, last: p.last };
}

const LEADS = /^(moreover|however|meanwhile|also|furthermore|and|or|but|[«»"“”'‘’])$/i;

/**
 * "during the war the United States and Saudi Arabia", "in a statement Ana Ruiz", "according to a police
 * report": a phrase that opens with a preposition's phrase (where or when, not who) is read from the noun
 * phrase after it; "in Taiz", "especially in the two villages" name no one who speaks (null).
 */
export function withoutOpeningPlace(tokens: Token[], p: Phrase): Phrase | null {
  let k = p.first;
  if (['according', 'citing', 'quoting'].includes(tokens[k]?.norm ?? '')) {
    k += tokens[k]?.norm === 'according' && tokens[k + 1]?.norm === 'to' ? 2 : 1;
    return k < p.last ? { first: k, last: p.last } : null;
  }
  if (tokens[k]?.norm === 'especially' || tokens[k]?.norm === 'also') k++;
  if (!PLACE_PREPOSITIONS.has(tokens[k]?.norm ?? '') || tokens[k]?.pos !== 'ADP') return p;
  k++;
  // The preposition's own noun phrase: a determiner, then its words, up to a second determiner or a
  // name right after a common noun ("in a statement Ana Ruiz").
  if (tokens[k]?.pos === 'DET') k++;
  while (k < p.last) {
    const t = tokens[k] as Token;
    const after = tokens[k - 1] as Token;
    if (t.pos === 'DET' || (t.pos === 'PROPN' && after.pos === 'NOUN')) break;
    if (!['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ', 'PUNCT'].includes(t.pos)) return p;
    k++;
  }
  return k < p.last ? { first: k, last: p.last } : null;
}

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'during',
  'on',
  'near',
  'from',
  'across',
  'inside',
  'outside',
]);
