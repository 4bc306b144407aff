import type { TextAnalysis, Token } from '../text/sentences';
import { inCompound, range } from './subjects';

/**
 * The verbs news uses to attribute words to someone, by lemma. Some only attribute with a particular
 * complement: "called on/for" (not "called a ceasefire"), "raised the possibility", "signed a decree",
 * "issued videos showing …", "declared that" (not "declared independence").
 */
const PLAIN = new Set(
  (
    'say state tell add claim allege accuse blame urge demand deny reject refute warn ' +
    'threaten tweet write insist stress emphasize emphasise note announce confirm report ' +
    'condemn denounce criticize criticise deplore praise welcome hail applaud argue ' +
    'assert acknowledge admit promise pledge vow appeal ask suggest propose predict recall ' +
    'explain comment assure caution reiterate voice express describe underline underscore ' +
    'highlight allege complain protest demand decry lament corroborate concede apologize apologise cite ' +
    'request lambast commend affirm reaffirm reassert'
  ).split(' '),
);

const WITH_COMPLEMENT: Record<string, (next: string[]) => boolean> = {
  // "called the army's action a “brutal assault”": naming something in quoted words says something.
  call: (next) =>
    ['on', 'for', 'upon'].includes(next[0] ?? '') ||
    (next[0] === 'to' && next[1] !== 'the') ||
    // "calling its partners to impose sanctions" (not "called the meeting to order").
    callsSomeoneTo(next) ||
    next.slice(1, 8).some((w) => w === '"' || w === '\u201c') ||
    // "called the incident an act of sabotage": naming something names it in the speaker's words.
    labels(next),
  // "regards the clashes as an act of aggression", "pointed to shelling near the plant".
  regard: (next) => next.slice(1, 16).includes('as'),
  // "identified the dead as two farmers", "casting the war as a defence of the homeland".
  identify: (next) => next.slice(1, 8).includes('as'),
  // "named the four killed as …" (not "named a new envoy").
  name: (next) => next.slice(1, 8).includes('as'),
  // "dubbed the raid a “terrorist attack”", "branded them terrorists", "labelled the vote a sham".
  dub: namesSomething,
  brand: namesSomething,
  label: namesSomething,
  term: namesSomething,
  cast: (next) => next.slice(1, 10).includes('as'),
  // "reminded the parties of their obligations", "reminded reporters that …".
  remind: (next) => next.slice(1, 6).some((w) => w === 'of' || w === 'that'),
  // "dismissed the meeting as “pointless”", "dismissed the allegations" (not "dismissed the governor").
  dismiss: (next) =>
    introducesWords(next) ||
    next.slice(1, 12).some((w) => w === 'as' || w === '"' || w === '\u201c') ||
    next.slice(0, 5).some((w) => DISMISSED.has(w)),
  // "the accusation was echoed by the minister", "echoed the calls for restraint" (not "shots echoed").
  echo: (next) => next[0] === 'by' || next.slice(0, 4).some((w) => DISMISSED.has(w)),
  // Verbs that report only with a clause of words: "charged that …", "mentioned that …",
  // "indicated that …", "speculated that …"; "a report found (evidence) that …".
  charge: (next) => next[0] === 'that',
  mention: introducesWords,
  // "indicated that …", "indicating there were no injuries" (not "indicating a shift").
  indicate: (next) => ['that', 'there', 'they', 'he', 'she', 'it', 'we'].includes(next[0] ?? ''),
  specify: (next) => next[0] === 'that',
  clarify: (next) => next[0] === 'that',
  speculate: (next) => next[0] === 'that',
  // Verbs of judging and agreeing that report only with the clause judged: "estimated that …",
  // "agreed that …", "concluded that …", "continued that …" (not "estimated the damage", "agreed to talks").
  estimate: (next) => next[0] === 'that',
  agree: (next) => next[0] === 'that',
  conclude: (next) => next[0] === 'that',
  continue: (next) => next[0] === 'that',
  assess: (next) => next[0] === 'that',
  observe: (next) => next[0] === 'that',
  contend: (next) => next[0] === 'that',
  counter: (next) => next[0] === 'that',
  testify: (next) => next[0] === 'that',
  hint: (next) => next[0] === 'that',
  find: (next) => next[0] === 'that' || (next[0] === 'evidence' && next[1] === 'that'),
  // "slammed the decision" (not "missiles slammed into the city").
  slam: (next) => !['into', 'onto', 'against', 'through', 'down', 'shut'].includes(next[0] ?? ''),
  // "put the death toll at 25": a count given is a statement.
  put: (next) => {
    const toll = next.slice(0, 5).findIndex((w) => w === 'toll' || w === 'tolls');
    return toll >= 0 && next.slice(toll + 1, toll + 3).includes('at');
  },
  // "pressed the rulers to rein in the militants", "pressed for talks" (not "pressed charges").
  press: (next) => next[0] === 'for' || callsSomeoneTo(next),
  // "has ruled out sending troops".
  rule: (next) => next[0] === 'out',
  pay: (next) => next.slice(0, 2).some((w) => ['tribute', 'homage'].includes(w)),
  // "the health ministry recorded four dead and 44 wounded".
  record: (next) =>
    /^(\d|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds)/.test(next[0] ?? ''),
  send: carriesCall,
  extend: carriesCall,
  // "spoke of deliberate attacks", "spoke out against the raids".
  speak: (next) =>
    next[0] === 'of' ||
    next[0] === 'against' ||
    (next[0] === 'out' && ['against', 'on'].includes(next[1] ?? '')),
  // "are pushing for an end to the war", "pushed the parties to talk".
  push: (next) => next[0] === 'for' || callsSomeoneTo(next),
  // "declared that …", "declared security to be his priority" (not "declared independence").
  declare: (next) =>
    introducesWords(next) ||
    next.slice(1, 6).join(' ').includes('to be') ||
    // "declared the militias responsible for the rioting": a verdict on someone.
    next.slice(1, 14).some((w) => w === 'responsible' || w === 'accountable'),
  // "revealed that …", "disclosed that …" (not "revealed the names" or "disclosed its location").
  reveal: introducesWords,
  disclose: introducesWords,
  // "thanked the hosts for …", "congratulated both sides on the accord" (not "thanked" alone).
  thank: (next) => next.slice(1, 10).includes('for'),
  congratulate: (next) => next.slice(1, 10).some((w) => w === 'on' || w === 'for'),
  // "encouraged all parties to the accord to honour it", "instructed citizens not to travel".
  encourage: urgesSomeoneTo,
  // "invited the Council to act so that …" (not "invited reporters to a briefing").
  invite: (next) =>
    urgesSomeoneTo(next) &&
    !next.slice(1, 10).some((w, j) => w === 'to' && OBJECT_OPENERS.has(next[j + 2] ?? '')),
  instruct: urgesSomeoneTo,
  // "attributed the blast to a gas leak" (not "an attack attributed to the rebels": a passive).
  attribute: (next) => next[0] !== 'to' && next.slice(1, 12).includes('to'),
  // "holds Israel fully responsible for …", "held the army accountable".
  hold: (next) =>
    !['a', 'an', 'talks', 'meetings'].includes(next[0] ?? '') &&
    next.slice(1, 14).some((w) => w === 'responsible' || w === 'accountable'),
  offer: (next) => next.slice(0, 3).includes('condolences'),
  protest: introducesWords,
  complain: introducesWords,
  recall: introducesWords,
  maintain: (next) => next[0] === 'that',
  // "posted on Telegram that …", "defended in a statement that …" (not "posted a video", "defended the city").
  post: (next) => next[0] === 'that' || showsContent(next),
  defend: (next) => next[0] === 'that',
  point: (next) => next[0] === 'out' || next[0] === 'to',
  raise: (next) =>
    next
      .slice(0, 3)
      .some((w) =>
        [
          'possibility',
          'prospect',
          'concern',
          'concerns',
          'question',
          'questions',
          'issue',
          'alarm',
        ].includes(w),
      ),
  sign: (next) =>
    next.slice(0, 3).some((w) => ['decree', 'order', 'law', 'ordinance', 'resolution'].includes(w)),
  issue: (next) => showsContent(next) || carriesCall(next),
  release: showsContent,
  publish: showsContent,
  // "made it clear that …", "made known that …" (not "made a deal").
  make: (next) =>
    carriesCall(next) ||
    (['clear', 'known'].includes(next[next[0] === 'it' ? 1 : 0] ?? '') &&
      ['that', ':', '"', '\u201c'].includes(next[next[0] === 'it' ? 2 : 1] ?? '')),
  // "took responsibility for the bombing", "took credit for the attack" (a claim of one's own act).
  take: (next) =>
    ['responsibility', 'credit'].includes(next[0] ?? '') && ['for', 'of'].includes(next[1] ?? ''),
  assume: (next) => next[0] === 'responsibility' && next[1] === 'for',
  renew: carriesCall,
  repeat: carriesCall,
};

