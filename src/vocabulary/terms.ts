/**
 * The vocabulary of the graph, shared by everything that writes facts into it: the curated seed
 * loader (seed/README.md documents it) and the extractor. Kinds, stances, channels and precisions,
 * and the shapes of the reference nodes (actors, places, events) a statement points at.
 */

import { ActorKind, Channel, DatePrecision, EventKind, PlaceKind, Stance } from '../generated/enums';

// The kinds the API also exposes come from the SDL (codegen); orgType is the seed's own.
export const ACTOR_KINDS = Object.values(ActorKind);
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
export const PLACE_KINDS = Object.values(PlaceKind);
export const EVENT_KINDS = Object.values(EventKind);
export const DATE_PRECISIONS = Object.values(DatePrecision);
export const CHANNELS = Object.values(Channel);
export const STANCES = Object.values(Stance);

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
