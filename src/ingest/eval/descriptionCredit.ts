import { SEED_DIR } from '../../seed/paths';
import { loadSeedFiles } from '../../seed/validate';
import { extractArticle } from '../plan/extract';
import type { Snapshot } from '../types';
import { loadCorpus } from './corpus';
import { isCheckHalf, partOf } from './corpusGroups';
import { isDescriptiveName } from './descriptiveName';
import { type EvalArticle, fromCorpus, seedEvalArticles, snapshotOf } from './predictions';
import { scoreArticle } from './scoreArticle';
import { goldActorFor } from './speakerMatch';

/**
 * Statements the eval counts speaker-right only because a pronoun or a common-noun description decided the
 * match (issue 13, scorer14): right as scored, wrong when the predicted speaker is matched by its name and
 * the proper names among its words alone, against the gold actors' names and proper-name aliases. A count per
 * part; with `--list` each one (never the seed's or corpus N's check half). `npx tsx src/ingest/eval/descriptionCredit.ts [--list]`
 */
function main(): void {
  const list = process.argv.includes('--list');
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot = snapshotOf(seed);
  const parts: [string, EvalArticle][] = [
    ...seedEvalArticles(seed).map((a): [string, EvalArticle] => ['seed', a]),
    ...loadCorpus()
      .articles.filter((a) => a.split === 'dev')
      .map((a): [string, EvalArticle] => [partOf(a.folder) ?? '?', fromCorpus(a)]),
  ];
  const counts = new Map<string, number>();
  for (const [part, a] of parts) {
    for (const row of creditedByDescription(a, snapshot)) {
      counts.set(part, (counts.get(part) ?? 0) + 1);
      if (list && part !== 'seed' && !isCheckHalf(a.name))
        console.info([part, a.name.slice(0, 30), row].join('\t'));
    }
  }
  for (const [part, n] of counts) console.info(`${part}\t${n}`);
}

/** One line per gold statement of the article found with the right speaker only through a descriptive name. */
function creditedByDescription(a: EvalArticle, snapshot: Snapshot): string[] {
  const x = extractArticle(a.text, a.meta, snapshot);
  const known = new Map([...snapshot.actors, ...x.newActors].map((actor) => [actor.id, actor]));
  const named = a.actors.map((g) => ({ ...g, aliases: g.aliases.filter((n) => !isDescriptiveName(n)) }));
  const speakerNames = (s: (typeof x.statements)[number]) => [
    s.speaker.name,
    ...(known.get(s.speaker.id)?.aliases ?? []),
    s.speaker.mention,
  ];
  const scored = (strict: boolean) =>
    scoreArticle(
      a.gold,
      x.statements.map((s) => {
        const names = speakerNames(s).filter((n, i) => !strict || i === 0 || !isDescriptiveName(n));
        const gold = goldActorFor(
          { id: s.speaker.id, isNew: s.speaker.isNew, names },
          strict ? named : a.actors,
        );
        return { ...s, speaker: gold ?? s.speaker.id, respondsTo: [] };
      }),
    );
  const [asScored, byNames] = [scored(false), scored(true)];
  const counted = a.gold.filter((g) => g.restates === null);
  return asScored.gold.flatMap((g, i) => {
    if (!g.speakerRight || byNames.gold[i]?.speakerRight) return [];
    const pair = asScored.pairs.find(
      ([gold]) => gold.start === counted[i]?.start && gold.end === counted[i]?.end,
    );
    const s = pair && x.statements.find((t) => t.start === pair[1].start && t.end === pair[1].end);
    const goldName = a.actors.find((actor) => actor.id === pair?.[0].speaker)?.name ?? '?';
    return [
      `${s?.speaker.isNew ? 'new' : 'known'}\t${JSON.stringify(s ? speakerNames(s) : [])} → ${goldName}`,
    ];
  });
}

main();
