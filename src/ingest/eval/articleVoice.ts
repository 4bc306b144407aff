import { analyse } from '../text/sentences';
import { openToAnAgent, reportsHarm } from '../facts/accounts';
import { extractArticle } from '../plan/extract';
import { fromCorpus, predictionsOf, snapshotOf } from './predictions';
import { scoreArticle } from './scoreArticle';
import { foldedWords } from '../facts/words';
import { type CorpusArticle, type GoldStatement } from './corpus';
import { partOf } from './corpusGroups';
import { listedArticles } from './spans/devArticles';

/*
 * `npx tsx src/ingest/eval/articleVoice.ts [--found] [--list]`: how the gold reads a source's report of harm or of an
 * attack when its agent is given by the article in its own voice (an unattributed sentence: "Israeli strikes killed
 * 20 people on Tuesday") and not by the source's own account (settled rule 7). Without `--found`: the gold statements
 * that report harm, by where a doer is found (their words, the same speaker's statements within five sentences, an
 * unattributed sentence, nowhere), with the gold actors' names as the parties. With `--found`: the extractor's
 * statements the rules leave neutral although rule 7's gates pass (what an article-level agent would turn to
 * ACCUSES), by whether an unattributed sentence within three sentences or in the lede names a doer; `--list` prints
 * those. The doer patterns are a measurement's, rough on purpose. Corpus O's check half (O2) is never read.
 */

const DOER_WORDS =
  'gunm[ae]n|attackers?|assailants?|(?:suicide )?bombers?|militants|terrorists|jihadists|insurgents|bandits|militiam[ae]n|kidnappers|raiders|rebels|fighters|armed (?:\\w+ )?(?:men|groups?|gangs?)';
const ARMED =
  '(?: (?:forces|troops|army|military|jets|warplanes|soldiers|police|militants|fighters|drones|aircraft|militia|navy))?';
const ACTS =
  'killed|kills|attacked|attacks|struck|strikes|shelled|shells|bombed|stormed|abducted|kidnapped|opened fire|fired|launched|raided|torched|burned|ambushed|hit|targeted|massacred|shot|carried out|conducted|bombarded|destroyed';
const NOT_NAMES =
  /^(The|A|An|In|On|At|It|He|She|They|This|That|These|Those|Last|Since|After|Before|When|While|But|And|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Its|His|Her|Their|Some|Several|Two|Three|Four|Five)\b/;

/** Who the sentence says did an attack or harm: an active doer, a "by" agent, or a name qualifying an attack. */
export function narratedAgent(sentence: string, parties: string[] = []): string | null {
  const escaped = parties
    .filter((p) => p.length > 2)
    .sort((a, b) => b.length - a.length)
    .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const demonym = '[A-Z][a-z]+(?:ian|ean|i|ese|ish|an)';
  const NAME = `(?:${[...escaped, demonym].join('|')})`;
  const active = new RegExp(`\\b(${DOER_WORDS}|${NAME}${ARMED})(?: \\w+){0,3}? (?:${ACTS})\\b`, 'g');
  const by = new RegExp(
    `\\b(?:${ACTS}|wounded|injured|hurt)(?: \\w+){0,4} by (?:the |an? )?(${DOER_WORDS}|${NAME}${ARMED})`,
    'g',
  );
  const qualified = new RegExp(
    `\\b(${NAME})(?:-led|['’]s)? (?:air ?strikes?|airstrikes?|drone strikes?|strikes?|attacks?|shelling|bombardment|bombing|raids?|missiles?|rockets?|offensive|assault)\\b`,
    'g',
  );
  for (const re of [active, by, qualified])
    for (const m of sentence.matchAll(re)) {
      const who = (m[1] ?? '').trim();
      if (!who || NOT_NAMES.test(who)) continue;
      if (/\b(were|was|been|being)$/.test(sentence.slice(0, m.index ?? 0).trim()) && re === active) continue;
      return who;
    }
  return null;
}

