import type { Mention } from './actorIndex';
import { TITLE_WORDS } from './gazetteer';
import { guessKind } from './newActors';
import { nameRun } from './speakerNames';
import { type TextAnalysis, type Token, textOfTokens } from '../text/sentences';

/**
 * A person the article introduces by name and role anywhere in its text, speaking or not ("the
 * deputy spokesman for the French Foreign Ministry, François Delmas", "Salama Marouf, a spokesperson
 * for Hamas", "Prime Minister Abiy"): later "he", "the minister" or "Delmas" can mean them.
 */
export interface IntroducedPerson {
  name: string;
  /** Token range [first, last) of the name. */
  first: number;
  last: number;
  /** The words of the role around the name, lower case ("deputy", "spokesman", "for", "french", …). */
  role: string[];
  /** States and organizations named in the role ("Serbia's President …" → Serbia). */
  roleMentions: Mention[];
}

/** Nouns that make the words around a name a person's role. */
export const ROLE_NOUNS = new Set(
  (
    'spokesperson spokesman spokeswoman minister president chief leader head envoy representative deputy ' +
    'ambassador secretary adviser advisor aide commander chairman chairwoman chairperson chair ' +
    'commissioner director coordinator governor mayor premier general colonel officer official ' +
    'diplomat ombudsman king emir chancellor lawmaker legislator senator cleric prosecutor judge member'
  ).split(' '),
);

/**
 * Every name run that its role marks as a person: a role in the words before it (within its clause,
 * or the apposition before a comma), or an apposition after it (", a spokesperson for Hamas").
 */
export function introducedPersons(doc: TextAnalysis, mentions: Mention[]): IntroducedPerson[] {
  const { tokens } = doc;
  const found: IntroducedPerson[] = [];
  for (const sentence of doc.sentences) {
    let k = sentence.first;
    // A role never reaches back past the person named before it ("President X and Prime Minister Y").
    let boundary = sentence.first;
    while (k < sentence.last) {
      const run = nameRun(doc, k, sentence.last, mentions);
      if (!run) break;
      k = run.last;
      const before = roleBefore(tokens, run.first, boundary);
      const after = roleAfter(tokens, run.last, sentence.last);
      const role = [...before, ...after];
      const titled = before.length > 0 && TITLE_WORDS.has(tokens[run.first - 1]?.norm ?? '');
      if (!role.some((t) => ROLE_NOUNS.has(t.norm))) continue;
      // "…under the guidance of CNSP President Abdourahamane Tchiani…," he added: named in the words, not speaking.
      if (insideQuote(doc.text, (tokens[run.first] as Token).start)) continue;
      if (run.last - run.first < 2 && !titled) continue;
      const name = textOfTokens(doc.text, tokens, run);
      if (guessKind(name).kind !== 'PERSON' || /\s(and|&)\s/.test(name)) continue;
      const roleMentions = [before, after].flatMap((ts) =>
        ts.length
          ? mentions.filter(
              (m) => m.first >= (ts[0] as Token).index && m.last <= (ts[ts.length - 1] as Token).index + 1,
            )
          : [],
      );
      found.push({ name, first: run.first, last: run.last, role: role.map((t) => t.norm), roleMentions });
      boundary = run.last;
    }
  }
  return found;
}

/** The role words right before a name: back to the clause's start, or across one comma (an apposition). */
function roleBefore(tokens: Token[], first: number, sentenceFirst: number): Token[] {
  let k = first - 1;
  if (tokens[k]?.text === ',') k--;
  const words: Token[] = [];
  for (; k >= sentenceFirst && words.length < 14; k--) {
    const t = tokens[k] as Token;
    if (t.text === ';' || t.text === ':' || t.pos === 'VERB' || t.pos === 'AUX') break;
    // "the Minister of Information, Culture and Tourism, Ana Ruiz": a role may list its portfolios.
    if (t.text === ',' && words.some((w) => ROLE_NOUNS.has(w.norm))) break;
    words.unshift(t);
  }
  return words;
}

/**
 * ", a spokesperson for Hamas," / ", head of operations at the hospital,": the apposition after a
 * name; or what a sentence says the person is ("Ana Ruiz is a member of the council.").
 */
function roleAfter(tokens: Token[], last: number, sentenceLast: number): Token[] {
  const copula =
    ['is', 'was'].includes(tokens[last]?.norm ?? '') &&
    ['a', 'an', 'the'].includes(tokens[last + 1]?.norm ?? '');
  if (tokens[last]?.text !== ',' && !copula) return [];
  const words: Token[] = [];
  for (let k = last + 1 + (copula ? 1 : 0); k < sentenceLast && words.length < 12; k++) {
    const t = tokens[k] as Token;
    if (t.text === ',' || t.text === ';' || t.pos === 'VERB' || t.pos === 'AUX') break;
    words.push(t);
  }
  return words;
}

/** Whether an offset lies inside quotation marks opened earlier in its paragraph. */
export function insideQuote(text: string, offset: number): boolean {
  const paragraph = text.lastIndexOf('\n', offset - 1) + 1;
  let open = false;
  for (let i = paragraph; i < offset; i++) {
    const c = text[i];
    if (c === '\u201c') open = true;
    else if (c === '\u201d') open = false;
    else if (c === '"') open = !open;
  }
  return open;
}
