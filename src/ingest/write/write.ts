import type { CypherQuery, Params } from '../../db/graph';
import { searchableNames, slug } from '../../vocabulary/names';
import { compoundVariants } from '../../search/lucene';
import { articleId } from '../plan/ids';
import * as Q from './queries';
import type {
  EventMention,
  ExtractedClaim,
  ExtractedStatement,
  Extraction,
  NewActor,
  NewEvent,
} from '../types';

/** Runs one query inside the article's transaction (what `Graph.inWriteTransaction` hands its work). */
export type Run = <Row>(query: CypherQuery<Row>, params?: Params) => Promise<Row[]>;

export type StatementStatus = 'NEW' | 'UNCHANGED' | 'COVERED_BY_CURATED' | 'REJECTED';

/** What writing an extraction does (or, on a dry run, would do). */
export interface WriteReport {
  articleId: string;
  articleIsNew: boolean;
  /** What happens to each extracted statement, by id. */
  statements: Record<string, StatementStatus>;
  claims: number;
  newActors: number;
  newEvents: number;
}

/** Exactly what gets written, once the graph has said which statements are new. */
export interface WritePlan {
  statements: ExtractedStatement[];
  actors: NewActor[];
  events: NewEvent[];
  claims: ExtractedClaim[];
  mentions: EventMention[];
}

/** The headline when the caller gives none: the text's first line if it reads like one, else its opening words. */
export function articleTitle(text: string, given: string | null): { title: string; fromText: boolean } {
  if (given?.trim()) return { title: given.trim(), fromText: false };
  const firstLine = text.trim().split('\n')[0]?.trim() ?? '';
  if (firstLine.length > 0 && firstLine.length <= 150 && !/[.!?"\u201d]$/.test(firstLine)) {
    return { title: firstLine, fromText: true };
  }
  return { title: `${text.trim().split(/\s+/).slice(0, 12).join(' ')}…`, fromText: true };
}

/** Asks the graph which statements are new, already written, or covered by a curated statement. */
export async function statementStatuses(
  run: Run,
  x: Extraction,
  article: string | null,
): Promise<Record<string, StatementStatus>> {
  if (article === null) return Object.fromEntries(x.statements.map((s) => [s.id, 'NEW' as const]));
  const rows = x.statements.map((s) => ({ id: s.id, start: s.start, end: s.end }));
  const found = await run(Q.STATEMENT_STATUS, { articleId: article, rows });
  return Object.fromEntries(found.map((r) => [r.id, r.status]));
}

/**
 * Curated facts win: a statement a curated statement of the same article already covers is not
 * written, and nothing is created for it (no new speaker, no event, no claim). A curated
 * article's event mentions are curated too, so only an article the ingest creates gets extracted ones.
 */
export function planWrite(
  x: Extraction,
  statuses: Record<string, StatementStatus>,
  articleExists: boolean,
): WritePlan {
  const statements = x.statements.filter((s) => statuses[s.id] === 'NEW');
  const speakers = new Set(statements.flatMap((s) => [s.speaker.id, s.via?.id]));
  const ids = new Set(statements.map((s) => s.id));
  const mentions = articleExists ? [] : x.mentions;
  const events = new Set([
    ...statements.flatMap((s) => s.respondsTo.map((e) => e.id)),
    ...mentions.map((m) => m.event),
  ]);
  return {
    statements,
    actors: x.newActors.filter((a) => speakers.has(a.id)),
    events: x.newEvents.filter((e) => events.has(e.id)),
    claims: x.claims.filter((c) => ids.has(c.statementId) && c.event),
    mentions,
  };
}

/** What the graph says about an extraction before anything is written: the same for a dry run and a real one. */
export interface Planned {
  articleId: string;
  articleIsNew: boolean;
  statuses: Record<string, StatementStatus>;
  plan: WritePlan;
}

/** Asks the graph whether the article and its statements are there, and plans what is left to write. */
export async function planAgainstGraph(run: Run, x: Extraction): Promise<Planned> {
  const [existing] = await run(Q.FIND_ARTICLE, { hash: x.textHash, text: x.text });
  const id = existing?.id ?? articleId(x.textHash);
  const statuses = await statementStatuses(run, x, existing ? id : null);
  return { articleId: id, articleIsNew: !existing, statuses, plan: planWrite(x, statuses, !!existing) };
}

/** The report of a plan that is not carried out (a dry run): what would be written. */
export function previewReport(p: Planned): WriteReport {
  return {
    articleId: p.articleId,
    articleIsNew: p.articleIsNew,
    statements: p.statuses,
    claims: p.plan.claims.length,
    newActors: p.plan.actors.length,
    newEvents: p.plan.events.length,
  };
}

/**
 * Writes one article's extraction through `run`, all inside the caller's transaction. Taking `run`
 * rather than a Graph lets a test inject a failure between two queries and see it roll back.
 */
export async function writeExtraction(run: Run, x: Extraction): Promise<WriteReport> {
  return writePlanned(run, x, await planAgainstGraph(run, x));
}

/** Carries out a plan made inside the same transaction. */
export async function writePlanned(run: Run, x: Extraction, planned: Planned): Promise<WriteReport> {
  const { plan, articleId: id } = planned;
  if (planned.articleIsNew) await run(Q.CREATE_ARTICLE, { article: articleRow(x, id) });
  const actors = await run(Q.MERGE_ACTORS, {
    rows: plan.actors.map((a) => ({ ...a, ...searchableNames(a.name, a.aliases) })),
  });
  const events = await run(Q.MERGE_EVENTS, {
    rows: plan.events.map((e) => ({ ...e, searchText: compoundVariants(e.title) })),
  });
  await run(Q.CREATE_STATEMENTS, {
    articleId: id,
    rows: plan.statements.map((s) => ({
      ...s,
      searchText: compoundVariants(s.text),
      speaker: s.speaker.id,
      via: s.via?.id ?? null,
      targets: s.targets.map((t) => t.id),
      respondsTo: s.respondsTo.map((e) => e.id),
    })),
  });
  const confidence = new Map(x.statements.map((s) => [s.id, s.confidence]));
  await run(Q.MERGE_CLAIMS, {
    articleId: id,
    rows: plan.claims.map((c) => ({
      ...c,
      statement: c.statementId,
      claimant: c.claimant.id,
      side: c.side?.id ?? null,
      event: c.event?.id,
      confidence: confidence.get(c.statementId),
    })),
  });
  await run(Q.MERGE_MENTIONS, { articleId: id, rows: plan.mentions });
  return {
    articleId: id,
    articleIsNew: planned.articleIsNew,
    statements: planned.statuses,
    claims: plan.claims.length,
    newActors: actors.filter((r) => r.created).length,
    newEvents: events.filter((r) => r.created).length,
  };
}

function articleRow(x: Extraction, id: string) {
  const { title, fromText } = articleTitle(x.text, x.meta.title);
  return {
    id,
    title,
    titleFromText: fromText,
    published: x.meta.published,
    url: x.meta.url,
    text: x.text,
    textHash: x.textHash,
    searchText: compoundVariants(`${title} ${x.text}`),
    outlet: x.meta.outlet,
    outletId: x.meta.outlet ? `outlet:${slug(x.meta.outlet)}` : null,
  };
}
