import fs from 'node:fs';
import type { Chain } from '../../src/ingest/eval/corefTrial/chains';

/** A mention as the coreference sidecar writes it; [-1, cpuMillis, "", false] ends each article's list of chains. */
type Written = [number, number, string, boolean];

/** One article's chains and the sidecar's CPU time on it. */
export interface ArticleChains {
  chains: Chain[];
  cpuMs: number;
}

/**
 * Reads the coreference sidecar's output (coref/CorefSidecar.java) for the articles it was given
 * (articles.ts), keyed by the article's text as the extractor sees it.
 */
export function loadChains(articlesFile: string, chainsFile: string): Map<string, ArticleChains> {
  const texts = new Map<string, string>();
  for (const line of fs.readFileSync(articlesFile, 'utf8').split('\n').filter(Boolean)) {
    const { id, text } = JSON.parse(line) as { id: string; text: string };
    texts.set(id, text);
  }
  const out = new Map<string, ArticleChains>();
  if (!fs.existsSync(chainsFile)) return out;
  for (const line of fs.readFileSync(chainsFile, 'utf8').split('\n').filter(Boolean)) {
    const { id, chains } = JSON.parse(line) as { id: string; chains: (Written[] | Written)[] };
    const text = texts.get(id);
    if (text === undefined) continue;
    const isCpu = (c: Written[] | Written): c is Written => typeof c[0] === 'number';
    out.set(text, {
      cpuMs: chains.filter(isCpu)[0]?.[1] ?? 0,
      chains: chains
        .filter((c): c is Written[] => !isCpu(c))
        .map((c) =>
          c.map(([start, end, words, representative]) => ({ start, end, text: words, representative })),
        ),
    });
  }
  return out;
}
