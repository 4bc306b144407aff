/**
 * The vocabulary of the graph, shared by everything that writes facts into it: the curated seed
 * loader (seed/README.md documents it) and the extractor. Kinds, stances, channels and precisions,
 * and the shapes of the reference nodes (actors, places, events) a statement points at.
 */

export const ACTOR_KINDS = ['PERSON', 'ORGANIZATION', 'STATE'] as const;
export const ORG_TYPES = [
  'GOVERNMENT',
  'MINISTRY',
  'ARMED_FORCES',
  'PEACEKEEPERS',
  'INTERNATIONAL_ORGANIZATION',
  'BLOC',
  'INSTITUTION',
  'MEDIA',
  'OTHER',
] as const;
export const PLACE_KINDS = [
  'COUNTRY',
  'REGION',
  'DISTRICT',
  'CITY',
  'VILLAGE',
  'CORRIDOR',
  'BORDER',
  'OTHER',
] as const;
export const EVENT_KINDS = [
  'CLASH',
  'WAR',
  'CONFLICT',
  'CEASEFIRE',
  'AGREEMENT',
  'MEETING',
  'PHONE_CALL',
  'DECREE',
  'PROTEST',
  'OTHER',
] as const;
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export const CHANNELS = [
  'STATEMENT',
  'TWEET',
  'PHONE_CALL',
  'PRESS_BRIEFING',
  'SPEECH',
  'INTERVIEW',
  'DECREE',
  'OTHER',
] as const;
export const STANCES = ['ACCUSES', 'CALLS_FOR', 'DENIES', 'CONDEMNS', 'CLAIMS', 'SUPPORTS', 'OTHER'] as const;

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
