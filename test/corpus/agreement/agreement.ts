/**
 * Inter-annotator agreement (issue 13): scores the second, blind annotation in this folder against the
 * original gold in test/corpus/articles/ exactly as `npm run eval` scores the extractor — the original is
 * the reference, the second annotation plays the extractor's part, with the eval's own matching
 * (spans overlapping by half the shorter, one to one), speaker mapping (same id, else a name or alias),
 * neutral stance class (CLAIMS = OTHER) and restatement rule (gold restatements are neither missed nor
 * matched). Also lists every disagreement, to classify by hand (README.md here).
 *
 *   npx tsx test/corpus/agreement/agreement.ts [--list]
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { type CorpusArticle, type GoldActor, loadCorpus } from '../../../src/ingest/eval/corpus';
import { groupByCorpus } from '../../../src/ingest/eval/corpusGroups';
import { type Tally, addTallies, matchStatements, metrics } from '../../../src/ingest/eval/score';
import {
  type ArticleScore,
  type GoldForScoring,
  type PredictedForScoring,
  scoreArticle,
} from '../../../src/ingest/eval/scoreArticle';
import { goldActorFor } from '../../../src/ingest/eval/speakerMatch';

const HERE = __dirname;

interface SecondActor {
  id: string;
  name: string;
  kind: string;
  aliases?: string[];
}
interface SecondStatement {
  id: string;
  speaker: string;
  start: number;
  end: number;
  stance: string;
  direct: boolean;
  construction: string;
  restates?: string;
}
interface SecondAnnotation {
  actors: SecondActor[];
  statements: SecondStatement[];
}
/** The fields `npm run eval` does not score, read from either annotation as written. */
interface Fields {
  start: number;
  end: number;
  speaker: string;
  stance: string;
  respondsTo: string[];
  construction: string;
  direct: boolean;
  date: string | null;
  targets: string[];
  via: string | null;
  restates?: string;
}

// Pronouns and bare references name several actors of an article: they must not decide whose a speaker is.
const NOT_A_NAME = /^(he|she|it|they|him|her|them|the statement|the sources|the ministry|ministry)$/i;

/** The second annotator's actor as the gold actor it stands for: same id, else a shared name or alias. */
function mapSpeaker(actor: SecondActor, gold: GoldActor[]): string {
  const names = [actor.name, ...(actor.aliases ?? [])].filter((n) => !NOT_A_NAME.test(n.trim()));
  return goldActorFor({ id: actor.id, isNew: true, names }, gold) ?? actor.id;
}

/** The second annotation of one article as the eval's predictions; its own restatements kept or dropped. */
function predictions(second: SecondAnnotation, gold: CorpusArticle, dropOwnRestates: boolean) {
  const byId = new Map(second.actors.map((a) => [a.id, a]));
  return second.statements
    .filter((s) => !(dropOwnRestates && s.restates))
    .map((s): PredictedForScoring => {
      const actor = byId.get(s.speaker);
      if (!actor) throw new Error(`${gold.folder}: ${s.id}'s speaker ${s.speaker} is not in its actors`);
      return {
        speaker: mapSpeaker(actor, gold.actors),
        start: s.start,
        end: s.end,
        stance: s.stance,
        respondsTo: [],
        // Calibration fields of the extractor's output: the scorer does not read them.
        confidence: 1,
        evidence: {} as PredictedForScoring['evidence'],
        direct: s.direct,
      };
    });
}

const goldOf = (a: CorpusArticle): GoldForScoring[] =>
  a.statements.map((s) => ({ ...s, respondsTo: [], restates: s.restates }));

interface Scored {
  folder: string;
  text: string;
  score: ArticleScore;
}

function scoreAll(dropOwnRestates: boolean): Scored[] {
  const folders = fs
    .readdirSync(HERE, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(HERE, e.name, 'annotation.yaml')))
    .map((e) => e.name)
    .sort();
  const corpus = loadCorpus();
  return folders.map((folder) => {
    const gold = corpus.articles.find((a) => a.folder === folder);
    if (!gold) throw new Error(`${folder}: no such article in the corpus (or it is malformed)`);
    const second = YAML.parse(
      fs.readFileSync(path.join(HERE, folder, 'annotation.yaml'), 'utf8'),
    ) as SecondAnnotation;
    return {
      folder,
      text: gold.text,
      score: scoreArticle(goldOf(gold), predictions(second, gold, dropOwnRestates)),
    };
  });
}

const f = (x: number) => x.toFixed(2).padStart(6);
const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);

function printTallies(rows: [string, Tally][]): void {
  const head = ['gold', 'second', 'match', 'P', 'R', 'F1', 'spkrF1', 'spkr', 'stance'];
  console.info(['', ...head].map((h, i) => (i === 0 ? h.padEnd(24) : h.padStart(6))).join(' '));
  for (const [name, t] of rows) {
    const m = metrics(t);
    console.info(
      [
        name.padEnd(24),
        ...[t.gold, t.predicted, t.matched].map((n) => String(n).padStart(6)),
        ...[m.precision, m.recall, m.f1, m.pairF1, m.speakerAccuracy, m.stanceAccuracy].map(f),
      ].join(' '),
    );
  }
}

