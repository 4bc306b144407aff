import type { Provenance } from '../actors/rows';
import type { ConnectionPage } from '../graphql/pagination';

export type EventKind =
  | 'CLASH'
  | 'WAR'
  | 'CONFLICT'
  | 'CEASEFIRE'
  | 'AGREEMENT'
  | 'MEETING'
  | 'PHONE_CALL'
  | 'DECREE'
  | 'PROTEST'
  | 'OTHER';

export interface EventRow {
  label: 'Event';
  id: string;
  title: string;
  kind: EventKind;
  date: string | null;
  endDate: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  provenance: Provenance;
}

export interface ClaimRow {
  id: string;
  claimantId: string;
  sideId: string | null;
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  eventId: string;
  statementId: string;
}

export type EventPage = ConnectionPage<EventRow>;

export type ClaimPage = ConnectionPage<ClaimRow>;
