import { readFileSync, writeFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { createDriver, ensureLocalNeo4j } from '../src/db/connection';
import { toPlain } from '../src/db/graph';
import { loadTypeDefs } from '../src/graphql/schema';
import { SIZES, type SizeName, generate } from './generate';
import { OPERATIONS, type OperationId } from './operations';
import { rootCompiler } from './plannedRoot';

/**
 * PROFILE of our query and the floor's for each operation, operator by operator (db hits and rows),
 * against the bench database as the last `npm run bench` left it:
 * `tsx bench/compare.ts <S|M|L> <ops> [--cypher]`. Shows where ours does work the floor does not.
 * With TIME=<runs>, also times both queries alone, interleaved (see timePaired).
 */
const [sizeArg = 'M', opsArg = '1,2,5', flag] = process.argv.slice(2);
const ops = opsArg.split(',').map(Number) as OperationId[];

function lines(plan: ProfiledPlan, depth = 0, out: string[] = []): string[] {
  const details = String(plan.arguments['Details'] ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 110);
  const name = plan.operatorType.replace(/@.*$/, '');
  out.push(
    `${String(plan.dbHits).padStart(8)} ${String(plan.rows).padStart(7)}  ${'  '.repeat(depth)}${name} ${details}`,
  );
  for (const child of plan.children) lines(child, depth + 1, out);
  return out;
}
/** JSON with every map's keys sorted: Neo4j does not keep a map's key order, GraphQL does not need it. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
const total = (plan: ProfiledPlan): number =>
  Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + total(child), 0);

type Query = [text: string, params: Record<string, unknown>];

/**
 * TIME=<runs>: ours and the floor's query run alternately in one session, so both see the same load;
 * the median wall time of each, from sending the query to the last row decoded (no HTTP, no GraphQL).
 */
async function timePaired(
  driver: ReturnType<typeof createDriver>,
  ours: Query,
  floor: Query,
  runs: number,
): Promise<[number, number]> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const times: [number[], number[]] = [[], []];
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
  try {
    for (let i = 0; i < runs; i++) {
      for (const [which, [text, params]] of [ours, floor].entries()) {
        const start = process.hrtime.bigint();
        await session.run(text, params);
        times[which]?.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
    }
  } finally {
    await session.close();
  }
  return [median(times[0]), median(times[1])];
}

async function main(): Promise<void> {
  const scenario = generate(SIZES[sizeArg as SizeName]).reference.scenario;
  const driver = createDriver(await ensureLocalNeo4j('bench', () => undefined));
  const schema = buildSchema(loadTypeDefs());
  const profile = async (text: string, params: Record<string, unknown>) => {
    const session = driver.session({ defaultAccessMode: neo4j.session.READ });
    try {
      await session.run(text, params); // warm the plan cache and the page cache
      const result = await session.run(`PROFILE ${text}`, params);
      return result.summary.profile as ProfiledPlan;
    } finally {
      await session.close();
    }
  };
  for (const id of ops) {
    const operation = OPERATIONS[id];
    const built = rootCompiler(operation.ours(scenario), schema)().build();
    // OURS_<id>=file: PROFILE that text instead, with the planner's parameters (to try a form by hand).
    const override = process.env[`OURS_${id}`];
    if (process.env.DUMP) {
      writeFileSync(`${process.env.DUMP}/op${id}.cypher`, built.cypher);
      writeFileSync(`${process.env.DUMP}/op${id}.params.json`, JSON.stringify(built.params));
      writeFileSync(`${process.env.DUMP}/floor${id}.cypher`, operation.cypher.text);
      writeFileSync(
        `${process.env.DUMP}/floor${id}.params.json`,
        JSON.stringify(operation.cypher.params(scenario)),
      );
    }
    const ours = await profile(override ? readFileSync(override, 'utf8') : built.cypher, built.params);
    if (override) {
      const answer = async (text: string) => {
        const session = driver.session({ defaultAccessMode: neo4j.session.READ });
        try {
          return canonical((await session.run(text, built.params)).records.map((r) => toPlain(r.toObject())));
        } finally {
          await session.close();
        }
      };
      const same = (await answer(built.cypher)) === (await answer(readFileSync(override, 'utf8')));
      console.log(`\nop ${id}: the override's answer is ${same ? 'the same' : 'DIFFERENT'}`);
    }
    const floor = await profile(operation.cypher.text, operation.cypher.params(scenario));
    const runs = Number(process.env.TIME ?? 0);
    if (runs > 0) {
      const [oursMs, floorMs] = await timePaired(
        driver,
        [override ? readFileSync(override, 'utf8') : built.cypher, built.params],
        [operation.cypher.text, operation.cypher.params(scenario)],
        runs,
      );
      console.log(
        `\nop ${id}: median over ${runs} interleaved runs, query sent to rows decoded: ours ${oursMs.toFixed(2)} ms, floor ${floorMs.toFixed(2)} ms (${(oursMs / floorMs).toFixed(2)}×)`,
      );
    }
    console.log(`\n## op ${id} at ${sizeArg}: ours ${total(ours)} db hits, floor ${total(floor)}`);
    if (flag === '--cypher') console.log(built.cypher);
    console.log('\n### ours\n   dbHits    rows\n' + lines(ours).join('\n'));
    console.log('\n### floor\n   dbHits    rows\n' + lines(floor).join('\n'));
  }
  await driver.close();
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
