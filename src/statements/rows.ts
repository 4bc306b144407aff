import type { Provenance } from '../actors/rows';
import type { ConnectionPage } from '../graphql/pagination';

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

export type StatementPage = ConnectionPage<StatementRow>;
