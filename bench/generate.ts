import { compoundVariants } from '../src/search/lucene';
import { searchableNames } from '../src/vocabulary/names';
import { CHANNELS } from '../src/vocabulary/terms';
import {
  type Random,
  WeightedSampler,
  chance,
  geometric,
  intBetween,
  mulberry32,
  paretoWeight,
  pick,
  shuffle,
  zipf,
} from './random';

/**
 * A deterministic synthetic graph in the project's model (seed/README.md): states, organizations and
 * people; places; events; outlets; articles; statements with their speakers, targets and events;
 * replies; casualty claims; roles. The same seed and size give the same graph, byte for byte.
 *
 * Skew is what makes a benchmark honest: speakers are drawn from a Zipf distribution (the first
 * actor says ~8-13% of everything, most actors say almost nothing), states own actors with a Zipf
 * skew, and events attract responses with a heavy-tailed (Pareto) salience.
 *
 * Reference entities (actors, places, events) are small and built up front; articles and statements
 * are streamed in batches so that a million statements never sit in memory at once.
 */

export type SizeName = 'S' | 'M' | 'L';
export const SIZE_NAMES: readonly SizeName[] = ['S', 'M', 'L'];

export interface SizeSpec {
  name: SizeName;
  statements: number;
  actors: number;
  states: number;
  places: number;
  outlets: number;
  /** One event per this many statements (responses per event stay the same at every size). */
  statementsPerEvent: number;
}

export const SIZES: Record<SizeName, SizeSpec> = {
  S: {
    name: 'S',
    statements: 10_000,
    actors: 500,
    states: 30,
    places: 300,
    outlets: 40,
    statementsPerEvent: 10,
  },
  M: {
    name: 'M',
    statements: 100_000,
    actors: 5_000,
    states: 60,
    places: 3_000,
    outlets: 150,
    statementsPerEvent: 10,
  },
  L: {
    name: 'L',
    statements: 1_000_000,
    actors: 50_000,
    states: 120,
    places: 30_000,
    outlets: 500,
    statementsPerEvent: 10,
  },
};

// ---------------------------------------------------------------------------------------------------
// Rows, as the loader writes them (property names follow src/seed/queries.ts)

export type ActorKind = 'PERSON' | 'ORGANIZATION' | 'STATE';
export type Stance = 'ACCUSES' | 'CALLS_FOR' | 'DENIES' | 'CONDEMNS' | 'CLAIMS' | 'SUPPORTS' | 'OTHER';

export interface OutletRow {
  id: string;
  name: string;
}

export interface ActorRow {
  id: string;
  name: string;
  kind: ActorKind;
  orgType: string | null;
  aliases: string[];
  aliasText: string;
  searchText: string;
  nameKeys: string[];
}

export interface LinkRow {
  id: string;
  to: string;
}

export interface PlaceRow {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  aliasText: string;
  searchText: string;
  nameKeys: string[];
}

export interface EventRow {
  id: string;
  title: string;
  searchText: string;
  kind: string;
  date: string;
  endDate: string | null;
  datePrecision: 'DAY';
  places: string[];
  participants: string[];
}

export interface RoleRow {
  id: string;
  person: string;
  title: string;
  organization: string;
  since: string | null;
  until: string | null;
}

export interface MentionRow {
  event: string;
  start: number;
  end: number;
  text: string;
}

export interface ArticleRow {
  id: string;
  title: string;
  published: string;
  text: string;
  outlet: string;
  mentions: MentionRow[];
}

export interface StatementRow {
  id: string;
  speaker: string;
  article: string;
  text: string;
  searchText: string;
  direct: boolean;
  date: string;
  channel: string;
  stance: Stance;
  confidence: number;
  start: number;
  end: number;
  targets: string[];
  events: string[];
  via: string[];
}

export interface ClaimRow {
  id: string;
  claimant: string;
  side: string;
  event: string;
  statement: string;
  article: string;
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  start: number;
  end: number;
  text: string;
}

