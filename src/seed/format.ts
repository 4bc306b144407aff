/** The shapes of the curated seed files, as documented in seed/README.md; the shared vocabulary lives in src/vocabulary. */
import type { ActorEntry, CHANNELS, DATE_PRECISIONS, EventEntry, PlaceEntry, STANCES } from '../vocabulary/terms';

export {
  ACTOR_KINDS,
  CHANNELS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  ORG_TYPES,
  PLACE_KINDS,
  STANCES,
  type ActorEntry,
  type EventEntry,
  type PlaceEntry,
} from '../vocabulary/terms';

export interface ArticleEntry {
  id: string;
  file: string;
  title: string;
  titleFromText: boolean;
  outlet: string | null;
  published: string;
  url: string | null;
}




export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface MentionEntry extends Span {
  event: string;
}

export interface RoleEntry extends Span {
  id: string;
  person: string;
  title: string;
  organization: string | null;
  since: string | null;
  until: string | null;
}

export interface StatementEntry extends Span {
  id: string;
  speaker: string;
  via: string | null;
  direct: boolean;
  date: string | null;
  datePrecision: (typeof DATE_PRECISIONS)[number] | null;
  channel: (typeof CHANNELS)[number];
  stance: (typeof STANCES)[number];
  targets: string[];
  respondsTo: string[];
  repliesTo: string[];
}

export interface ClaimEntry extends Span {
  id: string;
  claimant: string;
  side: string | null;
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  event: string;
  statement: string;
}

export interface ArticleAnnotations {
  file: string;
  article: string;
  mentions: MentionEntry[];
  roles: RoleEntry[];
  statements: StatementEntry[];
  claims: ClaimEntry[];
}

/** Everything in seed/, validated: ready to load. */
export interface SeedData {
  articles: (ArticleEntry & { text: string })[];
  actors: ActorEntry[];
  places: PlaceEntry[];
  events: EventEntry[];
  annotations: ArticleAnnotations[];
}

/** One thing wrong with the seed files: where, which item, and why. */
export interface Problem {
  file: string;
  item: string;
  reason: string;
}
