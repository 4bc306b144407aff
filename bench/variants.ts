import { readFileSync } from 'node:fs';
import neo4j from 'neo4j-driver';
import { createDriver, ensureLocalNeo4j } from '../src/db/connection';
import { toPlain } from '../src/db/graph';

/**
 * Hand-written forms of a query timed against each other on the bench database, round-robin so that
 * every form sees the same load: `tsx bench/variants.ts <runs> name=query.cypher:params.json …`.
 * Params as compare.ts's DUMP writes them (integers as {low, high}). Prints each form's median wall
 * time, query sent to rows decoded, and its ratio to the first form's.
 */
const [runsArg = '200', ...specs] = process.argv.slice(2);
const runs = Number(runsArg);
const asParams = (raw: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(raw).map(([k, v]) =>
      v && typeof v === 'object' && 'low' in v ? [k, neo4j.int((v as { low: number }).low)] : [k, v],
    ),
  );
const variants = specs.map((spec) => {
  const [name = '', files = ''] = spec.split('=');
  const [text = '', params = ''] = files.split(':');
  return {
    name,
    text: readFileSync(text, 'utf8'),
    params: asParams(JSON.parse(readFileSync(params, 'utf8')) as Record<string, unknown>),
  };
});

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * q)] ?? NaN;

async function main(): Promise<void> {
  const driver = createDriver(await ensureLocalNeo4j('bench', () => undefined));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const times = variants.map(() => [] as number[]);
  try {
    for (const v of variants) await session.run(v.text, v.params); // plan cache, page cache
    for (let i = 0; i < runs; i++) {
      for (const [j, v] of variants.entries()) {
        const start = process.hrtime.bigint();
        const result = await session.run(v.text, v.params);
        result.records.map((record) => toPlain(record.toObject()));
        times[j]?.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  } finally {
    await session.close();
    await driver.close();
  }
  const base = quantile(times[0] ?? [], 0.5);
  for (const [j, v] of variants.entries()) {
    const t = times[j] ?? [];
    console.log(
      `${v.name.padEnd(12)} p25 ${quantile(t, 0.25).toFixed(2)}  p50 ${quantile(t, 0.5).toFixed(2)} ms  ${(quantile(t, 0.5) / base).toFixed(2)}×`,
    );
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
