import fs from 'node:fs';
import type { BenchResults, Ratio } from './report';

/**
 * `npx tsx bench/spread.ts <results.json> <results.json> …`: how far the same ratio moved between
 * runs of the benchmark. For each operation, size and concurrency, ours ÷ floor (p50) in each run and
 * the spread (highest − lowest); then the median and largest spread. Run it on runs of the same code
 * to see how much of a difference between two runs is noise.
 */

const files = process.argv.slice(2);
if (files.length < 2) {
  console.error('usage: tsx bench/spread.ts <results.json> <results.json> [more…]');
  process.exit(1);
}
const runs = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')) as BenchResults);
const key = (r: Ratio) => `${r.operation}/${r.size}/c${r.concurrency}`;
const keys = [...new Set(runs.flatMap((run) => run.ratios.map(key)))];
const spreads: number[] = [];

console.info(`| op / size / c | ${runs.map((_, i) => `run ${i + 1}`).join(' | ')} | spread |`);
console.info(`| --- | ${runs.map(() => '---').join(' | ')} | --- |`);
for (const k of keys) {
  const values = runs.map((run) => run.ratios.find((r) => key(r) === k)?.oursToFloor ?? null);
  const present = values.filter((v): v is number => v !== null);
  const spread = present.length > 1 ? Math.max(...present) - Math.min(...present) : Number.NaN;
  if (Number.isFinite(spread)) spreads.push(spread);
  console.info(
    `| ${k} | ${values.map((v) => (v === null ? '–' : v.toFixed(2))).join(' | ')} | ${spread.toFixed(2)} |`,
  );
}
spreads.sort((a, b) => a - b);
const median = spreads[Math.floor((spreads.length - 1) / 2)] ?? Number.NaN;
console.info(
  `\n${spreads.length} cells: median spread ${median.toFixed(2)}, largest ${(spreads.at(-1) ?? Number.NaN).toFixed(2)}`,
);