const REPORTING =
  /\b(said|says|say|told|according to|reported|reports|stated|announced|claimed|alleged|accused|confirmed)\b/i;

type Where = 'words' | 'account' | 'voice' | 'nowhere';

/** A gold speaker's kind, by what its name says it is. */
function sourceKind(name: string, kind: string): string {
  const n = name.toLowerCase();
  if (
    /witness|resident|villager|survivor|relative|local|farmer|man|woman|mother|father|brother|teacher|student/.test(
      n,
    )
  )
    return 'witnesses';
  if (
    /observatory|monitor|united nations|\bun\b|ocha|unicef|human rights|amnesty|doctors|medecins|red cross|red crescent|msf|acled|ngo|watch|committee|union|network|who\b|health organization|unhcr|iom/.test(
      n,
    )
  )
    return 'monitors';
  if (
    /group|front|movement|army of|hamas|hezbollah|houthi|shabaab|boko|islamic state|taliban|rsf|rapid support|m23|wagner|jnim|liberation|militia|rebel|kia|tnla|pdf/.test(
      n,
    )
  )
    return 'armed groups';
  if (
    /police|army|military|armed forces|ministry|minister|government|governor|official|authorit|president|spokes|command|defen[cs]e|state|council|administration|mayor|commissioner|chief|security|source/.test(
      n,
    )
  )
    return 'officials';
  if (kind === 'STATE') return 'officials';
  if (/agency|news|press|tv|times|post|reuters|afp|journal|media/.test(n)) return 'media';
  return kind === 'PERSON' ? 'named persons' : 'other';
}

interface Row {
  part: string;
  folder: string;
  statement: GoldStatement;
  speaker: string;
  kind: string;
  where: Where;
  voice: string | null;
  lede: boolean;
  before: boolean;
  ownSide: boolean;
  words: string;
}

function rowsOf(article: CorpusArticle): Row[] {
  const doc = analyse(article.text);
  const sentenceAt = (offset: number) =>
    Math.max(
      0,
      doc.sentences.findIndex((s) => s.end > offset),
    );
  const covered = (from: number, to: number) => article.statements.some((s) => s.start < to && s.end > from);
  const parties = article.actors.flatMap((a) => [a.name, ...a.aliases]);
  const voice = doc.sentences
    .map((s, i) => ({ i, text: article.text.slice(s.start, s.end), start: s.start, end: s.end }))
    .filter((s) => !covered(s.start, s.end) && !REPORTING.test(s.text))
    .map((s) => ({ ...s, agent: narratedAgent(s.text, parties) }))
    .filter((s) => s.agent !== null);
  const actor = (id: string) => article.actors.find((a) => a.id === id);
  const rows: Row[] = [];
  for (const st of article.statements) {
    if (st.restates) continue;
    const words = article.text.slice(st.start, st.end);
    if (!reportsHarm(foldedWords(words))) continue;
    const at = sentenceAt(st.start);
    const account = article.statements.filter(
      (o) => o !== st && o.speaker === st.speaker && Math.abs(sentenceAt(o.start) - at) <= 5,
    );
    const a = actor(st.speaker);
    const names = [a?.name ?? '', ...(a?.aliases ?? [])]
      .map((n) => n.toLowerCase())
      .filter((n) => n.length > 2);
    const nearest = voice.sort((x, y) => Math.abs(x.i - at) - Math.abs(y.i - at))[0];
    const where: Where = narratedAgent(words, parties)
      ? 'words'
      : account.some(
            (o) => o.stance === 'ACCUSES' || narratedAgent(article.text.slice(o.start, o.end), parties),
          )
        ? 'account'
        : nearest
          ? 'voice'
          : 'nowhere';
    const agent = nearest?.agent?.toLowerCase() ?? '';
    rows.push({
      part: partOf(article.folder) ?? '?',
      folder: article.folder,
      statement: st,
      speaker: a?.name ?? st.speaker,
      kind: sourceKind(a?.name ?? '', a?.kind ?? ''),
      where,
      voice: nearest ? `[${nearest.agent}] ${nearest.text.replace(/\s+/g, ' ')}` : null,
      lede: nearest ? nearest.i <= 2 : false,
      before: nearest ? nearest.i < at : false,
      words: words.replace(/\s+/g, ' '),
      ownSide: agent !== '' && names.some((n) => agent.includes(n) || n.includes(agent.split(' ')[0] ?? '~')),
    });
  }
  return rows;
}

