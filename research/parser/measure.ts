import path from 'node:path';
import { type Phrase, type SubjectSearch, setSubjectTrial } from '../../src/ingest/candidates/subjects';
import { loadCorpus } from '../../src/ingest/eval/corpus';
import { fromCorpus, predictions } from '../../src/ingest/eval/predictions';
import {
  type GoldForScoring,
  type PredictedForScoring,
  scoreArticle,
} from '../../src/ingest/eval/scoreArticle';
import { SEED_DIR } from '../../src/seed/paths';
import { loadSeedFiles } from '../../src/seed/validate';
import { type TextAnalysis, analyse } from '../../src/ingest/text/sentences';
import type { Snapshot } from '../../src/ingest/types';
import { fromAccounts } from '../../src/ingest/facts/accounts';
import {
  type Aligned,
  type ParseToken,
  aligned,
  children,
  isSubject,
  loadParses,
  phraseOf,
  subtree,
} from './parses';

/**
 * `npx tsx research/parser/measure.ts [corenlp|nlp4j]`: the extractor's dev failures of three kinds,
 * and whether the parse (read from the sidecar's output, .parser/PARSER.jsonl) gets them right more
 * often than the rules, per corpus A–H. See src/ingest/README.md, "Parsers measured, not adopted".
 *  (a) casualty or damage reports: does the parse find an agent of the harm inside the reported words?
 *  (b) where a paraphrase's span ends: the rules' end against the end of the parse's content clause.
 *  (c) missed or wrongly attributed statements whose reporting verb's subject is a pronoun or a
 *      definite common noun ("the group"): is the parse's subject any different from the rules'?
 */
const parser = process.argv[2] ?? 'corenlp';
const dir = path.resolve(__dirname, '../../.parser');
const parses = loadParses(path.join(dir, 'sentences.jsonl'), path.join(dir, `${parser}.jsonl`));

const seed = loadSeedFiles(SEED_DIR);
const snapshot: Snapshot = { actors: seed.actors, places: seed.places, events: seed.events };
const CORPORA = 'ABCDEFGH';
const corpusOf = (folder: string): string => CORPORA[Number(folder[0]) - 1] ?? '?';

type Counts = Record<string, number>;
const table = new Map<string, Map<string, Counts>>();
function count(kind: string, corpus: string, key: string, n = 1): void {
  let k = table.get(kind);
  if (!k) table.set(kind, (k = new Map()));
  for (const c of [corpus, 'all']) {
    let row = k.get(c);
    if (!row) k.set(c, (row = {}));
    row[key] = (row[key] ?? 0) + n;
  }
}

// ---------- (a) the agent of harm in a casualty or damage report
const HARM_WORDS =
  /\b(kill\w*|died|dies|dead|deaths?|wound\w*|injur\w*|casualt\w*|destroy\w*|damag\w*|shell\w*|struck|hit|bomb\w*|massacre\w*|murder\w*)\b/i;
const HARM_VERB =
  /^(kill|killed|killing|kills|wound|wounded|wounding|injure|injured|injuring|destroy|destroyed|destroying|damage|damaged|damaging|hit|hitting|hits|strike|struck|striking|strikes|shell|shelled|shelling|attack|attacked|attacking|attacks|target|targeted|targeting|bomb|bombed|bombing|massacred|murdered|executed|abducted|kidnapped|burned|burnt|looted|raided)$/i;
const DEATH = /^(died|die|dies|dying|dead|death|deaths)$/i;
const ATTACK_NOUN =
  /^(attacks?|strikes?|airstrikes?|raids?|shelling|bombings?|bombardments?|ambush(es)?|assaults?|massacres?|shooting|gunfire|offensive|drone|missiles?|rockets?)$/i;
const OWN = /^(we|i|us|our)$/i;

