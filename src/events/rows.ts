import type { ActorRow, Provenance } from '../actors/rows';
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

/** The claims about one side's losses, as `claimsBySide` returns them. */
export interface SideClaimsRow {
  side: ActorRow | null;
  claimCount: number;
  claimants: ActorRow[];
  killed: FigureSpreadRow | null;
  wounded: FigureSpreadRow | null;
  captured: FigureSpreadRow | null;
}

export interface FigureSpreadRow {
  lowest: number;
  highest: number;
  claims: number;
}

/** A page of claims; `bySide` runs only if selected, over the whole filtered set. */
export type ClaimPage = ConnectionPage<ClaimRow> & { bySide: () => Promise<SideClaimsRow[]> };