/** What each operation asks about, chosen from the generated structure (the same ranks, or for op 4 the same rank shares, at every size). */
export interface Scenario {
  /** Op 2: the most frequent speaker. */
  frequentSpeaker: string;
  frequentSpeakerStatements: number;
  /** Op 5: the state with most member actors, and its rival. */
  accusingState: string;
  accusedState: string;
  /** Op 4: two mid-frequency speakers (at 10 % and 60 % of the speaking order; the second a person of another state). */
  pathFrom: string;
  pathTo: string;
  /** Op 1: a one-year window. */
  dateFrom: string;
  dateTo: string;
  /** Op 3: two words from the statement vocabulary (never used in names, titles or article text). */
  searchText: string;
}

export interface ReferenceData {
  spec: SizeSpec;
  seed: number;
  scenario: Scenario;
  outlets: OutletRow[];
  states: ActorRow[];
  organizations: ActorRow[];
  persons: ActorRow[];
  actorPartOf: LinkRow[];
  places: PlaceRow[];
  placeIn: LinkRow[];
  governs: LinkRow[];
  events: EventRow[];
  eventPartOf: LinkRow[];
  roles: RoleRow[];
}

export type ContentBatch =
  | { kind: 'articles'; rows: ArticleRow[] }
  | { kind: 'statements'; rows: StatementRow[] }
  | { kind: 'replies'; rows: LinkRow[] }
  | { kind: 'claims'; rows: ClaimRow[] };

// ---------------------------------------------------------------------------------------------------
// Vocabulary

const DAY_MS = 86_400_000;
const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2024, 11, 31) / DAY_MS;
const isoDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Names are built from these syllables; statement and article words from other ones. */
// prettier-ignore
const NAME_SYLLABLES = [
  'ar', 'ben', 'dor', 'el', 'fa', 'gor', 'ha', 'is', 'ja', 'kal', 'lev', 'mar', 'nor', 'or', 'pas',
  'rav', 'sar', 'tal', 'ur', 'vag', 'zar', 'ash', 'khan', 'yan', 'ov', 'ian', 'ev', 'dze', 'ko', 'li',
];
// prettier-ignore
const WORD_SYLLABLES = ['ba', 'ke', 'ti', 'lo', 'mu', 'ra', 'se', 'no', 'vi', 'du', 'pe', 'go', 'fi', 'ma'];
// prettier-ignore
const NEWS_SYLLABLES = ['qu', 'wo', 'xe', 'yo', 'zu', 'pla', 'tre', 'gru', 'spo', 'cle'];

/**
 * Real words of political statements, most frequent first (they are drawn with a Zipf skew). The
 * search words of operation 3 sit at ranks 20 and 25, so about 0.4% of statements contain both.
 */
// prettier-ignore
const STATEMENT_WORDS = [
  'the', 'of', 'and', 'to', 'in', 'we', 'our', 'is', 'on', 'for', 'will', 'not', 'this', 'all', 'side',
  'border', 'forces', 'peace', 'must', 'security', 'shelling', 'army', 'talks', 'people', 'region',
  'civilians', 'attack', 'government', 'sovereignty', 'provocation', 'calls', 'violations', 'territory',
  'ministry', 'responsibility', 'negotiations', 'withdrawal', 'humanitarian', 'international', 'agreement',
  'troops', 'positions', 'villages', 'dialogue', 'community', 'aggression', 'escalation', 'restraint',
  'observers', 'mission', 'corridor', 'prisoners', 'return', 'refugees', 'guarantees', 'settlement',
  'integrity', 'commitments', 'statement', 'president', 'partners', 'solution', 'stability', 'crisis',
  'blockade', 'supplies', 'demands', 'rights', 'law', 'court', 'evidence', 'investigation', 'sanctions',
  'pressure', 'support', 'condemn', 'accuse', 'deny', 'reject', 'welcome', 'urge', 'insist', 'warn',
  'threat', 'drones', 'artillery', 'casualties', 'wounded', 'killed', 'captured', 'soldiers', 'residents',
  'infrastructure', 'energy', 'gas', 'roads', 'bridge', 'checkpoint', 'convoy', 'aid', 'food', 'water',
  'medicine', 'hospital', 'schools', 'children', 'families', 'history', 'future', 'generations', 'justice',
  'truth', 'lies', 'propaganda', 'media', 'false', 'claims', 'reports', 'facts', 'verified', 'sources',
  'officials', 'envoy', 'delegation', 'summit', 'meeting', 'capital', 'parliament', 'opposition', 'protest',
  'elections', 'reform', 'economy', 'trade', 'investment', 'cooperation', 'alliance', 'treaty', 'framework',
  'principles', 'charter', 'resolution', 'council', 'union', 'bloc', 'neighbours', 'friends', 'enemies',
  'ceasefire', 'truce', 'lines', 'front', 'offensive', 'defensive', 'mines', 'demining', 'ammunition',
  'weapons', 'arms', 'purchase', 'military', 'exercises', 'readiness', 'mobilisation', 'reserve', 'units',
  'commander', 'headquarters', 'operation', 'zone', 'buffer', 'monitoring', 'patrol', 'incident', 'night',
  'morning', 'yesterday', 'today', 'week', 'month', 'year', 'again', 'never', 'always', 'immediately',
];
export const SEARCH_TEXT = 'shelling civilians';

