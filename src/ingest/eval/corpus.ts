import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { ACTOR_KINDS, STANCES } from '../../vocabulary/terms';

/** The evaluation corpus (test/corpus/README.md): real articles from other conflicts, for scoring only. */
export const CORPUS_DIR = path.resolve(__dirname, '../../../test/corpus/articles');

export const CONSTRUCTIONS = [
  'quote-said',
  'quote-trailing-clause',
  'quote-followon',
  'paraphrase-that',
  'paraphrase-preposition',
  'participial',
  'nominal',
  'according-to',
  'other',
] as const;
export type Construction = (typeof CONSTRUCTIONS)[number];
export type Split = 'dev' | 'holdout';

export interface GoldActor {
  id: string;
  name: string;
  kind: (typeof ACTOR_KINDS)[number];
  aliases: string[];
}

export interface GoldStatement {
  id: string;
  speaker: string;
  start: number;
  end: number;
  stance: (typeof STANCES)[number];
  construction: Construction;
  /** The fuller statement this one only repeats: neither a miss nor a false positive (seed rule). */
  restates: string | null;
  respondsTo: string[];
  /** Who the statement accuses, condemns, urges…: actor ids of the article (the eval does not score them). */
  targets: string[];
}

export interface CorpusArticle {
  folder: string;
  text: string;
  title: string | null;
  outlet: string | null;
  published: string;
  url: string | null;
  split: Split;
  actors: GoldActor[];
  statements: GoldStatement[];
}

export interface CorpusLoad {
  articles: CorpusArticle[];
  /** "folder: what is wrong" for every article that could not be used; those are left out. */
  problems: string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/**
 * Reads every article folder. A folder that is malformed is not guessed at: it is left out and
 * the reason is reported, so a scorer never silently scores against broken gold.
 */
export function loadCorpus(dir: string = CORPUS_DIR): CorpusLoad {
  if (!fs.existsSync(dir)) return { articles: [], problems: [] };
  const articles: CorpusArticle[] = [];
  const problems: string[] = [];
  for (const folder of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, folder);
    if (!fs.statSync(full).isDirectory()) continue;
    const found: string[] = [];
    const article = readArticle(full, folder, found);
    if (found.length > 0 || !article) problems.push(...found.map((p) => `${folder}: ${p}`));
    else articles.push(article);
  }
  return { articles, problems };
}

function readArticle(full: string, folder: string, problems: string[]): CorpusArticle | null {
  const textFile = path.join(full, 'text.txt');
  const annotationFile = path.join(full, 'annotation.yaml');
  if (!fs.existsSync(textFile) || !fs.existsSync(annotationFile)) {
    problems.push('needs text.txt and annotation.yaml');
    return null;
  }
  const text = fs.readFileSync(textFile, 'utf8');
  let doc: unknown;
  try {
    doc = YAML.parse(fs.readFileSync(annotationFile, 'utf8'));
  } catch (error) {
    problems.push(`annotation.yaml is not YAML: ${(error as Error).message.split('\n')[0]}`);
    return null;
  }
  if (!isRecord(doc) || !isRecord(doc.article)) {
    problems.push('annotation.yaml has no article: mapping');
    return null;
  }
  const meta = doc.article;
  const published =
    str(meta.published) ??
    (meta.published instanceof Date ? meta.published.toISOString().slice(0, 10) : null);
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published))
    problems.push(`article.published is not YYYY-MM-DD`);
  const split = meta.split;
  if (split !== 'dev' && split !== 'holdout')
    problems.push(`article.split is ${JSON.stringify(split)}, not dev or holdout`);

  const actors = (Array.isArray(doc.actors) ? doc.actors : []).flatMap(
    (a: unknown, i: number): GoldActor[] => {
      if (!isRecord(a) || !str(a.id) || !str(a.name)) {
        problems.push(`actors[${i}] needs an id and a name`);
        return [];
      }
      const kind = a.kind as GoldActor['kind'];
      if (!ACTOR_KINDS.includes(kind))
        problems.push(
          `${a.id as string}: kind ${JSON.stringify(a.kind)} is not one of ${ACTOR_KINDS.join(', ')}`,
        );
      const aliases = Array.isArray(a.aliases)
        ? a.aliases.filter((x): x is string => typeof x === 'string')
        : [];
      return [{ id: a.id as string, name: a.name as string, kind, aliases }];
    },
  );
  const actorIds = new Set(actors.map((a) => a.id));

  const statements = (Array.isArray(doc.statements) ? doc.statements : []).flatMap(
    (s: unknown, i: number): GoldStatement[] => {
      if (!isRecord(s)) {
        problems.push(`statements[${i}] is not a mapping`);
        return [];
      }
      const id = str(s.id) ?? `statements[${i}]`;
      const [start, end, spanText] = [s.start, s.end, str(s.text)];
      if (typeof start !== 'number' || typeof end !== 'number' || text.slice(start, end) !== spanText)
        problems.push(`${id}: text.slice(${String(start)}, ${String(end)}) does not hold its text`);
      if (!actorIds.has(str(s.speaker) ?? ''))
        problems.push(`${id}: speaker ${String(s.speaker)} is not in actors`);
      const stance = s.stance as GoldStatement['stance'];
      if (!STANCES.includes(stance))
        problems.push(`${id}: stance ${JSON.stringify(s.stance)} is not one of ${STANCES.join(', ')}`);
      const construction = s.construction as Construction;
      if (!CONSTRUCTIONS.includes(construction))
        problems.push(
          `${id}: construction ${JSON.stringify(s.construction)} is not one of ${CONSTRUCTIONS.join(', ')}`,
        );
      return [
        {
          id,
          speaker: s.speaker as string,
          start: start as number,
          end: end as number,
          stance,
          construction,
          restates: str(s.restates),
          respondsTo: [],
          targets: Array.isArray(s.targets)
            ? s.targets.filter((t): t is string => typeof t === 'string')
            : [],
        },
      ];
    },
  );
  if (statements.length === 0) problems.push('has no statements');
  return {
    folder,
    text,
    title: str(meta.title),
    outlet: str(meta.outlet),
    published: published ?? '',
    url: str(meta.url),
    split: split as Split,
    actors,
    statements,
  };
}
