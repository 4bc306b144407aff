import winkNLP, { type ItsFunction, type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

/**
 * Sentences and tokens come from wink-nlp with its English "lite web" model (shipped in the npm
 * package, works offline). Measured against compromise on the seed articles: both split the
 * sentences the same way, but wink was ~10x faster and gives every token a part of speech and a
 * lemma, which the attribution rules need ("urged" and "urging" are both `urge`).
 */
export interface Token {
  index: number;
  text: string;
  /** Lower-cased, accents and typographic apostrophes/dashes folded: what name matching compares. */
  norm: string;
  start: number;
  end: number;
  /** Universal POS tag (VERB, AUX, NOUN, PROPN, ADP, PUNCT, …). */
  pos: string;
  lemma: string;
  sentence: number;
}

export interface Sentence {
  index: number;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
  /** Not prose: a headline, a photo credit, a "READ MORE" link (no final punctuation). */
  headline: boolean;
}

export interface TextAnalysis {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
}

let pipeline: WinkMethods | undefined;

/** Loading the model takes ~80 ms, so it is done once per process, on first use; it is never mutated. */
function nlp(): WinkMethods {
  return (pipeline ??= winkNLP(model));
}

export function normWord(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-')
    .toLowerCase();
}

/** Word tokens of a short phrase (an alias), tokenised exactly as article text is. */
export function phraseWords(phrase: string): string[] {
  const doc = nlp().readDoc(phrase);
  const tags = doc.tokens().out(nlp().its.pos) as string[];
  return doc
    .tokens()
    .out()
    .filter((value, i) => tags[i] !== 'SPACE' && value.trim())
    .map(normWord);
}

export function analyse(text: string): TextAnalysis {
  const its = nlp().its;
  const doc = nlp().readDoc(text);
  const values = doc.tokens().out();
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  // The model's lemmatiser is typed loosely by wink; it returns one string per token.
  const lemmas = doc.tokens().out(its.lemma as unknown as ItsFunction<string>) as string[];

  const tokens: Token[] = [];
  const offsets: number[] = [];
  let offset = 0;
  values.forEach((value, i) => {
    offset += (spaces[i] ?? '').length;
    offsets.push(offset);
    const pos = tags[i] ?? 'X';
    // wink can report an empty lemma for symbols; fall back to the word itself.
    const lemma = normWord(lemmas[i] || value);
    if (pos !== 'SPACE' && value.trim()) {
      const token = {
        index: tokens.length,
        text: value,
        norm: normWord(value),
        start: offset,
        end: offset + value.length,
      };
      tokens.push({ ...token, pos, lemma, sentence: -1 });
    }
    offset += value.length;
  });
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const winkStarts = spans.map(([first]) => offsets[first] ?? 0);
  return { text, tokens, sentences: splitSentences(text, winkStarts, tokens) };
}

/** wink's sentences, cut again at line breaks: a line break always ends a sentence in article text. */
function splitSentences(text: string, winkStarts: number[], tokens: Token[]): Sentence[] {
  // A sentence opens at the first token at or after each of wink's sentence starts, and after every line break.
  const starts = new Set<number>([0]);
  let t = 0;
  for (const start of winkStarts) {
    while (t < tokens.length && (tokens[t] as Token).start < start) t++;
    if (t < tokens.length && !insideWord(tokens, t)) starts.add(t);
  }
  for (let i = 1; i < tokens.length; i++) {
    if (text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start).includes('\n')) starts.add(i);
    else if (opensQuotedSentence(tokens, i)) starts.add(i);
  }
  const ordered = [...starts].sort((a, b) => a - b);
  const sentences: Sentence[] = [];
  ordered.forEach((first, k) => {
    const last = ordered[k + 1] ?? tokens.length;
    if (last <= first) return;
    const index = sentences.length;
    for (let i = first; i < last; i++) (tokens[i] as Token).sentence = index;
    const start = (tokens[first] as Token).start;
    const end = (tokens[last - 1] as Token).end;
    const headline = !isProse(text.slice(start, end)) || isCaption(lineAround(text, start));
    sentences.push({ index, start, end, first, last, headline });
  });
  return sentences;
}

/** The line (paragraph) holding offset `at`. */
function lineAround(text: string, at: number): string {
  const from = text.lastIndexOf('\n', at - 1) + 1;
  const to = text.indexOf('\n', at);
  return text.slice(from, to < 0 ? text.length : to);
}

/**
 * A photo caption kept inside the passage: "FILE: A mural is seen in …", "… four days. Picture:
 * Jane Roe/Agency (ANA)". Its sentences describe a picture; what they attribute is not annotated.
 */
function isCaption(line: string): boolean {
  return (
    /^(FILE( PHOTO)?|PHOTO)\s*[:\-\u2013\u2014]/.test(line) ||
    /\b(Picture|Photo|Image|Credit):\s*[^.!?]*$/.test(line)
  );
}

/** "told Dawn.com that …", "on Al-Monitor.com": a stop with a lower-case word glued after it ends no sentence. */
function insideWord(tokens: Token[], i: number): boolean {
  const [before, t] = [tokens[i - 1], tokens[i] as Token];
  return !!before && before.text === '.' && before.end === t.start && /^[a-z]/.test(t.text);
}

/**
 * "… in a post on X. “We urge …”": a quotation mark opening after a full stop (with a space between,
 * so not a closing mark) and before a capital starts a sentence, even when the model read the word
 * before the stop as an abbreviation.
 */
function opensQuotedSentence(tokens: Token[], i: number): boolean {
  const [before, mark, next] = [tokens[i - 1] as Token, tokens[i] as Token, tokens[i + 1]];
  return (
    /[.!?]$/.test(before.text) &&
    before.end < mark.start &&
    /^["\u201c]$/.test(mark.text) &&
    !!next &&
    next.start === mark.end &&
    /^[A-Z]/.test(next.text)
  );
}

/**
 * Prose ends with a full stop, question or exclamation mark, or a closing quote; headlines and credits
 * do not. A long line is prose whatever its end (a copied passage may lose a paragraph's final stop):
 * headlines run to a dozen words or so.
 */
function isProse(sentence: string): boolean {
  const line = sentence.trim();
  // A closing quote ends prose when a stop stands inside it ('… he said: "We will stay."'); a
  // headline or standfirst drops the stop ('… warning the city against "falling into a trap"').
  if (/["\u201d\u2019]$/.test(line))
    return /[.!?,]["\u201d\u2019]+$/.test(line) || line.split(/\s+/).length >= 20;
  return /[.!?:)]$/.test(line) || line.split(/\s+/).length >= 20;
}

/** The index of the first token starting at or after `offset` (tokens.length if none): a binary search. */
export function tokenAtOrAfter(doc: TextAnalysis, offset: number): number {
  let [low, high] = [0, doc.tokens.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((doc.tokens[mid] as Token).start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The tokens wholly inside text[from, to). */
export function tokensWithin(doc: TextAnalysis, from: number, to: number): Token[] {
  return doc.tokens.slice(tokenAtOrAfter(doc, from), tokenAtOrAfter(doc, to)).filter((t) => t.end <= to);
}

/** The words of the tokens [first, last) as the article writes them (a phrase, a name, a run of tokens). */
export function textOfTokens(text: string, tokens: Token[], run: { first: number; last: number }): string {
  return text.slice((tokens[run.first] as Token).start, (tokens[run.last - 1] as Token).end);
}