/** Who or what a naming verb names: "called it a …", "called the incident an act of …". */
const NAMED = new Set('it this that them the his her their its such'.split(' '));

/** "called the incident an act of sabotage": an object, then "a"/"an" opening the name given to it. */
function labels(next: string[]): boolean {
  // "calling Saturday's attack a repeat of …": a possessive opens the object as a determiner does.
  const owner = next.slice(1, 3).findIndex((w) => w === "'s" || w === '\u2019s') + 1;
  const object = NAMED.has(next[0] ?? '') ? 0 : owner > 0 && /^\p{L}/u.test(next[0] ?? '') ? owner : -1;
  if (object < 0) return false;
  const article = next.slice(object + 1, object + 6).findIndex((w) => w === 'a' || w === 'an');
  // "called his brother a day later" names no one: a span of time follows the article.
  return article >= 0 && !SPANS_OF_TIME.has(next[object + 2 + article] ?? '');
}

const SPANS_OF_TIME = new Set('day week month year few couple minute hour while number total'.split(' '));

/** "dubbed the raid a …", "branded them terrorists" (not "an operation dubbed “Dawn”", quoted right after). */
function namesSomething(next: string[]): boolean {
  return NAMED.has(next[0] ?? '') || next[0] === 'him' || next[0] === 'as';
}

