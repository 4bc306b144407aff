import type { Graph } from '../../db/graph';
import { extractArticle } from '../plan/extract';
import type { ArticleMeta } from '../types';
import { TAKE_INGEST_LOCK } from './queries';
import { type IngestResult, toResult } from './result';
import { loadSnapshot } from './snapshot';
import { type Run, planAgainstGraph, previewReport, writePlanned } from './write';

/**
 * Ingests one article's text (already checked by input.ts). A real run does everything inside one
 * write transaction that first takes the ingest lock: the snapshot the speakers are resolved against,
 * the question whether the article is already there, and the writes. So two ingests at the same
 * time are serialised — the second sees the first's actors and cannot create a second spelling of
 * the same person, and only the one that wrote the article reports it as new; a failure leaves
 * nothing half-written. A dry run shares every step but the transaction, the lock and the writes.
 */
export async function ingestArticle(
  graph: Graph,
  text: string,
  meta: ArticleMeta,
  dryRun: boolean,
): Promise<IngestResult> {
  if (dryRun) return ingestThrough((query, params) => graph.read(query, params), text, meta, false);
  return graph.inWriteTransaction(async (run) => {
    await run(TAKE_INGEST_LOCK);
    return ingestThrough(run, text, meta, true);
  });
}

async function ingestThrough(
  run: Run,
  text: string,
  meta: ArticleMeta,
  write: boolean,
): Promise<IngestResult> {
  const extraction = extractArticle(text, meta, await loadSnapshot(run));
  const planned = await planAgainstGraph(run, extraction);
  const report = write ? await writePlanned(run, extraction, planned) : previewReport(planned);
  return toResult(extraction, report, !write);
}

/** Today, UTC, for articles ingested without a publication date. */
export const today = (): string => new Date().toISOString().slice(0, 10);
