import { extractArticle } from '../plan/extract';
import { ActorIndex } from '../speakers/actorIndex';
import { SpeakerResolver } from '../speakers/speakers';
import { ruleCandidates } from './spans/rules';
import { devArticles } from './spans/devArticles';
import { spansMatch } from './score';
import { scoreArticle } from './scoreArticle';
import { fromCorpus, predictionsOf } from './predictions';

/**
 * How many speaker errors and speaker-less drops on the dev split have an anaphoric subject (issue 13,
 * coref9): a pronoun ("it said"), a definite description ("the group said"), or something else, by the
 * kind of the gold speaker. `npx tsx src/ingest/eval/anaphora.ts [--list]`
 */
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'one']);

function subjectClass(mention: string): string {
  const words = mention.trim().split(/\s+/);
  const lower = words.map((w) => w.toLowerCase());
  if (words.length === 1 && PRONOUNS.has(lower[0] ?? '')) return 'pronoun';
  if (['his', 'her', 'its', 'their'].includes(lower[0] ?? '')) return 'possessive';
  const named = words.slice(1).some((w) => /^[A-Z]/.test(w));
  if (lower[0] === 'the' && !named) return 'definite';
  if (lower[0] === 'the' && named) return 'the + name';
  if (words.length === 1 && /^[a-z]/.test(words[0] ?? '')) return 'bare noun';
  return 'other';
}

function main(): void {
  const list = process.argv.includes('--list');
  const { articles, snapshot } = devArticles();
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const a of articles) {
    const article = fromCorpus(a);
    const x = extractArticle(article.text, article.meta, snapshot);
    const preds = predictionsOf(x, article, snapshot);
    const mentionOf = new Map(
      x.statements.map((s) => [`${s.start}:${s.end}`, `${s.speaker.mention} →${s.evidence.by}`]),
    );
    const gold = a.statements.map((g) => ({ ...g, respondsTo: [] }));
    const { missed, wrong } = scoreArticle(gold, preds);
    const kindOf = (id: string) => a.actors.find((x) => x.id === id)?.kind ?? '?';
    const record = (what: string, mention: string, g: { speaker: string; start: number; end: number }) => {
      const cls = subjectClass(mention.replace(/ →\w+$/, ''));
      const kind = kindOf(g.speaker);
      bump(`${what}|${cls}|all`);
      bump(`${what}|${cls}|${kind}`);
      bump(`${what}|${cls}|corpus ${a.corpus}`);
      if (list)
        console.info(
          `${a.folder}\t${what}\t${cls}\t${kind}\t[${mention}] gold ${g.speaker}\t${JSON.stringify(a.text.slice(g.start, g.end)).slice(0, 90)}`,
        );
    };
    for (const [g, p] of wrong)
      if (g.speaker !== p.speaker) record('wrong', mentionOf.get(`${p.start}:${p.end}`) ?? '?', g);
    const { doc, rules: candidates } = ruleCandidates(a.text);
    const index = new ActorIndex(snapshot.actors);
    const resolver = new SpeakerResolver(doc, index, index.mentions(doc.tokens));
    const resolved = new Set(candidates.filter((c) => resolver.resolve(c) !== null));
    for (const g of missed) {
      if (x.statements.some((s) => spansMatch(s, g))) continue;
      const own = candidates.filter((c) => spansMatch(c, g));
      if (own.length === 0 || own.some((c) => resolved.has(c))) continue;
      const phrase = own.find((c) => c.speaker)?.speaker;
      const who = phrase
        ? a.text.slice(doc.tokens[phrase.first]?.start ?? 0, doc.tokens[phrase.last - 1]?.end ?? 0)
        : '-';
      record('dropped', who, g);
    }
  }
  const keys = [...counts.keys()];
  const columns = [...new Set(keys.map((k) => k.split('|')[2] as string))].sort();
  for (const what of ['wrong', 'dropped']) {
    console.info(`\n== ${what}`);
    console.info(
      ['subject'.padEnd(12), ...columns.map((c) => c.replace('corpus ', '').slice(0, 7).padStart(8))].join(
        '',
      ),
    );
    const classes = [
      ...new Set(keys.filter((k) => k.startsWith(`${what}|`)).map((k) => k.split('|')[1] as string)),
    ];
    for (const cls of classes.sort())
      console.info(
        [
          cls.padEnd(12),
          ...columns.map((c) => String(counts.get(`${what}|${cls}|${c}`) ?? 0).padStart(8)),
        ].join(''),
      );
  }
}

main();