/** What one dismisses by speaking: a claim, not a person or a government. */
const DISMISSED = new Set(
  (
    'claim claims allegation allegations accusation accusations report reports charge charges ' +
    'suggestion suggestions criticism rumours rumors speculation idea notion threat threats ' +
    'demand demands call calls statement statements remarks'
  ).split(' '),
);

/** Whom a report cites as its source: "citing unnamed sources" names no words of its own. */
const SOURCES = new Set(
  'source sources official officials witnesses residents media reports people'.split(' '),
);

/**
 * ", citing a police spokesperson.", ", citing the deputy governor Ana Ruiz.": a short phrase closing
 * the sentence, with no clause or quoted words of its own, is whom the report cites.
 */
function onlyASource(next: string[]): boolean {
  const end = next.findIndex((w) => ['.', ';'].includes(w));
  if (end < 1 || end > 12) return false;
  return next.slice(0, end).every((w) => !['that', 'as', 'to', '"', '\u201c', '\u201d', "'"].includes(w));
}

/**
 * Participles that introduce the source rather than add words: ", citing informed sources",
 * ", asking not to be named", ", asking not to use his name". "requested anonymity" likewise.
 */
function introducesSource(lemma: string, next: string[], word: string): boolean {
  if (lemma === 'request') return next.slice(0, 3).includes('anonymity');
  if (lemma === 'cite')
    return next.slice(0, 4).some((w) => SOURCES.has(w)) || (word === 'citing' && onlyASource(next));
  if (lemma === 'ask')
    return (
      next[0] === 'not' &&
      next.slice(1, 6).some((w) => ['name', 'named', 'identified', 'identify', 'anonymity'].includes(w))
    );
  return false;
}

/**
 * "militants accused of killing civilians": a participle right after its noun and followed by "of" is
 * a passive describing the noun, with no speaker. (With "by", the agent speaks: "a claim denied by
 * Kigali" is the agent's statement.)
 */
function reducedPassive(tokens: Token[], i: number): boolean {
  const [prev, next] = [tokens[i - 1], tokens[i + 1]];
  // "The governor warned of …", "residents complained of …": verbs whose active voice takes "of" right after its subject.
  if (ACTIVE_WITH_OF.has((tokens[i] as Token).lemma) && prev?.text !== ',') return false;
  return (
    /ed$/.test((tokens[i] as Token).norm) &&
    next?.norm === 'of' &&
    (['NOUN', 'PROPN'].includes(prev?.pos ?? '') || prev?.text === ',')
  );
}

const ACTIVE_WITH_OF = new Set(['warn', 'complain', 'speak']);

/** "a proposed plan", "the alleged attack": a participle after a determiner qualifies a noun. */
const DETERMINERS = new Set('a an the its their his her our this that these those'.split(' '));

