import type { IndexedActor, Mention } from './actorIndex';
import { TITLE_WORDS } from './gazetteer';
import { isCapitalised } from '../text/nameTrie';
import type { TextAnalysis, Token } from '../text/sentences';
import { type Phrase, inCompound } from '../candidates/subjects';
import { pluralPossessive } from './phrases';
import { singularIndividual } from './lexicon';

/** How speaker phrases name people and organisations the graph does not know, and the titles it gives known ones. */

/** Capitalised words that describe an organ, not name one ("the Foreign Ministry", "the Army"). */
const GENERIC = new Set(
  (
    'ministry army government forces military authorities affairs office presidency ' +
    'parliament police officials statement side republic kingdom'
  ).split(' '),
);
const NAME_CONNECTORS = new Set([
  'of',
  'for',
  'the',
  'and',
  'on',
  'de',
  'del',
  'al',
  'el',
  'bin',
  'ibn',
  'van',
  'von',
  'da',
  'dos',
]);
const NOT_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april ' +
    'may june july august september october november december the a an in on at ' +
    'several some many other another both all one two three four five'
  ).split(' '),
);

/**
 * A run of capitalised words that names no known actor ("Foreign Minister Ararat Mirzoyan" →
 * "Ararat Mirzoyan", "the International Committee of the Red Cross"), after the last known name.
 */
export function unknownName(
  doc: TextAnalysis,
  p: Phrase,
  heads: Mention[],
  inside: Mention[],
): { name: string; surname: string; first: number; organization?: boolean } | null {
  const { tokens, text } = doc;
  const { namelike, connector } = nameTests(doc, p.last, inside);
  // The last run of capitalised words is the name; earlier ones are titles ("Security Council secretary").
  let first = -1;
  let last = -1;
  let inRun = false;
  for (let k = heads.length ? (heads[heads.length - 1] as Mention).last : p.first; k < p.last; k++) {
    const hyphen = (tokens[k] as Token).text === '-' && inCompound(tokens, k);
    if (namelike(k) || (inRun && (hyphen || connector(k)))) {
      if (!inRun) first = k;
      inRun = true;
      if (namelike(k)) last = k + 1;
    } else inRun = false;
  }
  if (first < 0 || adjectiveBeforeNoun(tokens, first, last)) return null;
  // "Witness Ana Ruiz said": a described individual capitalised before a name is not part of it.
  if (last - first >= 3 && describesIndividual(tokens[first] as Token)) first++;
  first = afterInstitution(tokens, withPlaceInside(tokens, first, inside, namelike), last);
  // "Secretary of State Antony Blinken", "Minister of Health Firass Abiad": the word after a title's
  // "of"/"for" completes the title, when a name follows it.
  const lead = tokens[first - 1];
  const title = tokens[first - 2];
  if (
    last - first >= 2 &&
    lead &&
    title &&
    ['of', 'for'].includes(lead.norm) &&
    TITLE_WORDS.has(title.norm) &&
    namelike(first + 1)
  )
    first++;
  const organization = organizationAround(doc, p, first, last, inside, namelike);
  if (organization)
    return {
      name: text.slice(
        (tokens[organization.first] as Token).start,
        (tokens[organization.last - 1] as Token).end,
      ),
      surname: (tokens[organization.last - 1] as Token).text,
      first: organization.first,
      organization: true,
    };
  return {
    name: text.slice((tokens[first] as Token).start, (tokens[last - 1] as Token).end),
    surname: (tokens[last - 1] as Token).text,
    first,
  };
}

/** "Witness", "Resident": a singular described individual (not "Local", which opens bodies' names). */
function describesIndividual(t: Token): boolean {
  return t.norm !== 'local' && singularIndividual(t.norm);
}

/** Capitalised nouns that head an organization's name ("the German Consulate General in Erbil"). */
const ORGANIZATION_HEADS = new Set(
  (
    'ministry consulate embassy council committee commission agency office mission police forces army ' +
    'court parliament assembly party front movement directorate bureau department service command ' +
    'authority corps guard guards brigade brigades union institute observatory coalition alliance ' +
    'federation tribunal secretariat'
  ).split(' '),
);

/** Words inside an organization's name before a capitalised complement ("Embassy of the United States in Sarajevo"). */
const ORGANIZATION_CONNECTORS = new Set([...NAME_CONNECTORS, 'in']);

