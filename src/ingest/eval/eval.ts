import { SEED_DIR } from '../../seed/paths';
import { loadSeedFiles } from '../../seed/validate';
import { type ScoredStatement, type Tally, addTallies, matchStatements, metrics, tally } from './score';
import { extractArticle } from '../plan/extract';
import type { Snapshot } from '../types';

/** Issue 5's targets on the seed articles. */
const TARGETS = { f1: 0.9, speakerAccuracy: 0.95 };

/**
 * `npm run eval [-- --verbose] [-- --check]`: runs the extractor on the five seed articles as if
 * they were new and compares with their curated annotations. The extractor sees only the article
 * text, its metadata and the actors, places and events of seed/ (the graph it would resolve
 * against); the annotations are read for scoring only. --verbose lists every miss; --check exits
 * 1 when a target is missed.
 */
function main(): void {
  const verbose = process.argv.includes('--verbose');
  const seed = loadSeedFiles(SEED_DIR);
  const snapshot: Snapshot = { actors: seed.actors, places: seed.places, events: seed.events };
  const rows: [string, Tally][] = [];
  for (const article of seed.articles) {
    const extraction = extractArticle(
      article.text,
      { title: article.title, outlet: article.outlet, published: article.published, url: article.url },
      snapshot,
    );
    const predicted: ScoredStatement[] = extraction.statements.map((s) => ({
      ...s,
      speaker: s.speaker.id,
      respondsTo: s.respondsTo.map((e) => e.id),
    }));
    const gold = seed.annotations.find((a) => a.article === article.id)?.statements ?? [];
    rows.push([article.id, tally(gold, predicted)]);
    if (verbose) explain(article.id, article.text, gold, predicted);
  }
  const overall = addTallies(rows.map(([, t]) => t));
  printTable([...rows, ['overall', overall]]);
  const m = metrics(overall);
  const met = m.f1 >= TARGETS.f1 && m.speakerAccuracy >= TARGETS.speakerAccuracy;
  console.info(
    `\nTargets: F1 >= ${TARGETS.f1}, speaker accuracy >= ${TARGETS.speakerAccuracy}: ${met ? 'met' : 'NOT met'}.`,
  );
  if (!met && process.argv.includes('--check')) process.exitCode = 1;
}

function printTable(rows: [string, Tally][]): void {
  const pct = (x: number) => x.toFixed(2).padStart(6);
  const header = [
    'article'.padEnd(32),
    'gold',
    'pred',
    'match',
    '  prec',
    'recall',
    '    F1',
    'pairF1',
    ' spkr',
    'stance',
    ' event',
  ];
  console.info(header.join(' '));
  for (const [name, t] of rows) {
    const m = metrics(t);
    const counts = [t.gold, t.predicted, t.matched].map((n) => String(n).padStart(n === t.matched ? 5 : 4));
    console.info(
      [
        name.padEnd(32),
        ...counts,
        pct(m.precision),
        pct(m.recall),
        pct(m.f1),
        pct(m.pairF1),
        pct(m.speakerAccuracy).slice(1),
        pct(m.stanceAccuracy),
        pct(m.eventAccuracy),
      ].join(' '),
    );
  }
  console.info(
    '\nA span matches when it overlaps the curated one by at least half of the shorter; F1 is over spans,',
  );
  console.info(
    'pairF1 over (speaker, span) pairs; speaker, stance and event accuracy are over matched spans.',
  );
}

function explain(id: string, text: string, gold: ScoredStatement[], predicted: ScoredStatement[]): void {
  const pairs = matchStatements(gold, predicted);
  const show = (s: ScoredStatement) => JSON.stringify(text.slice(s.start, s.end)).slice(0, 100);
  console.info(`\n== ${id}`);
  for (const g of gold) if (!pairs.some(([x]) => x === g)) console.info(`  missed   ${g.speaker} ${show(g)}`);
  for (const p of predicted)
    if (!pairs.some(([, x]) => x === p)) console.info(`  extra    ${p.speaker} ${show(p)}`);
  for (const [g, p] of pairs) {
    if (g.speaker !== p.speaker) console.info(`  speaker  ${p.speaker} (curated ${g.speaker}) ${show(p)}`);
    if (g.stance !== p.stance) console.info(`  stance   ${p.stance} (curated ${g.stance}) ${show(p)}`);
    if (!(p.respondsTo[0] ? g.respondsTo.includes(p.respondsTo[0]) : g.respondsTo.length === 0)) {
      console.info(
        `  event    ${p.respondsTo.join(',') || '-'} (curated ${g.respondsTo.join(',')}) ${show(p)}`,
      );
    }
  }
}

main();