function callsSomeoneTo(next: string[]): boolean {
  // "pressed the country's Taliban rulers to …": the one urged may take a few words.
  const to = next.slice(1, 7).indexOf('to') + 1;
  return (
    to > 0 &&
    !['the', 'a', 'an', 'order', 'account'].includes(next[to + 1] ?? '') &&
    next.slice(0, to).every((w) => /^[\p{L}'\u2019]+$/u.test(w))
  );
}

/** "encouraged all parties to the accord to honour it": a "to" before a verb, not "to the …", within a few words. */
function urgesSomeoneTo(next: string[]): boolean {
  return next.slice(1, 10).some((w, j) => w === 'to' && !OBJECT_OPENERS.has(next[j + 2] ?? ''));
}

/** Nouns that are a call in themselves: "issued a plea for calm", "renewed its call for talks". */
const CALL_NOUNS = ['plea', 'appeal', 'call', 'calls', 'demand', 'demands', 'ultimatum', 'invitation'];

function carriesCall(next: string[]): boolean {
  const noun = next.slice(0, 4).findIndex((w) => CALL_NOUNS.includes(w));
  return noun >= 0 && ['for', 'to', 'on'].includes(next[noun + 1] ?? '');
}

const DOCUMENTS = [
  'statement',
  'video',
  'videos',
  'footage',
  'photos',
  'images',
  'warning',
  'appeal',
  'ultimatum',
  'communique',
  'report',
  'readout',
  'message',
  'study',
  'letter',
  'post',
  'posts',
  'tweet',
  'tweets',
];
const CONTENT_MARKERS = [
  'showing',
  'saying',
  'that',
  'which',
  ':',
  '"',
  '\u201c',
  // "a statement vowing retaliation": the participle carries what the statement says.
  ...'vowing accusing calling urging condemning denouncing denying rejecting warning demanding blaming pledging promising insisting threatening claiming declaring'.split(
    ' ',
  ),
];

/** "declared that …", "protested: “…”" — not "declared independence" or "recalled its ambassador". */
function introducesWords(next: string[]): boolean {
  return ['that', ',', ':', '"', '\u201c'].includes(next[0] ?? '');
}

/** "issued a statement saying …", "released footage showing …"; a bare "issued a statement" says nothing itself. */
function showsContent(next: string[]): boolean {
  // "issued its own foreign ministry statement after the incident expressing …", "a separate statement on
  // Monday announcing that …": a few words of the document's description or a short adjunct may come between.
  const object = next.slice(0, 6).findIndex((w) => DOCUMENTS.includes(w));
  if (object < 0 || next.slice(0, object).some((w) => PUNCTUATION.test(w))) return false;
  if (next.slice(object + 1, object + 4).some((w) => CONTENT_MARKERS.includes(w))) return true;
  // Further on, only a participle of saying with nothing between but the adjunct's words (after a comma it is its own statement).
  const marker = next
    .slice(object + 1, object + 6)
    .findIndex((w) => CONTENT_MARKERS.includes(w) || GERUNDS.has(w));
  return marker >= 0 && !next.slice(object + 1, object + 1 + marker).some((w) => PUNCTUATION.test(w));
}

const PUNCTUATION = /^[.;:,"\u201c\u201d]$/;

/** "claimed 30,000 lives": a war that claims lives is not a speaker. */
function claimsLives(next: string[]): boolean {
  return next.slice(0, 5).some((w) => w === 'lives' || w === 'life') || /^\d/.test(next[0] ?? '');
}

/** "warning", "stating", "admitting": the -ing forms of the plain reporting verbs, by lemma. */
const GERUNDS = new Map(
  [...PLAIN].flatMap((l) => [
    [`${l}ing`, l],
    [`${l.replace(/e$/, '')}ing`, l],
    [`${l}${l.slice(-1)}ing`, l],
  ]),
);

/**
 * ", warning that …", ", stating: “…”": a participle after a comma the tagger read as a noun. Only
 * before the words it introduces, so "a warning that …" or "the saying" stay nouns.
 */
function taggedAsNoun(doc: TextAnalysis, i: number): string | null {
  const t = doc.tokens[i] as Token;
  const lemma = GERUNDS.get(t.norm);
  if (t.pos !== 'NOUN' || !lemma || !afterComma(doc.tokens, i)) return null;
  return ['that', ':', '"', '\u201c'].includes(doc.tokens[i + 1]?.norm ?? '') ? lemma : null;
}

const OBJECT_OPENERS = new Set('its their his her the a an'.split(' '));

/** ", voicing its opposition to …", ", condemning the raid": the same participle before its object. */
function gerundBeforeObject(doc: TextAnalysis, i: number): string | null {
  const t = doc.tokens[i] as Token;
  const lemma = GERUNDS.get(t.norm);
  if (t.pos !== 'NOUN' || !lemma || !afterComma(doc.tokens, i)) return null;
  return OBJECT_OPENERS.has(doc.tokens[i + 1]?.norm ?? '') ? lemma : null;
}

/** ", adding" or "…,” adding": the comma may sit inside the closing quotation mark. */
export function afterComma(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev?.text === ',' || (!!prev && /^["\u201d\u2019]$/.test(prev.text) && tokens[i - 2]?.text === ',');
}

/**
 * "The ministry claims that …", "Kyrgyzstan regards the clashes as …": a present-tense verb right
 * after its subject's noun, read as a plural noun. The lemma it would have, when it opens words.
 */
function presentAsNoun(doc: TextAnalysis, i: number): string | null {
  const [t, prev, next] = [doc.tokens[i] as Token, doc.tokens[i - 1], doc.tokens[i + 1]];
  if (t.pos !== 'NOUN' || !/s$/.test(t.norm) || !['NOUN', 'PROPN'].includes(prev?.pos ?? '')) return null;
  // "Egypt claims its policeman crossed …", "the group claims to defend …" likewise.
  const opensWords =
    ['that', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'our'].includes(next?.norm ?? '') ||
    (next?.norm === 'to' && next.pos === 'PART');
  if (!opensWords) return null;
  const lemma = [t.norm.slice(0, -1), t.norm.slice(0, -2)].find((l) => PLAIN.has(l) || l in WITH_COMPLEMENT);
  return lemma ?? null;
}

/**
 * "The ministry yesterday alleged that …", "NGOs and the UN claim that …": a past or a plural-subject
 * present form before "that", read as an adjective or a noun after the subject. The past form cannot
 * head a noun phrase there; the bare form only after a plural subject ("the UN report that …" stays a noun).
 */
function verbBeforeThat(doc: TextAnalysis, i: number): string | null {
  const [t, prev] = [doc.tokens[i] as Token, doc.tokens[i - 1]];
  if (!['NOUN', 'ADJ'].includes(t.pos) || doc.tokens[i + 1]?.norm !== 'that') return null;
  if (!prev || !['NOUN', 'PROPN'].includes(prev.pos)) return null;
  const past = /ed$/.test(t.norm) ? [t.norm.slice(0, -1), t.norm.slice(0, -2)] : [];
  const plural = pluralSubject(doc.tokens, i) ? [t.norm] : [];
  return [...past, ...plural].find((l) => PLAIN.has(l)) ?? null;
}

/**
 * "weapons that the authorities claim belonged to …": a bare present form after a plural subject and
 * right before the reported clause's verb, read as a noun. Its lemma, else null.
 */
function bareBeforeVerb(doc: TextAnalysis, i: number): string | null {
  const [t, prev, next] = [doc.tokens[i] as Token, doc.tokens[i - 1], doc.tokens[i + 1]];
  if (t.pos !== 'NOUN' || next?.pos !== 'VERB' || !prev || prev.pos !== 'NOUN') return null;
  return PLAIN.has(t.norm) && pluralSubject(doc.tokens, i) ? t.norm : null;
}

/** "the rebels", "Kyiv and its allies": the noun phrase right before token `i` is plural. */
function pluralSubject(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1] as Token;
  if (/s$/.test(prev.norm) && !/ss$/.test(prev.norm)) return true;
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const t = tokens[j] as Token;
    if (t.norm === 'and') return true;
    if (!['NOUN', 'PROPN', 'DET', 'ADJ'].includes(t.pos)) return false;
  }
  return false;
}

/** The reporting lemma of token `i` when it attributes words in this context, else null. */
export function reportingLemma(doc: TextAnalysis, i: number): string | null {
  const t = doc.tokens[i] as Token;
  const noun = taggedAsNoun(doc, i);
  if (noun) return noun;
  const misread = verbBeforeThat(doc, i);
  if (misread) return reportingLemma({ ...doc, tokens: retagged(doc.tokens, i, misread) }, i);
  const gerund = gerundBeforeObject(doc, i);
  if (gerund) return reportingLemma({ ...doc, tokens: retagged(doc.tokens, i, gerund) }, i);
  const bare = bareBeforeVerb(doc, i);
  if (bare) return reportingLemma({ ...doc, tokens: retagged(doc.tokens, i, bare) }, i);
  const present = presentAsNoun(doc, i);
  if (present) return reportingLemma({ ...doc, tokens: retagged(doc.tokens, i, present) }, i);
  if (t.pos !== 'VERB' || inCompound(doc.tokens, i)) return null;
  // "Udal Muhamadar Said": a capitalised word after a name, mid-sentence, is part of the name.
  const before = doc.tokens[i - 1];
  if (/^[A-Z]/.test(t.text) && before?.pos === 'PROPN' && before.sentence === t.sentence) return null;
  const next = range(i + 1, Math.min(doc.tokens.length, i + 17)).map((k) => (doc.tokens[k] as Token).norm);
  if (t.lemma === 'claim' && claimsLives(next)) return null;
  if (introducesSource(t.lemma, next, t.norm)) return null;
  if (/ed$/.test(t.norm) && DETERMINERS.has(doc.tokens[i - 1]?.norm ?? '')) return null;
  if (reducedPassive(doc.tokens, i)) return null;
  if (PLAIN.has(t.lemma)) return t.lemma;
  // ", declaring the force a rebel group": after a comma, the participle is the statement whatever follows.
  if (t.lemma === 'declare' && /ing$/.test(t.norm) && doc.tokens[i - 1]?.text === ',') return t.lemma;
  const check = WITH_COMPLEMENT[t.lemma];
  if (!check) return null;
  const afterAdjunct = thatAfterAdjunct(next);
  return check(next) || (afterAdjunct.length > 0 && check(afterAdjunct)) ? t.lemma : null;
}

/** Words that open a short adjunct between a verb and its "that": "on Telegram", "in a statement", "on Monday". */
const ADJUNCT_OPENERS = new Set(
  'on in via through during at over yesterday today earlier later late last'.split(' '),
);

/**
 * "revealed on social media that …", "clarified in an updated statement that …", "informed on Monday that …":
 * the words after a short adjunct of place, channel or time, when a "that" follows it (else no words).
 */
function thatAfterAdjunct(next: string[]): string[] {
  if (!ADJUNCT_OPENERS.has(next[0] ?? '')) return [];
  const that = next.slice(1, 6).indexOf('that') + 1;
  if (that < 1 || !next.slice(0, that).every((w) => /^[\p{L}\d'\u2019-]+$/u.test(w))) return [];
  return next.slice(that);
}

/** The tokens with token `i` read as a verb of `lemma`. */
function retagged(tokens: Token[], i: number, lemma: string): Token[] {
  const copy = [...tokens];
  copy[i] = { ...(tokens[i] as Token), pos: 'VERB', lemma };
  return copy;
}

/** Verbs that can close a sentence as its attribution: "…, the ministry said." */
export const TRAILING_VERBS = new Set(
  (
    'say add tell state write tweet report claim insist note confirm announce warn stress ' +
    'explain allege argue emphasize emphasise declare comment caution'
  ).split(' '),
);

/**
 * Verbs that attribute only when a quote is right beside them: "…,” he continued.", "…,” the
 * statement read.", "…,” the ministry concluded.", "…,” the spokesperson went on.", "declared
 * during a briefing: “…”". Elsewhere they say nothing ("the fighting continued", "she read a book").
 */
const BESIDE_A_QUOTE = new Set([
  'continue',
  'conclude',
  'read',
  'go',
  'declare',
  'respond',
  'reply',
  'recall',
  'quote',
  'post',
  // Verbs of speaking from general English that attribute only beside the words they introduce.
  'exclaim',
  'shout',
  'cry',
  'yell',
  'remark',
  'observe',
  'retort',
  'recount',
  'detail',
  'list',
  'quip',
  'plead',
]);

/** Whether `lemma` attributes only beside a quote ("…,” read the statement."). */
export function besideAQuote(lemma: string): boolean {
  return BESIDE_A_QUOTE.has(lemma);
}

/** The lemma of token `i` when it attributes the quote it stands beside, else null. */
export function quoteLemma(doc: TextAnalysis, i: number): string | null {
  const plain = reportingLemma(doc, i);
  if (plain) return plain;
  const t = doc.tokens[i] as Token;
  // "…,” the agency quotes the minister.", "…,” reads the statement.": a present tense read as a noun.
  const base = t.pos === 'NOUN' && /s$/.test(t.norm) ? t.norm.slice(0, -1) : null;
  if (base && BESIDE_A_QUOTE.has(base) && ['PROPN', 'DET'].includes(doc.tokens[i + 1]?.pos ?? ''))
    return base;
  if (t.pos !== 'VERB' && t.pos !== 'AUX') return null;
  if (!BESIDE_A_QUOTE.has(t.lemma) || inCompound(doc.tokens, i)) return null;
  if (t.lemma === 'go') return doc.tokens[i + 1]?.norm === 'on' ? 'continue' : null;
  return t.lemma;
}
