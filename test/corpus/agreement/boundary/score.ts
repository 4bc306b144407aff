/**
 * Agreement of the blind boundary labels (labels.txt) with the gold: ACCUSES against neutral (CLAIMS and OTHER
 * as one class, as the eval scores them), per corpus: count, % agreement, Cohen's kappa, and the direction of the
 * disagreements. Targets are compared on the statements both call ACCUSES (same set of actor ids).
 *
 *   npx tsx test/corpus/agreement/boundary/score.ts            # the table
 *   npx tsx test/corpus/agreement/boundary/score.ts --list     # every disagreement, with its gold label
 *   npx tsx test/corpus/agreement/boundary/score.ts --sample 0.15   # only the first, smaller sample (seed 13)
 *   npx tsx test/corpus/agreement/boundary/score.ts --beyond 0.3    # only the labels outside that sample (its extension)
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadCorpus } from '../../../../src/ingest/eval/corpus';
import { corpusOf } from '../../../../src/ingest/eval/corpusGroups';
import { boundarySet, sample } from './select';

interface Label {
  accuses: boolean;
  targets: string[];
}
interface Pair {
  id: string;
  folder: string;
  span: string;
  goldStance: string;
  goldTargets: string[];
  label: Label;
}

function readLabels(file: string): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.startsWith('statement:')) continue;
    const [id = '', verdict, targets] = line.split('|').map((part) => part.trim());
    if (verdict !== 'A' && verdict !== 'N') throw new Error(`${id}: label ${String(verdict)} is not A or N`);
    const list = (targets ?? '').split(',').map((t) => t.trim());
    labels.set(id, { accuses: verdict === 'A', targets: list.filter((t) => t.length > 0).sort() });
  }
  return labels;
}

function pairs(labels: Map<string, Label>): Pair[] {
  const { articles } = loadCorpus();
  return articles.flatMap((article) => {
    const mine = article.statements.filter((s) => labels.has(s.id));
    if (mine.length === 0) return [];
    return mine.map((s) => ({
      id: s.id,
      folder: article.folder,
      span: article.text.slice(s.start, s.end),
      goldStance: s.stance,
      goldTargets: [...s.targets].sort(),
      label: labels.get(s.id) as Label,
    }));
  });
}

const isAccusation = (p: Pair): boolean => p.goldStance === 'ACCUSES';

function row(name: string, group: Pair[]): string {
  const n = group.length;
  const agree = group.filter((p) => isAccusation(p) === p.label.accuses).length;
  const goldA = group.filter(isAccusation).length;
  const mineA = group.filter((p) => p.label.accuses).length;
  const observed = agree / n;
  const expected = (goldA / n) * (mineA / n) + (1 - goldA / n) * (1 - mineA / n);
  const kappa = expected === 1 ? 1 : (observed - expected) / (1 - expected);
  const goldOnly = group.filter((p) => isAccusation(p) && !p.label.accuses).length;
  const mineOnly = group.filter((p) => !isAccusation(p) && p.label.accuses).length;
  const bothA = group.filter((p) => isAccusation(p) && p.label.accuses);
  const sameTargets = bothA.filter((p) => p.goldTargets.join() === p.label.targets.join()).length;
  return [
    name,
    n,
    goldA,
    mineA,
    agree,
    (100 * observed).toFixed(0),
    kappa.toFixed(2),
    goldOnly,
    mineOnly,
    `${sameTargets}/${bothA.length}`,
  ].join(' | ');
}

function main(): void {
  const args = process.argv.slice(2);
  const labels = readLabels(path.join(__dirname, 'labels.txt'));
  let all = pairs(labels);
  if (all.length !== labels.size)
    throw new Error(`${labels.size - all.length} labels match no gold statement`);
  const sampled = (share: number): Set<string> => {
    const dev = loadCorpus().articles.filter((a) => a.split === 'dev');
    return new Set(sample(boundarySet(dev), share, 13).map((item) => item.statement.id));
  };
  if (args.includes('--sample')) {
    const kept = sampled(Number(args[args.indexOf('--sample') + 1]));
    all = all.filter((p) => kept.has(p.id));
  }
  if (args.includes('--beyond')) {
    const earlier = sampled(Number(args[args.indexOf('--beyond') + 1]));
    all = all.filter((p) => !earlier.has(p.id));
  }
  console.log(
    '| corpus | n | gold A | audit A | agree | % | kappa | gold A, audit neutral | gold neutral, audit A | same targets (both A) |',
  );
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  const corpora = [...new Set(all.map((p) => corpusOf(p.folder) ?? '?'))].sort();
  for (const name of corpora) {
    const group = all.filter((p) => corpusOf(p.folder) === name);
    console.log(`| ${row(name, group)} |`);
  }
  console.log(`| ${row('all', all)} |`);
  if (!args.includes('--list')) return;
  for (const p of all.filter((q) => isAccusation(q) !== q.label.accuses)) {
    const mine = p.label.accuses ? `ACCUSES [${p.label.targets.join(', ')}]` : 'neutral';
    console.log(
      `\n${p.id}\n  gold ${p.goldStance} [${p.goldTargets.join(', ')}]; audit ${mine}\n  ${p.span}`,
    );
  }
}

main();