const STANCES: [Stance, number][] = [
  ['ACCUSES', 0.22],
  ['CALLS_FOR', 0.2],
  ['CONDEMNS', 0.14],
  ['CLAIMS', 0.14],
  ['DENIES', 0.1],
  ['SUPPORTS', 0.1],
  ['OTHER', 0.1],
];
const EVENT_KINDS: [kind: string, title: string, weight: number][] = [
  ['CLASH', 'Clash', 0.4],
  ['MEETING', 'Meeting', 0.14],
  ['PHONE_CALL', 'Phone call', 0.1],
  ['DECREE', 'Decree', 0.08],
  ['PROTEST', 'Protest', 0.1],
  ['AGREEMENT', 'Agreement', 0.05],
  ['CEASEFIRE', 'Ceasefire', 0.05],
  ['CONFLICT', 'Conflict', 0.03],
  ['WAR', 'War', 0.02],
  ['OTHER', 'Incident', 0.03],
];
const ORG_TYPES: [orgType: string, pattern: (state: string, name: string) => string][] = [
  ['MINISTRY', (s, n) => `Ministry of ${n} Affairs of ${s}`],
  ['ARMED_FORCES', (s, n) => `${n} Brigade of the Armed Forces of ${s}`],
  ['GOVERNMENT', (s, n) => `${n} Office of the Government of ${s}`],
  ['INSTITUTION', (s, n) => `${n} Institute of ${s}`],
  ['MEDIA', (s, n) => `${n} Broadcasting of ${s}`],
  ['OTHER', (s, n) => `${n} Party of ${s}`],
];
const ROLE_TITLES = [
  'President',
  'Prime Minister',
  'Minister',
  'Spokesperson',
  'Ambassador',
  'Commander',
  'Deputy',
];
const PLACE_KINDS: [string, number][] = [
  ['CITY', 0.35],
  ['VILLAGE', 0.35],
  ['DISTRICT', 0.15],
  ['BORDER', 0.1],
  ['CORRIDOR', 0.05],
];

function weighted<T>(random: Random, items: readonly [T, ...unknown[]][], weightAt: number): T {
  let target = random();
  for (const item of items) {
    target -= item[weightAt] as number;
    if (target < 0) return item[0];
  }
  return (items[items.length - 1] as [T, ...unknown[]])[0];
}

function word(random: Random, syllables: readonly string[], min: number, max: number): string {
  let out = '';
  const count = intBetween(random, min, max);
  for (let i = 0; i < count; i++) out += pick(random, syllables);
  return out;
}

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** Unique names: a repeat gets a roman-numeral-free numeric suffix. */
class NameBook {
  private readonly used = new Set<string>();
  unique(name: string): string {
    let candidate = name;
    for (let n = 2; this.used.has(candidate); n++) candidate = `${name} ${n}`;
    this.used.add(candidate);
    return candidate;
  }
}

function actorRow(
  id: string,
  name: string,
  kind: ActorKind,
  orgType: string | null,
  aliases: string[],
): ActorRow {
  return { id, name, kind, orgType, aliases, ...searchableNames(name, aliases) };
}

// ---------------------------------------------------------------------------------------------------
// Reference entities

interface ActorInfo {
  id: string;
  name: string;
  kind: ActorKind;
  /** Index of the state it belongs to (a state: itself); null for international organizations. */
  state: number | null;
}

interface EventInfo {
  id: string;
  kind: string;
  title: string;
  day: number;
}

