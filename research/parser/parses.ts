import fs from 'node:fs';
import type { Phrase } from '../../src/ingest/candidates/subjects';
import type { Sentence, TextAnalysis } from '../../src/ingest/text/sentences';

/** One parsed token: character offsets in its sentence, word, tag, head (1-based, 0 the root), relation. */
export type ParseToken = [number, number, string, string, number, string];

/** A sentence's parse, aligned to the wink-nlp tokens the extractor uses. */
export interface Aligned {
  tokens: ParseToken[];
  /** Parse token index (0-based) of each wink token of the sentence, by the wink token's index in the article. */
  of: Map<number, number>;
  /** Wink token index (article) where each parse token starts. */
  wink: number[];
  /** Offset of the sentence in the article. */
  base: number;
}

/** Reads a sidecar's output (research/parser/*\/Sidecar.java) with the sentences it was given. */
export function loadParses(sentencesFile: string, parsesFile: string): Map<string, ParseToken[]> {
  const texts = new Map<number, string>();
  for (const line of fs.readFileSync(sentencesFile, 'utf8').split('\n').filter(Boolean)) {
    const { id, text } = JSON.parse(line) as { id: number; text: string };
    texts.set(id, text);
  }
  const parses = new Map<string, ParseToken[]>();
  for (const line of fs.readFileSync(parsesFile, 'utf8').split('\n').filter(Boolean)) {
    const { id, tokens } = JSON.parse(line) as { id: number; tokens: ParseToken[] };
    const text = texts.get(id);
    if (text !== undefined) parses.set(text, tokens);
  }
  return parses;
}

const cache = new WeakMap<TextAnalysis, Map<number, Aligned | null>>();

/** The parse of the sentence, aligned by character offsets; null when the sidecar never saw it. */
export function aligned(
  parses: Map<string, ParseToken[]>,
  doc: TextAnalysis,
  sentence: Sentence,
): Aligned | null {
  let byDoc = cache.get(doc);
  if (!byDoc) cache.set(doc, (byDoc = new Map()));
  if (byDoc.has(sentence.index)) return byDoc.get(sentence.index) ?? null;
  const tokens = parses.get(doc.text.slice(sentence.start, sentence.end));
  let result: Aligned | null = null;
  if (tokens) {
    const base = sentence.start;
    const of = new Map<number, number>();
    const wink: number[] = [];
    for (let w = sentence.first; w < sentence.last; w++) {
      const t = doc.tokens[w];
      if (!t) continue;
      const at = t.start - base;
      const p = tokens.findIndex(([s, e]) => s <= at && at < e);
      if (p >= 0) of.set(w, p);
    }
    tokens.forEach(([s, e], p) => {
      let best = -1;
      for (let w = sentence.first; w < sentence.last; w++) {
        const t = doc.tokens[w];
        if (t && t.start - base < e && t.end - base > s) {
          best = w;
          break;
        }
      }
      wink[p] = best;
    });
    result = { tokens, of, wink, base };
  }
  byDoc.set(sentence.index, result);
  return result;
}

export const children = (a: Aligned, p: number): number[] =>
  a.tokens.flatMap((t, i) => (t[4] === p + 1 ? [i] : []));

/** Parse token indices under p (p included), leaving out the subtrees `skip` rejects (p's children only, or all the way down with `deep`). */
export function subtree(
  a: Aligned,
  p: number,
  skip: (child: number) => boolean = () => false,
  deep = false,
): number[] {
  const out = [p];
  for (const c of children(a, p)) if (!skip(c)) out.push(...subtree(a, c, deep ? skip : undefined, deep));
  return out.sort((x, y) => x - y);
}

/** The wink token range [first, last) covering parse tokens, punctuation at the edges left out. */
export function phraseOf(a: Aligned, ps: number[]): Phrase | null {
  const kept = ps.filter((p) => !/^punct$/.test(a.tokens[p]?.[5] ?? ''));
  const firstP = kept[0];
  const lastP = kept[kept.length - 1];
  if (firstP === undefined || lastP === undefined) return null;
  const first = a.wink[firstP] ?? -1;
  const lastWink = a.wink[lastP] ?? -1;
  if (first < 0 || lastWink < 0) return null;
  return { first, last: lastWink + 1 };
}

/** Relation names differ by parser (CoreNLP UD: nsubj, nsubj:pass; NLP4J: nsubj, nsubjpass). */
export const isSubject = (label: string): boolean => /^(nsubj|nsubjpass|nsubj:pass)$/.test(label);
