import path from 'node:path';
import { setSpeakerTrial } from '../../src/ingest/speakers/trial';
import { chainTrial } from '../../src/ingest/eval/corefTrial/chains';
import type { Eligibility } from '../../src/ingest/eval/corefTrial/eligible';
import { printTrialTable, trialArticles } from '../../src/ingest/eval/corefTrial/table';
import { textOfTokens } from '../../src/ingest/text/sentences';
import { spansMatch } from '../../src/ingest/eval/score';
import type { EvalArticle } from '../../src/ingest/eval/predictions';
import { isCheckHalf } from '../../src/ingest/eval/corpusGroups';
import type { SpeakerTrial } from '../../src/ingest/speakers/trial';
import { type ArticleChains, loadChains } from './chains';

/**
 * `npx tsx research/parser/corefTrial.ts SYSTEM-(fallback|replace)[-known] [--holdout]`: the (speaker, span) table
 * (src/ingest/eval/corefTrial/table.ts) with CoreNLP's coreference chains deciding the speaker of the candidates
 * the rules resolve to no one (fallback), and also of those whose speaker phrase is a pronoun or a description
 * (replace). SYSTEM names the sidecar's output, .parser/coref-SYSTEM.jsonl (and coref-SYSTEM-holdout.jsonl for
 * --holdout). The eval's own process never starts a JVM: it reads the sidecar's output. Prints the chains' CPU.
 * --list prints each speaker the chains changed in a dev article (never a holdout one) with the gold speaker.
 */
const MODES: Record<string, Eligibility[]> = { fallback: ['dropped'], replace: ['dropped', 'anaphoric'] };
/** "-known" after the mode: only actors known before the chain's mention was read (chains.ts). */
const known = process.argv[2]?.endsWith('-known') ?? false;

const arg = (process.argv[2] ?? '').replace(/-known$/, '');
const at = arg.lastIndexOf('-');
const [system, mode] = [arg.slice(0, at), arg.slice(at + 1)];
const kinds = MODES[mode];
if (!system || !kinds) {
  console.error('usage: corefTrial.ts SYSTEM-(fallback|replace)[-known] [--holdout] [--list]');
  process.exit(2);
}
const holdout = process.argv.includes('--holdout');
const dir = path.resolve(__dirname, '../../.parser');
const chains = new Map<string, ArticleChains>([
  ...loadChains(path.join(dir, 'articles-dev.jsonl'), path.join(dir, `coref-${system}.jsonl`)),
  ...(holdout
    ? loadChains(path.join(dir, 'articles-holdout.jsonl'), path.join(dir, `coref-${system}-holdout.jsonl`))
    : []),
]);
const asked = new Set<string>();
const trial = chainTrial(
  (text) => {
    asked.add(text);
    return chains.get(text)?.chains;
  },
  kinds,
  known,
);
const articles = trialArticles(holdout);
setSpeakerTrial(process.argv.includes('--list') ? listed(trial, articles.dev) : trial);
printTrialTable(process.argv[2] ?? '', articles);
const missing = [...asked].filter((t) => !chains.has(t)).length;
const cpu = [...chains.values()].map((c) => c.cpuMs);
console.info(
  `chains for ${chains.size} articles (${missing} asked for had none); sidecar CPU an article: mean ${(
    cpu.reduce((a, b) => a + b, 0) / Math.max(1, cpu.length)
  ).toFixed(0)} ms, max ${Math.max(0, ...cpu)} ms`,
);

/** The trial, printing each dev speaker it changed (never in the check half, corpusGroups.ts): article, phrase, the rules' actor, the chain's, the gold's. */
function listed(inner: SpeakerTrial, devArticles: EvalArticle[]): SpeakerTrial {
  const listable = devArticles.filter((a) => !isCheckHalf(a.name));
  const dev = new Map(listable.map((a) => [a.text, a]));
  return (ctx, c, phrase, rules) => {
    const given = inner(ctx, c, phrase, rules);
    const a = dev.get(ctx.doc.text);
    if (a && phrase && given?.actor.id !== rules?.actor.id) {
      const gold = a.gold.find((g) => spansMatch(g, c))?.speaker ?? '-';
      const words = textOfTokens(ctx.doc.text, ctx.doc.tokens, phrase);
      console.info(
        `${a.name.slice(0, 5)}\t[${words}]\t${rules?.actor.name ?? '-'} → ${given?.actor.name ?? '-'}\tgold ${gold}`,
      );
    }
    return given;
  };
}
