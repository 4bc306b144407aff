import { readFileSync } from 'node:fs';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { createDriver, ensureLocalNeo4j } from '../src/db/connection';

/** `tsx bench/profileText.ts query.cypher params.json`: PROFILE a hand-written text on the bench database. */
const [file = '', paramsFile = ''] = process.argv.slice(2);
const total = (plan: ProfiledPlan): number =>
  Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + total(child), 0);
function lines(plan: ProfiledPlan, depth = 0, out: string[] = []): string[] {
  const details = String(plan.arguments['Details'] ?? '')
    .replace(/\s+/g, ' ')
    .slice(0, 100);
  out.push(
    `${String(plan.dbHits).padStart(8)} ${String(plan.rows).padStart(7)}  ${' '.repeat(depth)}${plan.operatorType.replace(/@.*$/, '')} ${details}`,
  );
  for (const child of plan.children) lines(child, depth + 1, out);
  return out;
}
async function main(): Promise<void> {
  const driver = createDriver(await ensureLocalNeo4j('bench', () => undefined));
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  const text = readFileSync(file, 'utf8');
  const params = JSON.parse(readFileSync(paramsFile, 'utf8')) as Record<string, unknown>;
  try {
    const first = await session.run(text, params);
    console.log(JSON.stringify(first.records.map((r) => r.toObject())).slice(0, 400));
    const result = await session.run(`PROFILE ${text}`, params);
    const plan = result.summary.profile as ProfiledPlan;
    console.log(`total ${total(plan)} db hits`);
    if (process.env.TREE)
      console.log(
        lines(plan)
          .filter((l) => !/^\s+0\s/.test(l))
          .join('\n'),
      );
  } finally {
    await session.close();
    await driver.close();
  }
}
void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
