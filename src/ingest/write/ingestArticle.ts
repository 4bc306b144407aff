import type { Graph } from '../../db/graph';
import { articleId } from '../plan/ids';
import { extractArticle } from '../plan/extract';
import { FIND_ARTICLE } from './queries';
import { type IngestResult, toResult } from './result';
import { loadSnapshot } from './snapshot';
import type { ArticleMeta } from '../types';
import { type Run, planWrite, statementStatuses, writeExtraction } from './write';

/**
 * Ingests one article's text (already checked by input.ts): reads what the graph knows, extracts,
 * and writes everything in one transaction (a failure leaves nothing half-written). A dry run
 * writes nothing; it asks the graph the same questions and reports what would be written.
 */
export async function ingestArticle(
  graph: Graph,
  text: string,
  meta: ArticleMeta,
  dryRun: boolean,
): Promise<IngestResult> {
  const extraction = extractArticle(text, meta, await loadSnapshot(graph));
  if (!dryRun)
    return toResult(
      extraction,
      await graph.inWriteTransaction((run) => writeExtraction(run, extraction)),
      false,
    );

  const read: Run = (query, params) => graph.read(query, params);
  const [existing] = await read(FIND_ARTICLE, { hash: extraction.textHash, text });
  const statuses = await statementStatuses(read, extraction, existing?.id ?? null);
  const plan = planWrite(extraction, statuses, !!existing);
  const preview = {
    articleId: existing?.id ?? articleId(extraction.textHash),
    articleIsNew: !existing,
    statements: statuses,
    claims: plan.claims.length,
    newActors: plan.actors.length,
    newEvents: plan.events.length,
  };
  return toResult(extraction, preview, true);
}

/** Today, UTC, for articles ingested without a publication date. */
export const today = (): string => new Date().toISOString().slice(0, 10);
