import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import type { RecordedQuery } from './servers/recording';

/** What PROFILE says about one query, reduced to what a reader needs to judge it. */
export interface QueryProfile {
  name: string;
  dbHits: number;
  rows: number;
  /** Distinct operators, in plan order (root first). */
  operators: string[];
  /** NodeByLabelScan / AllNodesScan operators, with what they scanned: the sign of a missing anchor. */
  labelScans: string[];
  /** Index seeks and scans, with how many rows each read: what a page costs where an index answers it. */
  seeks: { operator: string; details: string; rows: number }[];
  /** The three operators with the most db hits. */
  heaviest: { operator: string; details: string; dbHits: number; rows: number }[];
  runtime: string;
  /** Wall time of the PROFILEd run (PROFILE adds overhead; the benchmark's latencies do not). */
  ms: number;
}

const SCANS = /^(NodeByLabelScan|AllNodesScan|UndirectedAllRelationshipsScan|DirectedAllRelationshipsScan)$/;

const operatorName = (plan: ProfiledPlan): string => plan.operatorType.replace(/@.*$/, '');

function walk(plan: ProfiledPlan, visit: (p: ProfiledPlan) => void): void {
  visit(plan);
  for (const child of plan.children) walk(child, visit);
}

export function summarise(name: string, root: ProfiledPlan, ms: number): QueryProfile {
  const operators: string[] = [];
  const labelScans: string[] = [];
  const seeks: QueryProfile['seeks'] = [];
  const all: ProfiledPlan[] = [];
  let dbHits = 0;
  walk(root, (p) => {
    const op = operatorName(p);
    if (!operators.includes(op)) operators.push(op);
    if (SCANS.test(op)) labelScans.push(`${op} ${String(p.arguments['Details'] ?? '')}`.trim());
    if (/Index(Seek|Scan)/.test(op))
      seeks.push({ operator: op, details: String(p.arguments['Details'] ?? ''), rows: Number(p.rows) });
    dbHits += Number(p.dbHits);
    all.push(p);
  });
  const heaviest = all
    .sort((a, b) => Number(b.dbHits) - Number(a.dbHits))
    .slice(0, 3)
    .filter((p) => Number(p.dbHits) > 0)
    .map((p) => ({
      operator: operatorName(p),
      details: String(p.arguments['Details'] ?? '').slice(0, 160),
      dbHits: Number(p.dbHits),
      rows: Number(p.rows),
    }));
  return {
    name,
    dbHits,
    rows: Number(root.rows),
    operators,
    labelScans,
    seeks,
    heaviest,
    runtime: String(root.arguments['runtime'] ?? ''),
    ms: Math.round(ms * 10) / 10,
  };
}

/** PROFILEs each query once more, with the parameters it was sent with, in a read session. */
export async function profileQueries(
  driver: Driver,
  queries: readonly RecordedQuery[],
): Promise<QueryProfile[]> {
  const profiles: QueryProfile[] = [];
  for (const query of queries) {
    // @neo4j/graphql prefixes `CYPHER 5`, the default language version of Neo4j 5 anyway.
    const text = `PROFILE ${query.text.replace(/^\s*CYPHER\s+5\s*/i, '')}`;
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      const started = performance.now();
      const result = await session.run(text, query.params);
      const ms = performance.now() - started;
      const plan = result.summary.profile;
      if (plan) profiles.push(summarise(query.name, plan, ms));
    } finally {
      await session.close();
    }
  }
  return profiles;
}
