/**
 * The accusation/neutral boundary set (issue 13, audit12), selected blind: every gold statement of the dev
 * corpora whose stance is ACCUSES, CLAIMS or OTHER (restatements left out) and whose span or sentence carries
 * a harm or attack word. Printed WITHOUT its stance or targets, for a blind label (README.md here).
 *
 *   npx tsx test/corpus/agreement/boundary/select.ts            # sizes per corpus
 *   npx tsx test/corpus/agreement/boundary/select.ts --list     # the blind listing, article by article
 *   npx tsx test/corpus/agreement/boundary/select.ts --list --sample 0.5 --seed 13
 */
import { type CorpusArticle, type GoldStatement, loadCorpus } from '../../../../src/ingest/eval/corpus';
import { groupByCorpus } from '../../../../src/ingest/eval/corpusGroups';

/** Written once, before any text was read: words of violent acts and of the harm they do. */
export const HARM_WORDS =
  /\b(kill\w*|dead|deaths?|died|dies|dying|wound\w*|injur\w*|casualt\w*|attack\w*|strikes?|struck|striking|airstrikes?|raids?|raided|shell(s|ed|ing)?|(?<!cease[- ])fire[sd]?|firing|gunfire|bomb\w*|missiles?|rockets?|drones?|mortars?|artillery|explo\w*|blasts?|abduct\w*|kidnap\w*|hostages?|destr(oy|uct)\w*|damag\w*|massacr\w*|murder\w*|shot|shoot\w*|ambush\w*|assault\w*|invad\w*|invasion|executed|executions?|tortur\w*|loot\w*|burn\w*|torch\w*|target\w*|hit|hits|hitting|violat\w*|atrocit\w*|genocid\w*|terror\w*|slaughter\w*|rap(e|ed|ing))\b/i;

const BOUNDARY_STANCES = new Set(['ACCUSES', 'CLAIMS', 'OTHER']);

export interface BoundaryItem {
  article: CorpusArticle;
  statement: GoldStatement;
  sentence: string;
  paragraph: string;
}

/** The sentence(s) around [start, end): from the last sentence end before it to the first one after it. */
function sentenceAround(text: string, start: number, end: number): string {
  const boundary = /[.!?]["”’]?\s+(?=["“‘A-Z0-9])|\n+/g;
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(boundary)) {
    const stop = m.index + m[0].length;
    if (stop <= start) from = stop;
    else if (m.index >= end) {
      to = m.index + m[0].trimEnd().length;
      break;
    }
  }
  return text.slice(from, to).trim();
}

function paragraphAround(text: string, start: number, end: number): string {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const next = text.indexOf('\n', end);
  return text.slice(from, next < 0 ? text.length : next).trim();
}

export function boundarySet(articles: CorpusArticle[]): BoundaryItem[] {
  return articles.flatMap((article) =>
    article.statements
      .filter((s) => s.restates === null && BOUNDARY_STANCES.has(s.stance))
      .map((statement) => ({
        article,
        statement,
        sentence: sentenceAround(article.text, statement.start, statement.end),
        paragraph: paragraphAround(article.text, statement.start, statement.end),
      }))
      .filter((item) => HARM_WORDS.test(item.sentence)),
  );
}

/** A fixed pseudo-random share of each corpus (mulberry32), so every corpus is sampled alike. */
export function sample(items: BoundaryItem[], share: number, seed: number): BoundaryItem[] {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const keyed = items.map((item) => ({ item, key: next() }));
  const chosen = new Set(
    groupByCorpus(keyed, (k) => k.item.article.folder).flatMap(([, group]) =>
      [...group]
        .sort((a, b) => a.key - b.key)
        .slice(0, Math.round(group.length * share))
        .map((k) => k.item),
    ),
  );
  return items.filter((item) => chosen.has(item));
}

function main(): void {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => args[args.indexOf(name) + 1];
  const { articles, problems } = loadCorpus();
  if (problems.length > 0) throw new Error(`corpus problems:\n${problems.join('\n')}`);
  const dev = articles.filter((a) => a.split === 'dev');
  let items = boundarySet(dev);
  if (args.includes('--sample'))
    items = sample(items, Number(option('--sample')), Number(option('--seed') ?? '13'));
  for (const [name, group] of groupByCorpus(items, (i) => i.article.folder))
    console.log(`${name}: ${group.length}`);
  console.log(`all: ${items.length}`);
  if (!args.includes('--list')) return;
  const chosen = new Set(items.map((i) => i.statement.id));
  for (const article of dev) {
    const mine = items.filter((i) => i.article === article);
    if (mine.length === 0) continue;
    console.log(`\n======== ${article.folder} (${article.published})`);
    console.log(article.text.trim());
    console.log(`-- actors: ${article.actors.map((a) => `${a.id} (${a.name})`).join('; ')}`);
    for (const s of article.statements.filter((x) => chosen.has(x.id))) {
      const speaker = article.actors.find((a) => a.id === s.speaker)?.name ?? s.speaker;
      console.log(`\n# ${s.id}\n  speaker: ${speaker}\n  span: ${article.text.slice(s.start, s.end)}`);
    }
  }
}

if (require.main === module) main();