/** Internal state shared by the reference data and the content stream. */
interface World {
  random: Random;
  actors: ActorInfo[];
  /** Actor indexes by speaking rank (rank 0 speaks most). */
  speakingOrder: number[];
  speakerSampler: WeightedSampler;
  stateSampler: WeightedSampler;
  events: EventInfo[];
  eventSampler: WeightedSampler;
  outlets: OutletRow[];
  outletSampler: WeightedSampler;
  wordSampler: WeightedSampler;
  pseudoWords: string[];
  pseudoSampler: WeightedSampler;
  newsWords: string[];
}

export interface Generated {
  reference: ReferenceData;
  /** Articles and statements in batches of about `batchSize` statements, then replies and claims. */
  content: (batchSize: number) => Generator<ContentBatch>;
}

export function generate(spec: SizeSpec, seed = 20240806): Generated {
  const random = mulberry32(seed ^ spec.statements);
  const names = new NameBook();

  // Outlets
  const outlets: OutletRow[] = [];
  for (let i = 0; i < spec.outlets; i++) {
    outlets.push({
      id: `outlet:o${i}`,
      name: names.unique(`${capitalise(word(random, NEWS_SYLLABLES, 2, 3))} News`),
    });
  }

  // States, then organizations and persons that belong to them
  const actors: ActorInfo[] = [];
  const stateRows: ActorRow[] = [];
  const stateNames: string[] = [];
  for (let i = 0; i < spec.states; i++) {
    const short = names.unique(capitalise(word(random, NAME_SYLLABLES, 2, 3)) + 'ia');
    stateNames.push(short);
    const id = `actor:state-${i}`;
    const name = `Republic of ${short}`;
    stateRows.push(actorRow(id, name, 'STATE', null, [short, `${short} government`]));
    actors.push({ id, name, kind: 'STATE', state: i });
  }
  const stateSampler = zipf(spec.states, 1);
  const organizationRows: ActorRow[] = [];
  const personRows: ActorRow[] = [];
  const actorPartOf: LinkRow[] = [];
  const persons: number[] = [];
  const orgsOfState = new Map<number, number[]>();
  const others = spec.actors - spec.states;
  for (let i = 0; i < others; i++) {
    const isOrganization = chance(random, 0.4);
    const international = isOrganization && chance(random, 0.04);
    const state = international ? null : stateSampler.draw(random);
    const stateName = state === null ? '' : (stateNames[state] as string);
    let row: ActorRow;
    if (isOrganization) {
      const id = `actor:org-${i}`;
      if (international) {
        const name = names.unique(
          `${capitalise(word(random, NAME_SYLLABLES, 2, 3))} International Organization`,
        );
        row = actorRow(id, name, 'ORGANIZATION', 'INTERNATIONAL_ORGANIZATION', []);
      } else {
        const [orgType, pattern] = pick(random, ORG_TYPES);
        const name = names.unique(pattern(stateName, capitalise(word(random, NAME_SYLLABLES, 2, 3))));
        row = actorRow(id, name, 'ORGANIZATION', orgType, []);
        const list = orgsOfState.get(state as number) ?? [];
        list.push(actors.length);
        orgsOfState.set(state as number, list);
      }
      organizationRows.push(row);
    } else {
      const id = `actor:person-${i}`;
      const given = capitalise(word(random, NAME_SYLLABLES, 2, 3));
      const family = capitalise(word(random, NAME_SYLLABLES, 2, 4));
      const name = names.unique(`${given} ${family}`);
      row = actorRow(id, name, 'PERSON', null, [family]);
      personRows.push(row);
      persons.push(actors.length);
    }
    if (state !== null) actorPartOf.push({ id: row.id, to: `actor:state-${state}` });
    actors.push({ id: row.id, name: row.name, kind: row.kind, state });
  }

  // Who speaks how often: a random order of all actors, Zipf over that order.
  const speakingOrder = shuffle(
    random,
    actors.map((_, i) => i),
  );
  const speakerSampler = zipf(actors.length, 1);

  // Roles: half of the persons hold one, in an organization of their state or the state itself.
  const roles: RoleRow[] = [];
  for (const p of persons) {
    if (!chance(random, 0.5)) continue;
    const person = actors[p] as ActorInfo;
    const orgs = person.state === null ? [] : (orgsOfState.get(person.state) ?? []);
    const organization =
      orgs.length > 0 && chance(random, 0.7)
        ? (actors[pick(random, orgs)] as ActorInfo).id
        : `actor:state-${person.state ?? 0}`;
    const since = intBetween(random, FIRST_DAY, LAST_DAY - 400);
    roles.push({
      id: `role:r${roles.length}`,
      person: person.id,
      title: pick(random, ROLE_TITLES),
      organization,
      since: isoDay(since),
      until: chance(random, 0.6) ? isoDay(since + intBetween(random, 100, 3000)) : null,
    });
  }

  // Places: one country per state, then regions, then smaller places inside them.
  const places: PlaceRow[] = [];
  const placeIn: LinkRow[] = [];
  const governs: LinkRow[] = [];
  const placeName = () => names.unique(capitalise(word(random, NAME_SYLLABLES, 2, 4)));
  const placeRow = (id: string, name: string, kind: string): PlaceRow => ({
    id,
    name,
    kind,
    aliases: [],
    ...searchableNames(name, []),
  });
  for (let i = 0; i < spec.states; i++) {
    const id = `place:country-${i}`;
    places.push(placeRow(id, stateNames[i] as string, 'COUNTRY'));
    governs.push({ id: `actor:state-${i}`, to: id });
  }
  const regions: string[] = [];
  const regionCount = Math.max(spec.states, Math.round((spec.places - spec.states) * 0.12));
  for (let i = 0; i < regionCount; i++) {
    const id = `place:region-${i}`;
    places.push(placeRow(id, placeName(), 'REGION'));
    placeIn.push({ id, to: `place:country-${stateSampler.draw(random)}` });
    regions.push(id);
  }
  const localPlaces: string[] = [];
  for (let i = places.length; i < spec.places; i++) {
    const id = `place:p${i}`;
    places.push(placeRow(id, placeName(), weighted(random, PLACE_KINDS, 1)));
    placeIn.push({ id, to: pick(random, regions) });
    localPlaces.push(id);
  }
  const localPlaceSampler = zipf(localPlaces.length, 0.8);
  const placeNames = new Map(places.map((p) => [p.id, p.name]));

  // Events, with a heavy-tailed salience that decides how many responses each attracts.
  const eventCount = Math.round(spec.statements / spec.statementsPerEvent);
  const events: EventRow[] = [];
  const eventInfo: EventInfo[] = [];
  const salience = new Float64Array(eventCount);
  const conflicts: number[] = [];
  const eventPartOf: LinkRow[] = [];
  for (let i = 0; i < eventCount; i++) {
    const [kind, kindTitle] = (() => {
      const k = weighted(random, EVENT_KINDS, 2);
      const found = EVENT_KINDS.find(([name]) => name === k) as [string, string, number];
      return [found[0], found[1]] as const;
    })();
    const day = intBetween(random, FIRST_DAY, LAST_DAY);
    const long = kind === 'WAR' || kind === 'CONFLICT';
    const endDay = long
      ? day + intBetween(random, 30, 2000)
      : chance(random, 0.12)
        ? day + intBetween(random, 1, 60)
        : null;
    const place = chance(random, 0.2)
      ? `place:country-${stateSampler.draw(random)}`
      : (localPlaces[localPlaceSampler.draw(random)] ?? 'place:country-0');
    const title = `${kindTitle} in ${placeNames.get(place) ?? 'an unknown place'}`;
    const a = stateSampler.draw(random);
    const participants =
      kind === 'MEETING' || kind === 'PHONE_CALL'
        ? [
            actors[speakingOrder[speakerSampler.draw(random)] as number] as ActorInfo,
            actors[a] as ActorInfo,
          ].map((x) => x.id)
        : [`actor:state-${a}`, `actor:state-${rivalOf(a, spec.states)}`];
    const id = `event:e${i}`;
    events.push({
      id,
      title,
      searchText: compoundVariants(title),
      kind,
      date: isoDay(day),
      endDate: endDay === null ? null : isoDay(endDay),
      datePrecision: 'DAY',
      places: [place],
      participants: [...new Set(participants)],
    });
    eventInfo.push({ id, kind, title, day });
    salience[i] = paretoWeight(random, 1.3, 50);
    if (long) conflicts.push(i);
    else if (kind === 'CLASH' && conflicts.length > 0 && chance(random, 0.3)) {
      eventPartOf.push({ id, to: (eventInfo[pick(random, conflicts)] as EventInfo).id });
    }
  }

  const pseudoWords = Array.from({ length: 4000 }, () => word(random, WORD_SYLLABLES, 2, 4));
  const newsWords = Array.from({ length: 1500 }, () => word(random, NEWS_SYLLABLES, 2, 3));

  const world: World = {
    random,
    actors,
    speakingOrder,
    speakerSampler,
    stateSampler,
    events: eventInfo,
    eventSampler: new WeightedSampler(salience),
    outlets,
    outletSampler: zipf(outlets.length, 1),
    wordSampler: zipf(STATEMENT_WORDS.length, 1),
    pseudoWords,
    pseudoSampler: zipf(pseudoWords.length, 1),
    newsWords,
  };

  const scenario = chooseScenario(spec, world);
  return {
    reference: {
      spec,
      seed,
      scenario,
      outlets,
      states: stateRows,
      organizations: organizationRows,
      persons: personRows,
      actorPartOf,
      places,
      placeIn,
      governs,
      events,
      eventPartOf,
      roles,
    },
    content: (batchSize) => content(spec, world, batchSize),
  };
}

