import type { ActorKind, Extraction } from '../types';
import { type StatementStatus, type WriteReport, articleTitle } from './write';

/** What one ingested article yields, the same for the CLI's --json and the GraphQL mutation. */
export interface IngestResult {
  dryRun: boolean;
  article: {
    id: string;
    title: string;
    outlet: string | null;
    published: string;
    url: string | null;
    isNew: boolean;
  };
  statements: IngestedStatement[];
  claims: {
    id: string;
    statementId: string;
    claimant: string;
    side: string | null;
    killed: number | null;
    wounded: number | null;
    captured: number | null;
    text: string;
    start: number;
    end: number;
  }[];
  newActors: { id: string; name: string; kind: ActorKind; aliases: string[] }[];
  incident: { id: string; title: string; date: string | null; isNew: boolean } | null;
  summary: {
    statements: number;
    written: number;
    unchanged: number;
    coveredByCurated: number;
    /** Not written: analysts rejected them. */
    rejected: number;
    claims: number;
    newActors: number;
    newEvents: number;
  };
}

export interface IngestedStatement {
  id: string;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  stance: Extraction['statements'][number]['stance'];
  channel: Extraction['statements'][number]['channel'];
  date: string;
  datePrecision: Extraction['statements'][number]['datePrecision'];
  speaker: { id: string; name: string; mention: string; isNew: boolean };
  via: { id: string; name: string } | null;
  /** Names of the actors it accuses, urges, supports or addresses. */
  targets: string[];
  /** The event it responds to (the first, when several), by title and date. */
  respondsTo: { id: string; title: string; date: string | null } | null;
  confidence: number;
  /** On a dry run: what would happen. */
  status: StatementStatus;
}

/** Builds the result from the extraction and what the write did (or, with `dryRun`, would do). */
export function toResult(x: Extraction, report: WriteReport, dryRun: boolean): IngestResult {
  const status = (id: string) => report.statements[id] ?? 'NEW';
  const statements: IngestedStatement[] = x.statements.map((s) => ({
    id: s.id,
    text: s.text,
    start: s.start,
    end: s.end,
    direct: s.direct,
    stance: s.stance,
    channel: s.channel,
    date: s.date,
    datePrecision: s.datePrecision,
    speaker: { id: s.speaker.id, name: s.speaker.name, mention: s.speaker.mention, isNew: s.speaker.isNew },
    via: s.via ? { id: s.via.id, name: s.via.name } : null,
    targets: s.targets.map((t) => t.name),
    respondsTo: s.respondsTo[0]
      ? { id: s.respondsTo[0].id, title: s.respondsTo[0].title, date: s.respondsTo[0].date }
      : null,
    confidence: s.confidence,
    status: status(s.id),
  }));
  const count = (wanted: string) => statements.filter((s) => s.status === wanted).length;
  return {
    dryRun,
    article: {
      id: report.articleId,
      title: articleTitle(x.text, x.meta.title).title,
      outlet: x.meta.outlet,
      published: x.meta.published,
      url: x.meta.url,
      isNew: report.articleIsNew,
    },
    statements,
    claims: x.claims.map((c) => ({
      id: c.id,
      statementId: c.statementId,
      claimant: c.claimant.name,
      side: c.side?.name ?? null,
      killed: c.killed,
      wounded: c.wounded,
      captured: c.captured,
      text: c.text,
      start: c.start,
      end: c.end,
    })),
    newActors: x.newActors.map((a) => ({ id: a.id, name: a.name, kind: a.kind, aliases: a.aliases })),
    incident: x.incident,
    summary: {
      statements: statements.length,
      written: count('NEW'),
      unchanged: count('UNCHANGED'),
      coveredByCurated: count('COVERED_BY_CURATED'),
      rejected: count('REJECTED'),
      claims: report.claims,
      newActors: report.newActors,
      newEvents: report.newEvents,
    },
  };
}
