import type { ActorRow, Provenance } from '../actors/rows';
import type { ConnectionPage } from '../graphql/pagination';
import type { StatementAnchor, StatementParent } from './queries';

export type Stance = 'ACCUSES' | 'CALLS_FOR' | 'DENIES' | 'CONDEMNS' | 'CLAIMS' | 'SUPPORTS' | 'OTHER';

export interface StatementRow {
  label: 'Statement';
  id: string;
  text: string;
  direct: boolean;
  date: string | null;
  datePrecision: 'DAY' | 'MONTH' | 'YEAR' | null;
  stance: Stance;
  channel:
    'STATEMENT' | 'TWEET' | 'PHONE_CALL' | 'PRESS_BRIEFING' | 'SPEECH' | 'INTERVIEW' | 'DECREE' | 'OTHER';
  speakerId: string;
  viaId: string | null;
  articleId: string;
  start: number;
  end: number;
  provenance: Provenance;
  confidence: number;
}

/** What each facet's query returns per value. */
export interface FacetRows {
  stance: { stance: Stance; count: number };
  speakers: { actor: ActorRow; count: number };
  targets: { actor: ActorRow; count: number };
  outlets: { outlet: string; count: number };
  months: { month: string; count: number };
}

/**
 * The set of statements a list's facets count: the filters of `Query.statements` (with the anchor
 * they start from), or a nested list's parent and stance. Facet queries run only when selected.
 */
export type FacetScope =
  | { kind: 'list'; anchor: StatementAnchor; filters: Record<string, unknown> }
  | { kind: 'parent'; parent: StatementParent; parentId: string; stance: Stance | null };

export type StatementPage = ConnectionPage<StatementRow> & { facets: FacetScope };