const neutral = (s: string) => s === 'CLAIMS' || s === 'OTHER' || s === 'NEUTRAL';

/** Rows grouped by `key`, each group's count of ACCUSES and neutral gold stances, and `last` of them. */
function grouped<R>(
  rows: R[],
  key: (r: R) => string,
  accuses: (r: R) => boolean,
  stance: (r: R) => string,
  last: (acc: number, neu: number, n: number) => string,
): void {
  const groups = new Map<string, R[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  for (const [k, rs] of [...groups.entries()].sort()) {
    const acc = rs.filter(accuses).length;
    const neu = rs.filter((r) => neutral(stance(r))).length;
    console.info(
      `  ${k.padEnd(28)} ${String(rs.length).padStart(4)}  ACCUSES ${String(acc).padStart(3)}  neutral ${String(neu).padStart(3)}  ${last(acc, neu, rs.length)}`,
    );
  }
}

function table(rows: Row[], key: (r: Row) => string): void {
  grouped(
    rows,
    key,
    (r) => r.statement.stance === 'ACCUSES',
    (r) => r.statement.stance,
    (acc, neu) => `share ACCUSES ${(acc / Math.max(1, acc + neu)).toFixed(2)}`,
  );
}

interface FoundRow {
  part: string;
  folder: string;
  gold: string;
  words: string;
  voice: string | null;
  distance: number;
  lede: boolean;
  kind: string;
  speaker: string;
}

/**
 * The found statements the rules leave neutral although they report harm open to an agent (rule 7's gates pass):
 * the ones an article-level agent would turn to ACCUSES. For each, the nearest unattributed sentence (no found
 * statement, no reporting word) that names a doer of an attack or harm.
 */
function foundRows(article: CorpusArticle, snapshot: ReturnType<typeof snapshotOf>): FoundRow[] {
  const a = fromCorpus(article);
  const x = extractArticle(a.text, a.meta, snapshot);
  const score = scoreArticle(a.gold, predictionsOf(x, a, snapshot));
  const doc = analyse(a.text);
  const sentenceAt = (offset: number) =>
    Math.max(
      0,
      doc.sentences.findIndex((s) => s.end > offset),
    );
  const parties = [
    ...snapshot.actors
      .flatMap((actor) => [actor.name, ...(actor.aliases ?? [])])
      .filter((n) => a.text.includes(n)),
    ...x.newActors.map((n) => n.name),
  ];
  const voice = doc.sentences
    .map((s, i) => ({ i, text: a.text.slice(s.start, s.end), start: s.start, end: s.end }))
    .filter(
      (s) => !x.statements.some((st) => st.start < s.end && st.end > s.start) && !REPORTING.test(s.text),
    )
    .map((s) => ({ ...s, agent: narratedAgent(s.text, parties) }))
    .filter((s) => s.agent !== null);
  const speakerOf = (id: string) => article.actors.find((actor) => actor.id === id);
  const rows: FoundRow[] = [];
  for (const [g, p] of score.pairs) {
    if (!neutral(p.stance)) continue;
    const st = x.statements.find((s) => s.start === p.start && s.end === p.end);
    if (!st) continue;
    const si = doc.sentences[sentenceAt(st.start)];
    const sentence = si ? a.text.slice(si.start, si.end) : st.text;
    if (!openToAnAgent(st.text, sentence)) continue;
    const at = sentenceAt(st.start);
    const nearest = [...voice].sort((u, v) => Math.abs(u.i - at) - Math.abs(v.i - at))[0];
    const raw = article.statements.find(
      (s) => s.start === g.start && s.end === g.end && s.speaker === g.speaker,
    );
    rows.push({
      part: partOf(article.folder) ?? '?',
      folder: article.folder,
      gold: `${raw?.stance ?? g.stance}${raw?.stance === 'ACCUSES' ? ` [${raw.targets.join(', ')}]` : ''}`,
      words: st.text.replace(/\s+/g, ' '),
      voice: nearest ? `[${nearest.agent}] ${nearest.text.replace(/\s+/g, ' ')}` : null,
      distance: nearest ? Math.abs(nearest.i - at) : -1,
      kind: sourceKind(speakerOf(g.speaker)?.name ?? '', speakerOf(g.speaker)?.kind ?? ''),
      speaker: speakerOf(g.speaker)?.name ?? g.speaker,
      lede: nearest ? nearest.i <= 2 : false,
    });
  }
  return rows;
}

function foundTable(rows: FoundRow[], key: (r: FoundRow) => string): void {
  grouped(
    rows,
    key,
    (r) => r.gold.startsWith('ACCUSES'),
    (r) => r.gold,
    (acc, neu, n) => `other ${n - acc - neu}`,
  );
}

function found(list: boolean): void {
  const rows = [...listedArticles()].flatMap(({ a, snapshot }) => foundRows(a, snapshot));
  const near = (r: FoundRow) => r.voice !== null && (r.distance <= 3 || r.lede);
  console.info(
    'Found statements left neutral, open to an agent; gold stance by whether the article narrates a doer near:',
  );
  foundTable(rows, (r) => (near(r) ? 'voice near' : r.voice ? 'voice far' : 'no voice'));
  console.info('With a doer narrated near, per corpus:');
  foundTable(rows.filter(near), (r) => r.part);
  console.info('With a doer narrated near, by kind of source:');
  foundTable(rows.filter(near), (r) => r.kind);
  console.info('With none, per corpus:');
  foundTable(
    rows.filter((r) => !near(r)),
    (r) => r.part,
  );
  console.info('With none, ACCUSES by kind of source:');
  foundTable(
    rows.filter((r) => !near(r)),
    (r) => `${r.part} ${r.kind}`,
  );
  if (list)
    for (const r of rows.filter((x) => near(x) || (x.part === 'M' && x.gold.startsWith('ACCUSES'))))
      console.info(
        `\n${r.folder} ${r.gold} (d ${r.distance}${r.lede ? ', lede' : ''}) ${r.kind}: ${r.speaker}\n  words: ${r.words}\n  voice: ${r.voice}`,
      );
}

function main(): void {
  if (process.argv.includes('--found')) return found(process.argv.includes('--list'));
  const list = process.argv.includes('--list');
  const rows = [...listedArticles()].flatMap(({ a }) => rowsOf(a));
  console.info(
    'Gold reports of harm or an attack, by where an agent is found (first of words, account, voice):',
  );
  table(rows, (r) => r.where);
  console.info("Agent only in the article's voice, per corpus:");
  table(
    rows.filter((r) => r.where === 'voice'),
    (r) => r.part,
  );
  console.info('Agent nowhere (by these patterns), per corpus:');
  table(
    rows.filter((r) => r.where === 'nowhere'),
    (r) => r.part,
  );
  console.info("Agent only in the article's voice, by kind of source:");
  table(
    rows.filter((r) => r.where === 'voice'),
    (r) => r.kind,
  );
  console.info("Agent only in the article's voice, by where the narrated agent is:");
  table(
    rows.filter((r) => r.where === 'voice'),
    (r) => `${r.lede ? 'lede' : 'body'} ${r.before ? 'before' : 'after'}${r.ownSide ? ' own side' : ''}`,
  );
  if (list)
    for (const r of rows.filter((x) => x.where === 'voice'))
      console.info(
        `\n${r.folder} ${r.statement.id} ${r.statement.stance} [${r.statement.targets.join(', ')}] ${r.kind}: ${r.speaker}\n  words: ${r.words}\n  voice: ${r.voice}`,
      );
}

if (require.main === module) main();
