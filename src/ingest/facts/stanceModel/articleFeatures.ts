import type { ActorEntry } from '../../../vocabulary/terms';
import { ActorIndex } from '../../speakers/actorIndex';
import { type TextAnalysis, tokenAtOrAfter } from '../../text/sentences';
import type { ExtractedStatement, Extraction, Snapshot } from '../../types';
import { foldedWords } from '../words';
import { stems } from './features';

/*
 * What the sentence-bound stance rules cannot see, read from a whole extraction: what the same speaker
 * says elsewhere in the article, whether the actors the words name are on the other side from the
 * speaker, whether the words report an attack or casualties and who is named as its doer, words of
 * blame in the paragraph, and what kind of actor speaks. Features are named by kind ("art:…").
 */

/** Harm or attack words: a report of an incident (general English, not corpus phrases). */
const HARM =
  /\b(kill\w*|dead|deaths?|died|wound\w*|injur\w*|casualt\w*|fatalit\w*|attack\w*|strikes?|struck|shell\w*|bomb\w*|fired|firing|raid\w*|ambush\w*|massacre\w*|destroy\w*|abduct\w*|kidnap\w*|burn\w*|looted|loot\w*|assault\w*|clash\w*|offensive|invasion|invaded|occup\w*|violat\w*)\b/;
/** A doer given by a by-phrase or an agent noun after the act ("carried out by", "fired from"). */
const DOER =
  /\b(by|from)\s+(the\s+)?([a-z]+\s+){0,2}(forces|troops|army|militants?|fighters|rebels|gunmen|group|militia|soldiers|police|regime|enemy|terrorists?|insurgents|jihadists|bandits|drones?)\b/;
const DOER_NAMED = /\b(by|from)\s+(the\s+)?[A-Z][\w-]+/;
/** Blame and denial words anywhere in the paragraph (general English lexicon). */
const BLAME =
  /\b(accus\w*|blam\w*|responsib\w*|culprit\w*|perpetrat\w*|aggress\w*|provocat\w*|crimes?|criminal|terroris\w*|violat\w*|retaliat\w*|revenge|deni\w*|reject\w*|condemn\w*|atrocit\w*|genocide|false|fabricat\w*|propaganda)\b/g;
/** What a described speaker is, from the words naming it. */
const SPEAKER_KINDS: [string, RegExp][] = [
  [
    'witness',
    /\b(witness\w*|residents?|survivors?|villagers?|locals?|eyewitness\w*|relatives?|families|doctors?|medics?|nurses?)\b/i,
  ],
  [
    'military',
    /\b(army|military|armed forces|forces|defen[cs]e|troops|command|commander|general|colonel|idf|soldiers?)\b/i,
  ],
  [
    'armed-group',
    /\b(rebels?|militia\w*|insurgents?|fighters|militants?|movement|front|brigades?|hamas|hezbollah|houthis?|rsf|jihadists?)\b/i,
  ],
  [
    'state-organ',
    /\b(ministry|minister|government|president|prime minister|spokes\w+|office|presidency|kremlin|cabinet|authorit\w+|foreign)\b/i,
  ],
  [
    'international',
    /\b(un|u\.n\.|united nations|eu|european union|nato|osce|icrc|red cross|amnesty|human rights watch|unicef|who|ocha|unhcr|au|african union|ecowas|envoy|secretary-general|agency)\b/i,
  ],
];

export interface ArticleContext {
  doc: TextAnalysis;
  x: Extraction;
  index: ActorIndex;
}

/** The index of every actor the extraction knows (the snapshot's and the ones it made), for sides. */
export function articleContext(doc: TextAnalysis, x: Extraction, snapshot: Snapshot): ArticleContext {
  const made: ActorEntry[] = x.newActors.map((a) => ({
    id: a.id,
    name: a.name,
    kind: a.kind,
    orgType: a.orgType,
    aliases: a.aliases,
    partOf: a.partOf,
  }));
  return { doc, x, index: new ActorIndex([...snapshot.actors, ...made]) };
}

const sentenceOf = (doc: TextAnalysis, at: number) => doc.tokens[tokenAtOrAfter(doc, at)]?.sentence ?? -1;

function paragraphOf(text: string, start: number, end: number): string {
  const opens = text.lastIndexOf('\n', start);
  const closes = text.indexOf('\n', end);
  return text.slice(opens < 0 ? 0 : opens, closes < 0 ? text.length : closes);
}

/** The article-level features of one extracted statement. */
export function articleFeatures(ctx: ArticleContext, s: ExtractedStatement): string[] {
  const { doc, x, index } = ctx;
  const features = new Set<string>();
  const at = sentenceOf(doc, s.start);
  // What the same speaker says elsewhere, as the rules read it.
  for (const o of x.statements) {
    if (o === s || o.speaker.id !== s.speaker.id) continue;
    const near = Math.abs(sentenceOf(doc, o.start) - at) <= 3 ? 'near' : 'far';
    features.add(`art:same:${o.stance}`);
    features.add(`art:same-${near}:${o.stance}`);
  }
  // The speaker's kind and what the words naming it say it is.
  const speaker = index.get(s.speaker.id);
  features.add(`art:kind:${s.speaker.kind}`);
  if (speaker?.orgType) features.add(`art:org:${speaker.orgType}`);
  for (const [name, pattern] of SPEAKER_KINDS)
    if (pattern.test(`${s.speaker.mention} ${s.speaker.name}`)) features.add(`art:spk:${name}`);
  if (s.via) features.add('art:via');
  // Who the words name, and on which side of the speaker they stand.
  const own = index.sideOf(s.speaker.id);
  const named = index.mentions(doc.tokens, tokenAtOrAfter(doc, s.start), tokenAtOrAfter(doc, s.end));
  let other = 0;
  let same = 0;
  for (const m of named) {
    if (m.actor.id === s.speaker.id) continue;
    const side = index.sideOf(m.actor.id);
    if (own && side === own) same++;
    else if (own && side) other++;
  }
  if (other) features.add('art:names-other-side');
  if (same) features.add('art:names-own-side');
  if (!own) features.add('art:speaker-no-side');
  features.add(`art:targets:${Math.min(2, s.targets.length)}`);
  // An attack or casualties, and whether a doer is named.
  const span = s.text;
  const folded = foldedWords(span);
  if (HARM.test(folded)) {
    features.add('art:harm');
    if (DOER.test(folded) || DOER_NAMED.test(span)) features.add('art:harm-doer');
    else features.add('art:harm-no-doer');
    if (other) features.add('art:harm-other-side');
  }
  if (x.claims.some((c) => c.statementId === s.id)) features.add('art:casualty-claim');
  // Blame in the paragraph outside the statement's own words.
  const paragraph = paragraphOf(doc.text, s.start, s.end).replace(span, ' ');
  for (const w of new Set(foldedWords(paragraph).match(BLAME) ?? []))
    features.add(`art:para:${stems(w)[0] ?? w}`);
  // The whole sentence's words, beyond the three either side the sentence features read.
  const sentence = doc.sentences[at];
  if (sentence)
    for (const w of stems(doc.text.slice(sentence.start, sentence.end))) features.add(`art:s:${w}`);
  return [...features];
}