/**
 * The organization a name run belongs to: a capitalised head noun with the capitalised words before
 * it and its complements after it ("the Palestinian Health Ministry", "the German Consulate General
 * in Erbil", "India's Ministry of External Affairs", "Police in Khyber in the province of …"), when
 * the run is inside that name or in a prepositional phrase after it. Not a state's organ named only
 * by its function ("the Foreign Ministry"), and not a person named after an organization without a
 * preposition ("Security Service Artem Dekhtyarenko").
 */
function organizationAround(
  doc: TextAnalysis,
  p: Phrase,
  runFirst: number,
  runLast: number,
  inside: Mention[],
  namelike: (k: number) => boolean,
): { first: number; last: number } | null {
  const { tokens } = doc;
  const capitalised = (k: number) =>
    k >= p.first &&
    k < p.last &&
    isCapitalised((tokens[k] as Token).text) &&
    !NOT_NAMES.has((tokens[k] as Token).norm);
  const head = tokens.findIndex(
    (t, k) => k >= p.first && k < p.last && capitalised(k) && ORGANIZATION_HEADS.has(t.norm),
  );
  if (head < 0) return null;
  let first = head;
  while (capitalised(first - 1)) first--;
  let last = head + 1;
  // "Consulate General", "Consulate-General", "Secretariat-General".
  const hyphen = tokens[last]?.text === '-' ? 1 : 0;
  if (tokens[last + hyphen]?.norm === 'general' && capitalised(last + hyphen)) last += hyphen + 1;
  for (;;) {
    let j = last;
    while (j < p.last && ORGANIZATION_CONNECTORS.has((tokens[j] as Token).norm)) j++;
    if (j > last && capitalised(j)) {
      last = j;
      // "US Department of Defence Spokesperson Philip Ventura": a title after the name starts a person's.
      while (capitalised(last) && !TITLE_WORDS.has((tokens[last] as Token).norm)) last++;
    } else break;
  }
  const within = runFirst >= first && runLast <= last;
  let before = runFirst - 1;
  while (before >= last && (tokens[before] as Token).pos === 'DET') before--;
  const afterPreposition = runFirst >= last && (tokens[before] as Token | undefined)?.pos === 'ADP';
  if (!within && !afterPreposition) return null;
  // A word that names: not the head, a title or a function word, and either a name of its own or
  // a known name in a complement after the head ("Embassy of the United States").
  const covered = (k: number) => inside.some((m) => k >= m.first && k < m.last);
  const naming = tokens
    .slice(first, last)
    .some(
      (t, i) =>
        !ORGANIZATION_HEADS.has(t.norm) &&
        (namelike(first + i) || (first + i > head && covered(first + i) && capitalised(first + i))),
    );
  return naming ? { first, last } : null;
}

/**
 * "International rights groups", "Civilian leaders": one capitalised word shaped like an adjective
 * before a common noun describes the noun; it names no one.
 */
export function adjectiveBeforeNoun(tokens: Token[], first: number, last: number): boolean {
  const word = tokens[first];
  const next = tokens[last];
  return (
    last - first === 1 &&
    !!word &&
    /(ian|ish|ese|al|ern|ic)$/.test(word.norm) &&
    next?.pos === 'NOUN' &&
    /^[a-z]/.test(next.text)
  );
}

/** A mention after "of", "with", "at" … inside the phrase describes the speaker, it is not the speaker. */
export function inPrepositionalPhrase(tokens: Token[], m: Mention, p: Phrase): boolean {
  let k = m.first - 1;
  while (k >= p.first && ['DET', 'ADJ', 'PART'].includes((tokens[k] as Token).pos)) k--;
  return k >= p.first && (tokens[k] as Token).pos === 'ADP';
}

/** Titles the article gives people ("Prime Minister Nikol Pashinyan"), so "the prime minister" can be resolved. */
export function titledPersons(doc: TextAnalysis, mentions: Mention[]): Map<string, IndexedActor> {
  const titles = new Map<string, IndexedActor>();
  for (const m of mentions) {
    if (m.actor.kind !== 'PERSON') continue;
    const words: string[] = [];
    for (let k = m.first - 1; k >= 0 && TITLE_WORDS.has((doc.tokens[k] as Token).norm); k--)
      words.unshift((doc.tokens[k] as Token).norm);
    for (let n = 1; n <= words.length; n++) titles.set(words.slice(-n).join(' '), m.actor);
  }
  return titles;
}