/** Does the parse give an agent for harm told inside [from, to) of the article? */
function parseAgent(a: Aligned, from: number, to: number): boolean {
  const inside = (p: number) => {
    const t = a.tokens[p] as ParseToken;
    return t[0] + a.base >= from && t[1] + a.base <= to;
  };
  const label = (p: number) => (a.tokens[p] as ParseToken)[5];
  const word = (p: number) => (a.tokens[p] as ParseToken)[2];
  const attackUnder = (p: number) => subtree(a, p).some((q) => ATTACK_NOUN.test(word(q)));
  for (let h = 0; h < a.tokens.length; h++) {
    if (!inside(h)) continue;
    const w = word(h);
    const kids = children(a, h);
    const passive = kids.some((c) => /^(aux:pass|auxpass|nsubj:pass|nsubjpass)$/.test(label(c)));
    if (HARM_VERB.test(w)) {
      // "X killed …": an active subject, unless the speaker's own side.
      if (!passive && kids.some((c) => isSubject(label(c)) && inside(c) && !OWN.test(word(c)))) return true;
      // "… were killed by X", "… killed in a drone strike".
      if (kids.some((c) => /^(obl:agent|agent)$/.test(label(c)) && inside(c))) return true;
      if (kids.some((c) => /^(obl|nmod|prep|advcl|pobj)$/.test(label(c)) && inside(c) && attackUnder(c)))
        return true;
    }
    // "… died in the shelling", "the dead of the attack".
    if (
      DEATH.test(w) &&
      kids.some((c) => /^(obl|nmod|prep|advcl)$/.test(label(c)) && inside(c) && attackUnder(c))
    )
      return true;
  }
  return false;
}
/**
 * Rule 7's own exclusions (facts/accounts.ts: the harmed are the attackers, no harm done, the speaker's
 * side did it, a hedge, a forecast) applied with the agent found in the report standing in for the
 * source's accusing statement nearby.
 */
function rule7Allows(content: string, sentence: string): boolean {
  const item = {
    speakerId: 's',
    stance: 'CLAIMS' as const,
    content,
    sentence,
    targets: [],
    named: [],
    at: 0,
  };
  const accusing = { ...item, stance: 'ACCUSES' as const, content: '', sentence: '' };
  return fromAccounts([item, accusing])[0]?.stance === 'ACCUSES';
}
/** The same question without a parse: "by …", an attack noun, for a fair comparison. */
const REGEX_AGENT =
  /\b(by (an?|the) |by [A-Z]|(in|during|after|from) (an?|the|\w+) ([\w-]+ ){0,3}(attacks?|strikes?|airstrikes?|raids?|shelling|bombings?|bombardments?|ambush|assaults?)\b|(attacks?|strikes?|airstrikes?|raids?|shelling|bombings?|bombardment|ambush|gunmen|militants|forces|troops|soldiers|fighters) (have |has |had )?(killed|wounded|injured|destroyed|damaged|hit|struck))/;