/** Op 4's ends: the speakers at these shares of the speaking order. */
const PATH_FROM_SHARE = 0.1;
const PATH_TO_SHARE = 0.6;

function chooseScenario(spec: SizeSpec, world: World): Scenario {
  const { actors, speakingOrder, speakerSampler } = world;
  const at = (rank: number) => actors[speakingOrder[rank] as number] as ActorInfo;
  // Op 4's ends at the same rank share at every size (10 % and 60 % of the speakers: ranks 50 and 300 at
  // S), so their neighbourhoods stay the same size as the graph grows; until 2026-12-01 they were ranks
  // 50 and 300 at every size, which at L made the start a heavy speaker (5,423 relationships).
  const from = at(Math.min(Math.floor(actors.length * PATH_FROM_SHARE), actors.length - 1));
  let toRank = Math.min(Math.floor(actors.length * PATH_TO_SHARE), actors.length - 1);
  while (toRank < actors.length - 1 && (at(toRank).state === from.state || at(toRank).kind !== 'PERSON'))
    toRank++;
  return {
    frequentSpeaker: at(0).id,
    frequentSpeakerStatements: Math.round(speakerSampler.share(0) * spec.statements),
    accusingState: 'actor:state-0',
    accusedState: 'actor:state-1',
    pathFrom: from.id,
    pathTo: at(toRank).id,
    dateFrom: '2023-01-01',
    dateTo: '2023-12-31',
    searchText: SEARCH_TEXT,
  };
}

