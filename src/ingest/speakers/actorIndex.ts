import type { ActorEntry } from '../../vocabulary/terms';
import { slug } from '../../vocabulary/names';
import { type OrganKey, TITLE_WORDS, countries, organOf } from './gazetteer';
import { NameTrie } from '../text/nameTrie';
import { type Token, normWord, phraseWords } from '../text/sentences';
import type { ActorKind, OrgType } from '../types';

export interface IndexedActor {
  id: string;
  name: string;
  kind: ActorKind;
  orgType: OrgType | null;
  partOf: string | null;
  /** A country the gazetteer knows but the graph does not: it becomes a new actor when someone speaks for it. */
  isNew: boolean;
  organ: OrganKey | null;
}

/** How a mention matched: by a name or alias, a person's surname, or a state's demonym or capital. */
export type MatchKind = 'alias' | 'surname' | 'demonym' | 'capital';

export interface Mention {
  actor: IndexedActor;
  how: MatchKind;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

const PRIORITY: Record<MatchKind, number> = { alias: 0, surname: 1, capital: 2, demonym: 3 };

/** Every name the extractor can resolve, matched over tokens by longest match. */
export class ActorIndex {
  private readonly names = new NameTrie<{ actor: IndexedActor; how: MatchKind }>();
  private readonly byId = new Map<string, IndexedActor>();
  private readonly byName = new Map<string, IndexedActor>();
  private readonly persons: IndexedActor[] = [];

  constructor(actors: ActorEntry[]) {
    for (const a of actors) {
      const actor: IndexedActor = {
        id: a.id,
        name: a.name,
        kind: a.kind,
        orgType: a.orgType,
        partOf: a.partOf,
        isNew: false,
        organ: a.kind === 'ORGANIZATION' ? organOf([a.name, ...a.aliases].map(normWord).join(' | ')) : null,
      };
      this.byId.set(a.id, actor);
      for (const name of [a.name, ...a.aliases]) {
        this.add(name, actor, 'alias');
        // "UN" is also written "U.N.", "EU" "E.U.".
        if (/^[A-Z]{2,4}$/.test(name)) this.add(name.replace(/([A-Z])/g, '$1.'), actor, 'alias');
      }
      if (a.kind === 'PERSON') this.persons.push(actor);
    }
    this.addSurnames();
    this.addCountries(actors);
  }

  get(id: string): IndexedActor | undefined {
    return this.byId.get(id);
  }

  /** The actor with exactly this name or alias (compared as tokens, so apostrophes and case do not matter). */
  named(name: string): IndexedActor | undefined {
    return this.byName.get(phraseWords(name).join(' '));
  }

  /** The state an actor belongs to (itself for a state), following partOf; null for unaffiliated actors. */
  sideOf(id: string): string | null {
    const seen = new Set<string>();
    for (
      let actor = this.byId.get(id);
      actor && !seen.has(actor.id);
      actor = actor.partOf ? this.byId.get(actor.partOf) : undefined
    ) {
      seen.add(actor.id);
      if (actor.kind === 'STATE') return actor.id;
    }
    return null;
  }

  /** The organ of a state ("mfa" of Armenia → the Armenian foreign ministry); `state` is the state itself. */
  organ(stateId: string, key: OrganKey): IndexedActor | undefined {
    if (key === 'state') return this.byId.get(stateId);
    return [...this.byId.values()].find(
      (a) => a.organ === key && a.id !== stateId && this.sideOf(a.id) === stateId,
    );
  }

  /** Known mentions within tokens [from, to), longest first, left to right, never overlapping. */
  mentions(tokens: Token[], from = 0, to = tokens.length): Mention[] {
    const all = this.names
      .matches(tokens, from, to)
      .map((m) => ({ ...m, actor: m.value.actor, how: m.value.how }));
    const named = new Set(
      all.flatMap((m) => Array.from({ length: m.last - m.first }, (_, i) => m.first + i)),
    );
    return all.filter(
      (m) =>
        m.actor.kind !== 'PERSON' ||
        m.last - m.first !== 1 ||
        named.has(m.first - 1) ||
        !otherFirstName(tokens, m),
    );
  }

  /**
   * A person whose name is spelt differently ("Pashinian" for Pashinyan, "Aliev" for Aliyev): same
   * first letter and a small edit distance after folding common transliteration differences. When
   * the text gives a first name too, it must be the known person's ("Karen Vardanyan" is not "Aram
   * Vardanyan").
   */
  fuzzyPersonNamed(name: string, surname: string): IndexedActor | undefined {
    const found = this.fuzzyPerson(surname);
    const given = name
      .split(/\s+/)
      .slice(0, -1)
      .filter((w) => /^[A-Z][a-z]/.test(w));
    if (!found || given.length === 0) return found;
    const known = found.name.split(/\s+/).slice(0, -1).map(skeleton);
    return given.some((g) => known.includes(skeleton(g))) ? found : undefined;
  }