function kindA(corpus: string, doc: TextAnalysis, pairs: [GoldForScoring, PredictedForScoring][]): void {
  for (const [g, p] of pairs) {
    const words = doc.text.slice(p.start, p.end);
    if (!HARM_WORDS.test(words)) continue;
    const sentences = doc.sentences.filter((s) => s.end > p.start && s.start < p.end);
    const parsed = sentences.map((s) => aligned(parses, doc, s));
    const agent = parsed.some((a) => a !== null && parseAgent(a, p.start, p.end));
    const regex = REGEX_AGENT.test(words);
    const sentenceText = sentences.map((x) => doc.text.slice(x.start, x.end)).join(' ');
    const agent7 = agent && rule7Allows(words, sentenceText);
    const regex7 = regex && rule7Allows(words, sentenceText);
    const goldAcc = g.stance === 'ACCUSES';
    const neutral = p.stance === 'NEUTRAL';
    count('a', corpus, 'reports');
    if (goldAcc) count('a', corpus, 'goldACCUSES');
    if (p.stance === g.stance) count('a', corpus, 'rulesRight');
    if (goldAcc && neutral) count('a', corpus, 'missedACCUSES');
    if (goldAcc && neutral && agent) count('a', corpus, 'parseFinds');
    if (!goldAcc && neutral && agent && g.stance === 'NEUTRAL') count('a', corpus, 'parseWrongFlip');
    if (process.env.PARSER_DUMP && neutral && agent)
      console.info(
        `  (a) ${corpus} gold ${g.stance} rule7 ${agent7}: ${JSON.stringify(words.slice(0, 140))}`,
      );
    if (goldAcc && neutral && regex) count('a', corpus, 'regexFinds');
    if (!goldAcc && neutral && regex && g.stance === 'NEUTRAL') count('a', corpus, 'regexWrongFlip');
    if (goldAcc && neutral && agent && !regex) count('a', corpus, 'parseOnly');
    if (goldAcc && neutral && agent7) count('a', corpus, 'parse7Finds');
    if (!goldAcc && neutral && agent7 && g.stance === 'NEUTRAL') count('a', corpus, 'parse7WrongFlip');
    if (goldAcc && neutral && regex7) count('a', corpus, 'regex7Finds');
    if (!goldAcc && neutral && regex7 && g.stance === 'NEUTRAL') count('a', corpus, 'regex7WrongFlip');
  }
}
/** Stance accuracy on all found statements, as is and with (a)'s flips (post hoc, no cascade). */
function stanceWithFlip(
  corpus: string,
  doc: TextAnalysis,
  pairs: [GoldForScoring, PredictedForScoring][],
): void {
  for (const [g, p] of pairs) {
    count('stance', corpus, 'found');
    if (g.stance === p.stance) count('stance', corpus, 'rules');
    let flipped = p.stance;
    let flippedRegex = p.stance;
    let flipped7 = p.stance;
    if (p.stance === 'NEUTRAL' && HARM_WORDS.test(doc.text.slice(p.start, p.end))) {
      const ss = doc.sentences.filter((s) => s.end > p.start && s.start < p.end);
      if (
        ss.some((s) => {
          const a = aligned(parses, doc, s);
          return a !== null && parseAgent(a, p.start, p.end);
        })
      ) {
        flipped = 'ACCUSES';
        const content = doc.text.slice(p.start, p.end);
        if (rule7Allows(content, ss.map((x) => doc.text.slice(x.start, x.end)).join(' ')))
          flipped7 = 'ACCUSES';
      }
      if (REGEX_AGENT.test(doc.text.slice(p.start, p.end))) flippedRegex = 'ACCUSES';
    }
    if (g.stance === flipped) count('stance', corpus, 'parse');
    if (g.stance === flippedRegex) count('stance', corpus, 'regex');
    if (g.stance === flipped7) count('stance', corpus, 'parse+rule7');
  }
}