// ---------------------------------------------------------------------------------------------------
// Content: articles and their statements, streamed

const rivalOf = (state: number, states: number): number => ((state ^ 1) < states ? state ^ 1 : 0);

function sentence(world: World, words: number): string {
  const { random } = world;
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    parts.push(
      chance(random, 0.65)
        ? (STATEMENT_WORDS[world.wordSampler.draw(random)] as string)
        : (world.pseudoWords[world.pseudoSampler.draw(random)] as string),
    );
  }
  return `${capitalise(parts.join(' '))}.`;
}

function* content(spec: SizeSpec, world: World, batchSize: number): Generator<ContentBatch> {
  const { random, actors, speakingOrder, speakerSampler, stateSampler, events, eventSampler } = world;
  const replies: LinkRow[] = [];
  const claims: ClaimRow[] = [];
  const recent: string[] = [];
  let statementCount = 0;
  let articleCount = 0;
  let articles: ArticleRow[] = [];
  let statements: StatementRow[] = [];

  const speaker = () => actors[speakingOrder[speakerSampler.draw(random)] as number] as ActorInfo;
  const targetsOf = (who: ActorInfo): string[] => {
    const count = 1 + geometric(random, 0.35, 3);
    const out = new Set<string>();
    for (let i = 0; i < count; i++) {
      const roll = random();
      if (roll < 0.35 && who.state !== null) out.add(`actor:state-${rivalOf(who.state, spec.states)}`);
      else if (roll < 0.6) out.add(`actor:state-${stateSampler.draw(random)}`);
      else out.add(speaker().id);
    }
    out.delete(who.id);
    if (out.size === 0) out.add(`actor:state-${stateSampler.draw(random)}`);
    return [...out];
  };

  while (statementCount < spec.statements) {
    const articleId = `article:a${articleCount++}`;
    const main = chance(random, 0.92) ? (events[eventSampler.draw(random)] as EventInfo) : null;
    const publishedDay = main
      ? main.day + geometric(random, 0.6, 10)
      : intBetween(random, FIRST_DAY, LAST_DAY);
    const outlet = world.outlets[world.outletSampler.draw(random)] as OutletRow;
    const first = speaker();
    const title = main ? `${first.name} on the ${main.title}` : `${first.name} speaks`;
    const lead = Array.from(
      { length: intBetween(random, 15, 30) },
      () => world.newsWords[Math.floor(random() * world.newsWords.length)],
    ).join(' ');
    const text = `${title}. ${capitalise(lead)}.`;
    const mentions: MentionRow[] = main ? [{ event: main.id, start: 0, end: title.length, text: title }] : [];
    articles.push({
      id: articleId,
      title,
      published: isoDay(publishedDay),
      text,
      outlet: outlet.id,
      mentions,
    });

    const count = Math.min(1 + geometric(random, 0.67, 9), spec.statements - statementCount);
    for (let k = 0; k < count; k++) {
      const who = k === 0 ? first : speaker();
      const id = `statement:s${statementCount++}`;
      const eventIds: string[] = [];
      if (main && chance(random, 0.9)) eventIds.push(main.id);
      if (chance(random, 0.06)) {
        const other = events[eventSampler.draw(random)] as EventInfo;
        if (!eventIds.includes(other.id)) eventIds.push(other.id);
      }
      const stance = weighted(random, STANCES, 1);
      const body = sentence(world, intBetween(random, 8, 22));
      const start = intBetween(random, 0, Math.max(0, text.length - 10));
      const via = who.kind !== 'PERSON' && chance(random, 0.05) ? [speaker().id] : [];
      statements.push({
        id,
        speaker: who.id,
        article: articleId,
        text: body,
        searchText: compoundVariants(body),
        direct: chance(random, 0.5),
        date: isoDay(publishedDay - (chance(random, 0.3) ? 1 : 0)),
        channel: pick(random, CHANNELS),
        stance,
        confidence: Math.round((0.6 + random() * 0.4) * 100) / 100,
        start,
        end: Math.min(text.length, start + 10),
        targets: targetsOf(who),
        events: eventIds,
        via: via.filter((v) => v !== who.id),
      });
      if (recent.length > 0 && chance(random, 0.03)) replies.push({ id, to: pick(random, recent) });
      recent.push(id);
      if (recent.length > 5000) recent.shift();
      const claimEvent = main && eventIds.includes(main.id) ? main : null;
      if (
        stance === 'CLAIMS' &&
        claimEvent &&
        (claimEvent.kind === 'CLASH' || claimEvent.kind === 'WAR' || claimEvent.kind === 'CONFLICT') &&
        chance(random, 0.6)
      ) {
        const side = who.state === null ? stateSampler.draw(random) : rivalOf(who.state, spec.states);
        claims.push({
          id: `claim:c${claims.length}`,
          claimant: who.id,
          side: `actor:state-${side}`,
          event: claimEvent.id,
          statement: id,
          article: articleId,
          killed: chance(random, 0.8) ? geometric(random, 0.8, 200) : null,
          wounded: chance(random, 0.6) ? geometric(random, 0.85, 400) : null,
          captured: chance(random, 0.2) ? geometric(random, 0.5, 20) : null,
          start,
          end: Math.min(text.length, start + 10),
          text: text.slice(start, Math.min(text.length, start + 10)),
        });
      }
    }
    if (statements.length >= batchSize) {
      yield { kind: 'articles', rows: articles };
      yield { kind: 'statements', rows: statements };
      articles = [];
      statements = [];
    }
  }
  if (statements.length > 0 || articles.length > 0) {
    yield { kind: 'articles', rows: articles };
    yield { kind: 'statements', rows: statements };
  }
  for (let i = 0; i < replies.length; i += batchSize)
    yield { kind: 'replies', rows: replies.slice(i, i + batchSize) };
  for (let i = 0; i < claims.length; i += batchSize)
    yield { kind: 'claims', rows: claims.slice(i, i + batchSize) };
}