  /**
   * A person whose name is spelt differently ("Pashinian" for Pashinyan, "Aliev" for Aliyev): same
   * first letter and a small edit distance after folding common transliteration differences.
   */
  fuzzyPerson(word: string): IndexedActor | undefined {
    const key = skeleton(word);
    if (key.length < 5) return undefined;
    const limit = key.length >= 8 ? 2 : 1;
    const hits = this.persons.filter((p) =>
      p.name.split(/\s+/).some((part) => {
        const other = skeleton(part);
        return other.length >= 4 && other[0] === key[0] && editDistance(key, other) <= limit;
      }),
    );
    return hits.length === 1 ? hits[0] : undefined;
  }

  private add(phrase: string, actor: IndexedActor, how: MatchKind): void {
    this.names.add(phrase, { actor, how }, PRIORITY[how]);
    if (how === 'alias') this.byName.set(phraseWords(phrase).join(' '), actor);
  }

  /** A person's last name alone names them, unless two known people share it. */
  private addSurnames(): void {
    const counts = new Map<string, number>();
    const surname = (p: IndexedActor) => p.name.trim().split(/\s+/).pop() ?? '';
    for (const p of this.persons) counts.set(surname(p), (counts.get(surname(p)) ?? 0) + 1);
    for (const p of this.persons)
      if (p.name.includes(' ') && counts.get(surname(p)) === 1) this.add(surname(p), p, 'surname');
  }

  /** Demonyms and capitals of known states; gazetteer countries the graph lacks become candidate new states. */
  private addCountries(actors: ActorEntry[]): void {
    for (const country of countries()) {
      const known = actors.find(
        (a) =>
          a.kind === 'STATE' &&
          [country.name, ...(country.aliases ?? [])].some((n) => a.name === n || a.aliases.includes(n)),
      );
      const actor = known
        ? (this.byId.get(known.id) as IndexedActor)
        : {
            id: `actor:${slug(country.name)}`,
            name: country.name,
            kind: 'STATE' as const,
            orgType: null,
            partOf: null,
            isNew: true,
            organ: null,
          };
      if (!known) this.add(country.name, actor, 'alias');
      for (const alias of country.aliases ?? []) this.add(alias, actor, 'alias');
      for (const capital of country.capitals) this.add(capital, actor, 'capital');
      for (const demonym of country.demonyms) this.add(demonym, actor, 'demonym');
    }
  }
}

function skeleton(word: string): string {
  return normWord(word)
    .replace(/[^a-z]/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] as number;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] as number;
      row[j] = Math.min(above + 1, (row[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return row[b.length] as number;
}

/** The mentions wholly inside tokens [first, last), from a list in text order: a binary search. */
export function mentionsWithin(mentions: Mention[], first: number, last: number): Mention[] {
  let [low, high] = [0, mentions.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as Mention).first < first) low = mid + 1;
    else high = mid;
  }
  const found: Mention[] = [];
  for (let i = low; i < mentions.length && (mentions[i] as Mention).first < last; i++) {
    if ((mentions[i] as Mention).last <= last) found.push(mentions[i] as Mention);
  }
  return found;
}

/** The last mention that starts before token `before`, scanning back from there. */
export function lastMentionBefore(
  mentions: Mention[],
  before: number,
  wanted: (m: Mention) => boolean,
): Mention | undefined {
  let [low, high] = [0, mentions.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((mentions[mid] as Mention).first < before) low = mid + 1;
    else high = mid;
  }
  for (let i = low - 1; i >= 0; i--) if (wanted(mentions[i] as Mention)) return mentions[i];
  return undefined;
}

/** "Karen Vardanyan": a surname right after a capitalised given name that is not the known person's. */
function otherFirstName(tokens: Token[], m: Mention & { actor: IndexedActor }): boolean {
  const before = tokens[m.first - 1];
  if (!before || !/^[A-Z][a-z]+$/.test(before.text) || before.pos !== 'PROPN') return false;
  if (TITLE_WORDS.has(before.norm) || NOT_GIVEN_NAMES.has(before.norm)) return false;
  return !m.actor.name
    .split(/\s+/)
    .slice(0, -1)
    .some((w) => normWord(w) === before.norm);
}

const NOT_GIVEN_NAMES = new Set(
  (
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
    'august september october november december on in at by as but and when while after before said says mr mrs ms dr'
  ).split(' '),
);
