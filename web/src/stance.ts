import type { Stance } from './gql/graphql';

/** How each stance reads to a journalist, and its colour everywhere (timeline, article, graph). */
export const STANCES: Record<Stance, { label: string; many: string; verb: string; colour: string }> = {
  ACCUSES: { label: 'Accusation', many: 'accusations', verb: 'accuses', colour: '#c62828' },
  CONDEMNS: { label: 'Condemnation', many: 'condemnations', verb: 'condemns', colour: '#e65100' },
  DENIES: { label: 'Denial', many: 'denials', verb: 'denies', colour: '#6a1b9a' },
  CALLS_FOR: { label: 'Call to act', many: 'calls to act', verb: 'urges', colour: '#1565c0' },
  SUPPORTS: { label: 'Support', many: 'statements of support', verb: 'supports', colour: '#2e7d32' },
  CLAIMS: { label: 'Claim of fact', many: 'claims of fact', verb: 'claims', colour: '#8d6e00' },
  OTHER: { label: 'Other remark', many: 'other remarks', verb: 'addresses', colour: '#546e7a' },
};

export const STANCE_ORDER: Stance[] = [
  'ACCUSES',
  'CONDEMNS',
  'DENIES',
  'CALLS_FOR',
  'SUPPORTS',
  'CLAIMS',
  'OTHER',
];
