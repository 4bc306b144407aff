/** The shapes of the curated seed files, as documented in seed/README.md. */

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'STATE'] as const;
export const ORG_TYPES = [
  'GOVERNMENT', 'MINISTRY', 'ARMED_FORCES', 'PEACEKEEPERS', 'INTERNATIONAL_ORGANIZATION', 'BLOC', 'INSTITUTION', 'MEDIA', 'OTHER',
] as const;
export const PLACE_KINDS = ['COUNTRY', 'REGION', 'DISTRICT', 'CITY', 'VILLAGE', 'CORRIDOR', 'BORDER', 'OTHER'] as const;
export const EVENT_KINDS = [
  'CLASH', 'WAR', 'CONFLICT', 'CEASEFIRE', 'AGREEMENT', 'MEETING', 'PHONE_CALL', 'DECREE', 'PROTEST', 'OTHER',
] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export const CHANNELS = ['STATEMENT', 'TWEET', 'PHONE_CALL', 'PRESS_BRIEFING', 'SPEECH', 'INTERVIEW', 'DECREE', 'OTHER'] as const;
export const STANCES = ['ACCUSES', 'CALLS_FOR', 'DENIES', 'CONDEMNS', 'CLAIMS', 'SUPPORTS', 'OTHER'] as const;

export interface ArticleEntry {
  id: string;
  file: string;
  title: string;
  titleFromText: boolean;
  outlet: string | null;
  published: string;
  url: string | null;
}

export interface ActorEntry {
  id: string;
  name: string;
  kind: (typeof ACTOR_KINDS)[number];
  orgType: (typeof ORG_TYPES)[number] | null;
  aliases: string[];
  partOf: string | null;
}

export interface PlaceEntry {
  id: string;
  name: string;
  kind: (typeof PLACE_KINDS)[number];
  aliases: string[];
  in: string | null;
  state: string | null;
}

export interface EventEntry {
  id: string;
  title: string;
  kind: (typeof EVENT_KINDS)[number];
  date: string | null;
  endDate: string | null;
  datePrecision: (typeof DATE_PRECISIONS)[number] | null;
  places: string[];
  participants: string[];
  partOf: string[];
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