/** Whether token k can be part of a name (before `end`, outside known mentions), and name-internal connectors. */
function nameTests(
  doc: TextAnalysis,
  end: number,
  known: Mention[],
): { namelike: (k: number) => boolean; connector: (k: number) => boolean } {
  const { tokens } = doc;
  const covered = (k: number) => known.some((m) => k >= m.first && k < m.last);
  // "Myanmar Now", "Russia Today": a capitalised word glued to a country's name makes a name with it.
  const afterPlace = (k: number) =>
    known.some((m) => m.last === k && m.actor.kind === 'STATE' && m.how !== 'demonym') &&
    !['AUX', 'VERB', 'ADP', 'PUNCT'].includes(tokens[k]?.pos ?? '');
  const namelike = (k: number) => {
    const t = tokens[k];
    return (
      !!t &&
      k < end &&
      !covered(k) &&
      (['PROPN', 'NOUN', 'X', 'VERB'].includes(t.pos) || afterPlace(k)) &&
      isCapitalised(t.text) &&
      // "Speaking to reporters, …": a sentence's first word is capitalised whatever it is.
      !(t.pos === 'VERB' && tokens[k - 1]?.sentence !== t.sentence) &&
      !TITLE_WORDS.has(t.norm) &&
      !NOT_NAMES.has(t.norm) &&
      !GENERIC.has(t.norm)
    );
  };
  /** "of", "for", "the" inside a name, when a capitalised word follows ("Committee of the Red Cross"). */
  const connector = (k: number) => {
    let j = k;
    // "Muqtada al-Sadr", "Abdel Fattah el-Burhan": a particle glued to the name by a hyphen.
    const glued = (i: number) =>
      ((tokens[i] as Token).text === '-' && i > k && inCompound(tokens, i)) || pluralPossessive(tokens, i);
    while (j < end && (NAME_CONNECTORS.has((tokens[j] as Token).norm) || glued(j))) j++;
    return j > k && namelike(j);
  };
  return { namelike, connector };
}

/** Words that end an organization's name: "Ukraine's Security Service Artem Dekhtyarenko" names a person after it. */
const INSTITUTION_WORDS =
  /^(ministry|service|council|committee|commission|agency|office|forces|army|police|command|directorate|bureau|department|mission|court|parliament|assembly|party|front|movement)$/;

/** The start of a person's name inside a run that begins with an organization's ("Security Service Artem Dekhtyarenko"). */
function afterInstitution(tokens: Token[], first: number, last: number): number {
  // "the Free Valley Front News Agency": a run that ends with an organization's head noun is one name.
  if (ORGANIZATION_HEADS.has((tokens[last - 1] as Token).norm)) return first;
  for (let k = last - 3; k >= first; k--)
    if (INSTITUTION_WORDS.test((tokens[k] as Token).norm) && /^[A-Z]/.test(tokens[k + 1]?.text ?? ''))
      return k + 1;
  return first;
}

/**
 * The first run of capitalised words from token `from` (before `end`) that no known mention covers:
 * a name the graph does not know, as `unknownName` reads one.
 */
export function nameRun(
  doc: TextAnalysis,
  from: number,
  end: number,
  known: Mention[],
): { first: number; last: number } | null {
  const { tokens } = doc;
  const { namelike, connector } = nameTests(doc, end, known);
  for (let k = from; k < end; k++) {
    if (!namelike(k)) continue;
    let last = k + 1;
    for (let j = k + 1; j < end; j++) {
      const hyphen = (tokens[j] as Token).text === '-' && inCompound(tokens, j);
      if (namelike(j)) last = j + 1;
      else if (!hyphen && !connector(j)) break;
    }
    // "Secretary of State Antony Blinken": the word after a title's "of" completes the title.
    const title = tokens[k - 2];
    const first =
      last - k >= 3 &&
      title &&
      ['of', 'for'].includes(tokens[k - 1]?.norm ?? '') &&
      TITLE_WORDS.has(title.norm)
        ? k + 1
        : k;
    return { first: afterInstitution(tokens, first, last), last };
  }
  return null;
}

/**
 * A place the graph knows inside an organization's name: "Baghdad Operations Command", "the Central
 * Committee of Sudan Doctors". The name starts before the place when the place is glued to it.
 */
function withPlaceInside(
  tokens: Token[],
  first: number,
  inside: Mention[],
  namelike: (k: number) => boolean,
): number {
  const place = inside.find((m) => m.last === first && isCapitalised((tokens[m.first] as Token).text));
  if (!place) return first;
  const before = tokens[place.first - 1];
  if (!before || !['of', 'for'].includes(before.norm)) return place.first;
  let k = place.first - 2;
  if (tokens[k]?.norm === 'the') k--;
  if (!namelike(k)) return first;
  while (k > 0 && namelike(k - 1)) k--;
  return k;
}
