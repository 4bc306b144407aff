import type { Graph } from '../db/graph';
import { REFRESH_KEYS_BELOW } from '../db/statementKeys';
import { compoundVariants, } from '../search/lucene';
import { searchableNames, slug } from '../vocabulary/names';
import type { SeedData } from './format';
import * as Q from './queries';
import { loadSeedFiles } from './validate';

export interface LoadReport {
  articles: number;
  statements: number;
  claims: number;
  roles: number;
  mentions: number;
}

/**
 * Loads validated seed data: first the shared reference entities (outlets, actors, places, events),
 * then one transaction per article with its mentions, roles, statements and claims, then the links
 * between statements of different articles. Every write MERGEs on ids, so a second run changes nothing.
 */
export async function loadSeed(graph: Graph, seed: SeedData): Promise<LoadReport> {
  await graph.inWriteTransaction(async (run) => {
    const outlets = [...new Set(seed.articles.map((a) => a.outlet).filter((o): o is string => !!o))];
    await run(Q.MERGE_OUTLETS, { rows: outlets.map((name) => ({ id: `outlet:${slug(name)}`, name })) });
    await run(Q.MERGE_ACTORS, {
      rows: seed.actors.map((a) => ({ ...a, ...searchableNames(a.name, a.aliases) })),
    });
    await run(Q.LINK_ACTORS, { rows: seed.actors.filter((a) => a.partOf) });
    await run(Q.MERGE_PLACES, {
      rows: seed.places.map((p) => ({ ...p, ...searchableNames(p.name, p.aliases) })),
    });
    await run(Q.LINK_PLACES, { rows: seed.places });
    await run(Q.MERGE_EVENTS, { rows: seed.events.map((e) => ({ ...e, searchText: compoundVariants(e.title) })) });
    await run(Q.LINK_EVENTS, { rows: seed.events });
  });

  const report: LoadReport = { articles: 0, statements: 0, claims: 0, roles: 0, mentions: 0 };
  for (const article of seed.articles) {
    const doc = seed.annotations.find((d) => d.article === article.id);
    await graph.inWriteTransaction(async (run) => {
      const outletId = article.outlet ? `outlet:${slug(article.outlet)}` : null;
      await run(Q.MERGE_ARTICLE, {
        article: { ...article, outletId, searchText: compoundVariants(`${article.title} ${article.text}`) },
      });
      if (!doc) return;
      const articleId = article.id;
      await run(Q.MERGE_MENTIONS, { articleId, rows: doc.mentions });
      await run(Q.MERGE_ROLES, { articleId, rows: doc.roles });
      await run(Q.MERGE_STATEMENTS, {
        articleId,
        rows: doc.statements.map((s) => ({ ...s, searchText: compoundVariants(s.text) })),
      });
      await run(Q.MERGE_CLAIMS, { articleId, rows: doc.claims });
    });
    report.articles++;
    report.statements += doc?.statements.length ?? 0;
    report.claims += doc?.claims.length ?? 0;
    report.roles += doc?.roles.length ?? 0;
    report.mentions += doc?.mentions.length ?? 0;
  }
  await graph.write(Q.LINK_REPLIES, { rows: seed.annotations.flatMap((d) => d.statements.filter((s) => s.repliesTo.length)) });
  // PART_OF and roles may be new to statements written before them (an earlier article, an ingest).
  const linked = [
    ...seed.actors.filter((a) => a.partOf).map((a) => a.id),
    ...seed.annotations.flatMap((d) => d.roles.map((r) => r.person)),
  ];
  await graph.write(REFRESH_KEYS_BELOW, { actorIds: [...new Set(linked)] });
  return report;
}

export async function graphCounts(graph: Graph): Promise<{ labels: Record<string, number>; relationships: number }> {
  const labels = Object.fromEntries((await graph.read(Q.GRAPH_COUNTS)).map((row) => [row.label, row.count]));
  const [rels] = await graph.read(Q.RELATIONSHIP_COUNT);
  return { labels, relationships: rels?.count ?? 0 };
}

export async function databaseIsEmpty(graph: Graph): Promise<boolean> {
  const [row] = await graph.read(Q.IS_EMPTY);
  return row?.empty ?? true;
}

/** Validates everything in `dir` first (throwing SeedInvalidError, having written nothing), then loads it. */
export async function seedFromDirectory(graph: Graph, dir: string): Promise<LoadReport & { seed: SeedData }> {
  const seed = loadSeedFiles(dir);
  return { ...(await loadSeed(graph, seed)), seed };
}
