import { SEED_DIR } from '../../seed/paths';
import { loadSeedFiles } from '../../seed/validate';
import { extractArticle } from '../plan/extract';
import { loadCorpus } from './corpus';
import { isCheckHalf, partOf } from './corpusGroups';
import { fromCorpus, predictionsOf, snapshotOf } from './predictions';
import { scoreArticle } from './scoreArticle';
import { goldActorFor } from './speakerMatch';

/*
 * `npx tsx src/ingest/eval/targetMisses.ts [--list]`: the targets of the found statements whose stance is right and
 * addressed to someone (ACCUSES, CONDEMNS, DENIES, CALLS_FOR, SUPPORTS), against the gold's, by corpus. The eval does
 * not score targets; this counts them. A target the extractor gives is mapped to the gold actor it stands for as a
 * speaker is. The snapshot is the seed's, so a gold target the seed does not hold cannot be given ("none given, not
 * in the graph"): in production the graph holds the actors earlier articles made. O2 (1550–1599) is never read.
 */

type Kind =
  | 'right'
  | 'none given, in the graph'
  | 'none given, not in the graph'
  | 'given, gold none'
  | 'partly'
  | 'other actor';

const ADDRESSED = new Set(['ACCUSES', 'CONDEMNS', 'DENIES', 'CALLS_FOR', 'SUPPORTS']);

function kindOf(gold: Set<string>, given: Set<string>, known: Set<string>): Kind {
  if (gold.size === given.size && [...gold].every((t) => given.has(t))) return 'right';
  if (given.size === 0)
    return [...gold].some((t) => known.has(t)) ? 'none given, in the graph' : 'none given, not in the graph';
  if (gold.size === 0) return 'given, gold none';
  return [...given].some((t) => gold.has(t)) ? 'partly' : 'other actor';
}

function main(): void {
  const list = process.argv.includes('--list');
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const inGraph = new Set(seed.actors.map((a) => a.id));
  const tally = new Map<string, Map<string, number>>();
  for (const article of loadCorpus().articles) {
    if (article.split !== 'dev' || isCheckHalf(article.folder)) continue;
    const a = fromCorpus(article);
    const x = extractArticle(a.text, a.meta, snapshot);
    const known = new Map([...snapshot.actors, ...x.newActors].map((actor) => [actor.id, actor]));
    for (const [g, p] of scoreArticle(a.gold, predictionsOf(x, a, snapshot)).pairs) {
      if (g.stance !== p.stance || !ADDRESSED.has(g.stance)) continue;
      const found = x.statements.find((s) => s.start === p.start && s.end === p.end);
      const gold = article.statements.find(
        (s) => s.start === g.start && s.end === g.end && s.speaker === g.speaker,
      );
      if (!found || !gold) continue;
      const goldTargets = new Set(gold.targets);
      const given = new Set(
        found.targets.map((t) => {
          const actor = known.get(t.id);
          const names = [actor?.name ?? t.id, ...(actor?.aliases ?? [])];
          return goldActorFor({ id: t.id, isNew: false, names }, a.actors) ?? t.id;
        }),
      );
      const kind = kindOf(goldTargets, given, inGraph);
      const key = `${g.stance.padEnd(10)} ${kind}`;
      const row = tally.get(key) ?? new Map<string, number>();
      const part = partOf(article.folder) ?? '';
      row.set(part, (row.get(part) ?? 0) + 1);
      tally.set(key, row);
      if (list && kind !== 'right' && kind !== 'none given, not in the graph')
        console.info(
          `${article.folder}  ${g.stance} ${kind}: gold [${[...goldTargets].join(', ')}] given [${[...given].join(', ')}]\n  ${found.text}`,
        );
    }
  }
  for (const [key, row] of [...tally.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const total = [...row.values()].reduce((s, n) => s + n, 0);
    const perCorpus = [...row.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([c, n]) => `${c} ${n}`);
    console.info(`${key.padEnd(42)} ${String(total).padStart(4)}   ${perCorpus.join(' ')}`);
  }
}

main();
