import type { Graph } from '../../db/graph';
import { compoundVariants } from '../../search/lucene';
import { STANCES } from '../../vocabulary/terms';
import type { Stance } from '../types';
import type { Run } from '../write/write';
import * as Q from './queries';

export type CorrectionAction = 'CONFIRM' | 'CORRECT' | 'REJECT';

/** What an analyst says about one extracted statement. Fields left null stay as extracted. */
export interface Correction {
  statementId: string;
  action: CorrectionAction;
  speakerId?: string | null;
  stance?: Stance | null;
  targetIds?: string[] | null;
  start?: number | null;
  end?: number | null;
  note?: string | null;
}

export interface CorrectionResult {
  statementId: string;
  action: CorrectionAction;
  provenance: 'CURATED' | 'EXTRACTED';
  rejected: boolean;
  text: string;
  start: number;
  end: number;
  stance: Stance;
  speakerId: string | null;
  targetIds: string[];
}

/** A correction that cannot be applied; the message says why and is safe to show. */
export class CorrectionError extends Error {
  override readonly name = 'CorrectionError';
  constructor(
    message: string,
    readonly argument: string,
  ) {
    super(message);
  }
}

const MAX_NOTE = 2000;

/** Checks what needs no database: the action's fields, the stance, the note. */
export function checkCorrection(c: Correction): void {
  const changes = [c.speakerId, c.stance, c.targetIds, c.start, c.end].some(
    (v) => v !== null && v !== undefined,
  );
  if (c.action !== 'CORRECT' && changes)
    throw new CorrectionError(`${c.action} takes no corrected fields; use CORRECT to change them.`, 'action');
  if (c.action === 'CORRECT' && !changes)
    throw new CorrectionError(
      'CORRECT needs at least one of speakerId, stance, targetIds, or start and end.',
      'action',
    );
  if (c.stance && !STANCES.includes(c.stance))
    throw new CorrectionError(`Unknown stance ${c.stance}.`, 'stance');
  if (((c.start ?? null) === null) !== ((c.end ?? null) === null))
    throw new CorrectionError(
      'A corrected span needs both start and end.',
      c.start == null ? 'start' : 'end',
    );
  if (c.note && c.note.length > MAX_NOTE)
    throw new CorrectionError(`The note is ${c.note.length} characters; at most ${MAX_NOTE}.`, 'note');
}

/**
 * Applies one correction in one write transaction. Only statements the extractor wrote (or that
 * an analyst already corrected) can be corrected: the seed's curated statements are edited in seed/.
 */
export function correctStatement(graph: Graph, c: Correction): Promise<CorrectionResult> {
  checkCorrection(c);
  return graph.inWriteTransaction((run) => applyCorrection(run, c));
}

export async function applyCorrection(run: Run, c: Correction): Promise<CorrectionResult> {
  const [found] = await run(Q.STATEMENT_TO_CORRECT, { id: c.statementId });
  if (!found)
    throw new CorrectionError(`No statement ${JSON.stringify(c.statementId.slice(0, 200))}.`, 'statementId');
  if (found.provenance === 'CURATED' && found.curation === null)
    throw new CorrectionError(
      `${c.statementId} is curated in seed/, not extracted: correct it in the seed files.`,
      'statementId',
    );
  if (found.rejected)
    throw new CorrectionError(`${c.statementId} was rejected; it can no longer be changed.`, 'statementId');

  if (c.action === 'REJECT') {
    await run(Q.REJECT_STATEMENT, { id: c.statementId, note: c.note ?? null });
  } else {
    const wanted = [...new Set([...(c.speakerId ? [c.speakerId] : []), ...(c.targetIds ?? [])])];
    const existing = new Set((await run(Q.EXISTING_ACTORS, { ids: wanted })).map((r) => r.id));
    const unknown = wanted.filter((id) => !existing.has(id));
    if (unknown.length > 0)
      throw new CorrectionError(
        `No actor ${unknown
          .slice(0, 5)
          .map((id) => JSON.stringify(id.slice(0, 200)))
          .join(', ')}.`,
        c.speakerId && unknown.includes(c.speakerId) ? 'speakerId' : 'targetIds',
      );
    await run(Q.CURATE_STATEMENT, {
      id: c.statementId,
      curation: c.action === 'CONFIRM' ? 'CONFIRMED' : 'CORRECTED',
      note: c.note ?? null,
      stance: c.stance ?? null,
      speaker: c.speakerId ?? null,
      targets: c.targetIds ?? null,
      span: spanOf(c, found.articleText),
    });
  }
  const [after] = await run(Q.CORRECTED_STATEMENT, { id: c.statementId });
  if (!after) throw new Error(`${c.statementId} vanished while being corrected`);
  return {
    statementId: after.id,
    action: c.action,
    provenance: after.provenance === 'EXTRACTED' ? 'EXTRACTED' : 'CURATED',
    rejected: c.action === 'REJECT',
    text: after.text,
    start: after.start,
    end: after.end,
    stance: after.stance as Stance,
    speakerId: after.speakerId,
    targetIds: [...after.targetIds].sort(),
  };
}

function spanOf(c: Correction, articleText: string) {
  if (c.start === null || c.start === undefined || c.end === null || c.end === undefined) return null;
  if (
    !Number.isInteger(c.start) ||
    !Number.isInteger(c.end) ||
    c.start < 0 ||
    c.end <= c.start ||
    c.end > articleText.length
  )
    throw new CorrectionError(
      `The span ${c.start}..${c.end} is not inside the article (0..${articleText.length}, start < end).`,
      'start',
    );
  const text = articleText.slice(c.start, c.end);
  if (text.trim().length === 0)
    throw new CorrectionError('The corrected span holds only white space.', 'start');
  return { start: c.start, end: c.end, text, searchText: compoundVariants(text) };
}
