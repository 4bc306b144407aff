import { createHash } from 'node:crypto';

/**
 * Ids of extracted facts derive from the article text's hash and the fact's offsets, so ingesting
 * the same text again yields the same ids (and MERGE finds them) however often it runs.
 */
export const textHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

const derived = (kind: string, hash: string, ...parts: (string | number)[]) =>
  `${kind}:ingest-${createHash('sha256')
    .update([hash, ...parts].join(':'))
    .digest('hex')
    .slice(0, 16)}`;

export const articleId = (hash: string): string => `article:ingest-${hash.slice(0, 16)}`;
export const statementId = (hash: string, start: number, end: number): string =>
  derived('statement', hash, start, end);
/** The same words given to a second speaker of a joint attribution. */
export const coSpeakerStatementId = (hash: string, start: number, end: number, speaker: string): string =>
  derived('statement', hash, start, end, speaker);
/** An unnamed source the article describes ("actor:residents") is the article's own: its id carries the text's hash. */
export const describedActorId = (hash: string, id: string): string => `${id}-${hash.slice(0, 12)}`;
export const claimId = (hash: string, start: number, end: number): string =>
  derived('claim', hash, start, end);