// ---------- (b) where a paraphrase's content clause ends
const trimmed = (text: string, start: number, end: number): number => {
  let e = end;
  while (e > start && /[\s.,;:!?"'\u201d\u2019)]/.test(text[e - 1] ?? '')) e--;
  return e;
};
/** The end of the content under the reporting verb at the span's start: its subtree without what follows as a clause of its own. */
export function parseEnd(doc: TextAnalysis, a: Aligned, verbAt: number): number | null {
  const p = a.tokens.findIndex(([s, e]) => s + a.base <= verbAt && verbAt < e + a.base);
  if (p < 0) return null;
  const label = (q: number) => (a.tokens[q] as ParseToken)[5];
  const own = subtree(a, p, (c) => c > p && /^(advcl|conj|cc|parataxis|punct)$/.test(label(c)));
  const last = own.filter((q) => q >= p && label(q) !== 'punct').pop();
  return last === undefined ? null : (a.tokens[last] as ParseToken)[1] + a.base;
}

function kindB(
  corpus: string,
  doc: TextAnalysis,
  pairs: [GoldForScoring, PredictedForScoring][],
  missed: GoldForScoring[],
): void {
  const text = doc.text;
  for (const [g, p] of pairs) {
    if (p.direct) continue;
    const s = doc.sentences.find((x) => x.start <= p.start && p.start < x.end);
    const a = s ? aligned(parses, doc, s) : null;
    if (!a) continue;
    const goldEnd = trimmed(text, g.start, g.end);
    const same = (end: number | null) => end !== null && trimmed(text, p.start, end) === goldEnd;
    const e = parseEnd(doc, a, p.start);
    // The span runs into a statement of its own that the scorer counts as missed ("…, adding that …").
    const runsInto = missed.some((m) => m.start >= g.end && m.start < p.end);
    count('b', corpus, 'paraphrases');
    if (same(p.end)) count('b', corpus, 'rulesExact');
    if (same(e)) count('b', corpus, 'parseExact');
    const cut = e === null ? p.end : Math.min(e, p.end);
    if (same(cut)) count('b', corpus, 'cutExact');
    if (!same(p.end) && same(cut)) count('b', corpus, 'cutFixes');
    if (same(p.end) && !same(cut)) count('b', corpus, 'cutBreaks');
    if (runsInto) {
      count('b', corpus, 'runsIntoMissed');
      const m = missed.find((x) => x.start >= g.end && x.start < p.end) as GoldForScoring;
      if (e !== null && trimmed(text, p.start, e) <= m.start) count('b', corpus, 'parseStopsBefore');
    }
  }
  // "…," X told reporters: a statement whose words are only the attribution.
  // Counted in the report from the eval's extras; nothing to parse here.
}

// ---------- (c) pronoun and "the group" subjects of reporting verbs
interface Asked {
  v: number;
  rules: Phrase | null;
}
let asked: Asked[] = [];
setSubjectTrial((_doc, _sentence, v, rules): SubjectSearch => {
  asked.push({ v, rules: rules.phrase });
  return rules;
});
const PRONOUN = /^(he|she|they|it|we|i)$/i;
const DEFINITE = /^(the|this|that|its|their|his|her) [a-z][\w-]*( [a-z][\w-]*)?$/;

function kindC(
  corpus: string,
  doc: TextAnalysis,
  art: ReturnType<typeof fromCorpus>,
  failed: GoldForScoring[],
): void {
  for (const g of failed) {
    const s = doc.sentences.find((x) => x.start <= g.start && g.start < x.end);
    if (!s) continue;
    const a = aligned(parses, doc, s);
    const here = asked.filter(({ v }) => v >= s.first && v < s.last);
    for (const { v, rules } of here) {
      if (!rules) continue;
      const phrase = doc.text.slice(
        (doc.tokens[rules.first] as { start: number }).start,
        (doc.tokens[rules.last - 1] as { end: number }).end,
      );
      const kind = PRONOUN.test(phrase) ? 'pronoun' : DEFINITE.test(phrase) ? 'definite' : null;
      if (!kind) continue;
      count('c', corpus, kind);
      const p = a?.of.get(v);
      const subj = a && p !== undefined ? a.tokens.findIndex((t) => t[4] === p + 1 && isSubject(t[5])) : -1;
      const parsed = a && subj >= 0 ? phraseOf(a, subtree(a, subj)) : null;
      if (!parsed) count('c', corpus, `${kind}:parseNone`);
      else if (parsed.first === rules.first && parsed.last === rules.last)
        count('c', corpus, `${kind}:parseSame`);
      else {
        const text = doc.text.slice(
          (doc.tokens[parsed.first] as { start: number }).start,
          (doc.tokens[parsed.last - 1] as { end: number }).end,
        );
        const actor = art.actors.find((x) => x.id === g.speaker);
        const names = actor ? [actor.name, ...actor.aliases] : [];
        count('c', corpus, `${kind}:parseOther`);
        if (process.env.PARSER_DUMP)
          console.info(
            `  (c) ${corpus} rules ${JSON.stringify(phrase)} parse ${JSON.stringify(text)} gold ${g.speaker}`,
          );
        if (names.some((n) => text.toLowerCase().includes(n.toLowerCase())))
          count('c', corpus, `${kind}:parseNamesGold`);
      }
      break;
    }
  }
}

for (const c of loadCorpus().articles.filter((x) => x.split === 'dev')) {
  const art = fromCorpus(c);
  const corpus = corpusOf(c.folder);
  asked = [];
  const preds = predictions(art, snapshot);
  const score = scoreArticle(art.gold, preds);
  const doc = analyse(art.text);
  kindA(corpus, doc, score.pairs);
  stanceWithFlip(corpus, doc, score.pairs);
  kindB(corpus, doc, score.pairs, score.missed);
  const failed = [
    ...score.missed,
    ...score.wrong.filter(([g, p]) => g.speaker !== p.speaker).map(([g]) => g),
  ];
  kindC(corpus, doc, art, failed);
}

for (const [kind, rows] of table) {
  console.info(`\n== (${kind}) ${parser}`);
  const keys = [...new Set([...rows.values()].flatMap((r) => Object.keys(r)))];
  console.info(['corpus', ...keys].map((k) => k.padStart(Math.max(7, k.length))).join(' '));
  for (const c of [...CORPORA, 'all']) {
    const r = rows.get(c) ?? {};
    console.info(
      [c, ...keys.map((k) => String(r[k] ?? 0))]
        .map((v, i) => v.padStart(Math.max(7, ['corpus', ...keys][i]?.length ?? 0)))
        .join(' '),
    );
  }
}