function printConstructions(scored: Scored[]): void {
  console.info('\nper construction of the original gold (recall; speaker and stance agreement on the found)');
  console.info(
    ['construction'.padEnd(24), 'gold', 'found', 'R', 'spkr', 'stance']
      .map((h, i) => (i ? h.padStart(6) : h))
      .join(' '),
  );
  const rows = scored.flatMap((s) => s.score.gold);
  for (const c of [...new Set(rows.map((r) => r.construction))].sort()) {
    const of = rows.filter((r) => r.construction === c);
    const found = of.filter((r) => r.found);
    console.info(
      [
        c.padEnd(24),
        String(of.length).padStart(6),
        String(found.length).padStart(6),
        f(ratio(found.length, of.length)),
        f(ratio(found.filter((r) => r.speakerRight).length, found.length)),
        f(ratio(found.filter((r) => r.stanceRight).length, found.length)),
      ].join(' '),
    );
  }
}

function printDisagreements(scored: Scored[]): void {
  for (const { folder, text, score } of scored) {
    const show = (x: { start: number; end: number }) =>
      JSON.stringify(text.slice(x.start, x.end)).slice(0, 120);
    console.info(`\n== ${folder}`);
    for (const g of score.missed) console.info(`  missed   [${g.construction}] ${g.speaker} ${show(g)}`);
    for (const p of score.extra) console.info(`  extra    ${p.speaker} ${show(p)}`);
    for (const [g, p] of score.wrong) {
      if (g.speaker !== p.speaker) console.info(`  speaker  ${p.speaker} (gold ${g.speaker}) ${show(p)}`);
      if (g.stance !== p.stance) console.info(`  stance   ${p.stance} (gold ${g.stance}) ${show(p)}`);
    }
  }
}

const readYaml = <T>(file: string): T => YAML.parse(fs.readFileSync(file, 'utf8')) as T;

/**
 * Beyond the eval's measures: on every pair of statements whose spans match (restatements included), how
 * often the two annotations agree on construction tag, direct/paraphrase, date, targets, via and restates.
 */
function printFields(folders: string[]): void {
  const corpus = loadCorpus();
  const fields = ['construction', 'direct', 'date', 'targets', 'via', 'restates'] as const;
  const agree = new Map<string, number>(fields.map((k) => [k, 0]));
  let pairs = 0;
  for (const folder of folders) {
    const goldArticle = corpus.articles.find((a) => a.folder === folder) as CorpusArticle;
    const gold = readYaml<{ statements: Fields[] }>(
      path.join(HERE, '..', 'articles', folder, 'annotation.yaml'),
    ).statements;
    const second = readYaml<{ actors: SecondActor[]; statements: Fields[] }>(
      path.join(HERE, folder, 'annotation.yaml'),
    );
    const actorOf = new Map(second.actors.map((a) => [a.id, mapSpeaker(a, goldArticle.actors)]));
    const mapped = (id: string | null) => (id ? (actorOf.get(id) ?? id) : null);
    const norm = (list: Fields[]) => list.map((s) => ({ ...s, respondsTo: [], targets: s.targets ?? [] }));
    for (const [g, p] of matchStatements(norm(gold), norm(second.statements))) {
      pairs += 1;
      const same: Record<(typeof fields)[number], boolean> = {
        construction: g.construction === p.construction,
        direct: g.direct === p.direct,
        date: String(g.date) === String(p.date),
        targets: [...g.targets].sort().join() === p.targets.map(mapped).sort().join(),
        via: (g.via ?? null) === mapped(p.via ?? null),
        restates: !!g.restates === !!p.restates,
      };
      for (const k of fields) if (same[k]) agree.set(k, (agree.get(k) ?? 0) + 1);
    }
  }
  console.info(`\nother fields, on the ${pairs} span-matched pairs (restatements included): share agreeing`);
  console.info(fields.map((k) => `${k} ${f(ratio(agree.get(k) ?? 0, pairs)).trim()}`).join(', '));
}

function main(): void {
  const scored = scoreAll(false);
  const all: [string, Tally][] = [['all', addTallies(scored.map((s) => s.score.tally))]];
  const perCorpus = groupByCorpus(scored, (s) => s.folder).map(([name, of]): [string, Tally] => [
    name,
    addTallies(of.map((s) => s.score.tally)),
  ]);
  console.info(`second annotation vs original gold, ${scored.length} articles (as npm run eval scores)`);
  printTallies([...all, ...perCorpus]);
  const symmetric = scoreAll(true);
  console.info("\nthe same, with the second annotation's own restatements also left out");
  printTallies([['all', addTallies(symmetric.map((s) => s.score.tally))]]);
  printConstructions(scored);
  printFields(scored.map((s) => s.folder));
  if (process.argv.includes('--list')) printDisagreements(scored);
}

main();
