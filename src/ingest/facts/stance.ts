import type { ActorIndex, Mention } from '../speakers/actorIndex';
import type { Candidate } from '../candidates/candidates';
import { normWord } from '../text/sentences';
import type { Stance } from '../types';

/** Verbs whose meaning is the stance, whatever the words reported. */
const BY_VERB: Record<string, Stance> = {
  deny: 'DENIES',
  reject: 'DENIES',
  dismiss: 'DENIES',
  refute: 'DENIES',
  condemn: 'CONDEMNS',
  denounce: 'CONDEMNS',
  criticize: 'CONDEMNS',
  criticise: 'CONDEMNS',
  slam: 'CONDEMNS',
  deplore: 'CONDEMNS',
  decry: 'CONDEMNS',
  accuse: 'ACCUSES',
  blame: 'ACCUSES',
  urge: 'CALLS_FOR',
  call: 'CALLS_FOR',
  demand: 'CALLS_FOR',
  appeal: 'CALLS_FOR',
  ask: 'CALLS_FOR',
  request: 'CALLS_FOR',
  praise: 'SUPPORTS',
  welcome: 'SUPPORTS',
  hail: 'SUPPORTS',
  applaud: 'SUPPORTS',
  // Only ever a reporting verb with "tribute" or "homage" (candidates/reportingVerbs.ts).
  pay: 'SUPPORTS',
};

/** Verbs that assert facts: with nothing more telling, what they report is a claim. */
const ASSERTING = new Set(
  (
    'say state claim allege report add tell insist note confirm announce stress emphasize ' +
    'emphasise declare according-to tweet write issue release publish'
  ).split(' '),
);

const DENIAL =
  /\b(reject\w*|den(y|ies|ied)|refut\w*|(did|does|do|has|have|had|was|were)( not|n't) (carry out|carried out|launch\w*|fire\w*|attack\w*|conduct\w*|strike|struck|target\w*|shell\w*|violat\w*|open\w* fire|shoot|shot|kill\w*|bomb\w*|have any)|never (carried out|launched|fired|attacked|targeted)|nothing but|nothing to do with|(a|an|blatant|outright|complete|pure|total) lie|(nobody|no one)( \w+){0,4} (fired|attacked|shelled|opened fire|violated|crossed|targeted|struck)|no (\w+ )?involvement|not involved|(did|does)(n't| not) involve|never (occurred|happened|took place)|(did|does)(n't| not) (occur|happen|take place)|(has|have|had) (\w+ )?never (been )?\w+ed|hypocris\w*|baseless|groundless|unfounded|untrue|not true|false|fake|fabricat\w*|disinformation|misinformation|no truth)\b/;
/** Calling someone's accusation or claim wrong denies it ("accusing us of this is wrong"). */
const WORDS_CALLED_WRONG =
  /\b(accus\w+|allegations?|claims?|assertions?)\b[^.]{0,200}?\b(is|are|was|were) ["\u201c]?(simply |completely |totally |absolutely )?(wrong|incorrect|absurd|ridiculous|nonsense|a lie|lies)\b/;
const CALL =
  /\b(should|must|would like|(?<!(not|n't|no) )(wish|plea|appeal) (is )?(for|to)|let us|let's|stop this|need to|needs to|(^|[.!?]\s+)the need for|(urgent|pressing|immediate) need (for|to)|have to|has to|(?<!(was|were) )(essential|necessary) to|remind(s|ed|ing)? (\w+ ){0,4}of (their|its|his|her) (obligations?|duty|duties|responsibilit\w*|commitments?)|request(s|ed|ing) (an?|the|that|urgent|immediate|international|help|assistance|support|protection|aid)\b|(call|calls|called|calling) (on|for|upon)|urg(e|es|ed|ing)|appeal\w*|demand\w*|refrain|restraint|if (both|all|the) (sides|parties)|(hold|held|holding) \w+( \w+)? (accountable|responsible)|brought to justice|invit(e|es|ed|ing)|invitation (to|for)|(has|have|bears?) (a|the) (\w+ )?(responsibility|duty|obligation) to|(the )?importance of|(ask|asks|asked|asking|will ask|would ask) (\w+ ){1,3}to|(must|should) (stop|end|cease)|(^|[.!?:]\s+)(stop|end|cease|halt) (the|this|these|all)\b|(it is|it's) (high )?time (for (\w+ ){1,3})?to|invok(e|es|ed|ing) (the |an? )?(\w+ ){0,5}(clause|article|treaty|charter|mechanism|provision)s?|hop(e|es|ed|ing) (that )?(\w+ ){1,4}(will|would|can|could) |we request|request(s|ed)? (that|the|all|everyone|people))\b/;
const SUPPORT = /\b(support|solidarity)\b/;
/** Standing with someone, whatever the verb that reports it ("said it stood in full solidarity with …"). */
const STANDS_WITH =
  /\b(in ["\u201c]?(full |complete |total )?solidarity["\u201d]? with|(stands?|stood|standing) (firmly |shoulder to shoulder |together )?(with|by))\b/;
/** Thanking or backing in the speaker's own words ("we are grateful to our partners", "we welcome the deal"). */
const THANKS =
  /\b(grateful|gratitude|thank(s|ful)?(?! (to|god|goodness|heavens?|allah)\b)|we (\w+ )?(welcome|support|back|appreciate|salute|commend))\b/;
/** Laying the blame, even when phrased as what someone should do ("Kyiv should bear full responsibility"). */
const BLAME = /\b(bears?|bore|carr(y|ies)) (the )?(full |entire |sole )?responsibility\b|\bto blame for\b/;
/** Saying one cannot tell who did it is not charging anyone. */
const HEDGE =
  /\b((could ?n[o’']t|can ?n[o’']t|unable to|too (soon|early) to) (immediately )?(confirm|say|verify|determine|tell)|(unclear|not clear|unknown|not known) (who|which|whether))\b/;
/** Words written with a capital that name no one. */
const NOT_AGENTS = new Set(
  'God Allah Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const PASSIVE =
  /\b(was|were|been|being|be|is|are|got)\s+((\w+ly|both|all|each|also|then|later|reportedly|allegedly)\s+)?$/;
/** Words that condemn: a statement carried by one condemns, whatever else it charges. */
const CONDEMNING =
  /\b(condemn\w*|denounc\w*|war crimes?|barbar\w*|horrif\w*|heinous|atrocious|outrag\w*|deplor\w*|reprehensible|despicable|abhorrent|gruesome|cruel\w*|inhuman\w*|scandal\w*|unacceptable|crimes? against humanity)\b/;
/** Charges that accuse whoever they name on the other side. */
const CHARGE =
  /\b(provocations?|provocative|provok\w*|aggression|aggressive|violat\w*|responsib\w*|failure|terroriz\w*|terroris\w*|ethnic cleansing|occupation|occupiers?|occupying|illegal\w*|sabotag\w*|war crimes?|atrocit\w*|genocide|massacres?|human shields?|nuclear shield|interventionist|expansionist|belligeren\w*|encroach\w*|interfer\w*|harass\w*|intimidat\w*|bull(y|ies|ied|ying)|manipulat\w*|criminal|brutal\w*|arbitrary|indiscriminate\w*|deliberate(ly)? (target\w*|attack\w*|kill\w*)|treason|espionage|prosecuted for|charged with|persecut\w*|culprits?|perpetrators?|guilty|endanger\w*|jeopardi[sz]\w*|discredit\w*|undermin\w*|destabiliz\w*|destabilis\w*)\b/;
/** Hostile acts: an accusation when someone on the other side did them ("Armenian troops opened fire"). */
const HOSTILE_ACT =
  /\b(attacked|attacking|launched|launching|carr(y|ies|ied|ying) out|kill(s|ed|ing)|bomb(ed|ing)|raided|bl(ew|own|ows|owing) up|mined|destroy(s|ed|ing)|spreads? lies|lied|(is|are|was|were|has been|have been) (\w+ )?lying|commit(s|ted|ting)(?! to\b)|open(s|ed|ing)? (fire|attacks?)|launch(es|ed|ing)? (an )?attacks?|fired( first| on| at| upon| into)?|firing (on|at|upon|into)|shelled|shelling (the|of)|struck|(tried|attempted|attempting|trying) to (seize|capture|wipe out)|seiz(es|ed|ing)|invad(es|ed|ing)|bombard(ed|ing)|targeted|targeting|ambushed|storm(ed|ing)|looted|looting|disrupt(s|ed|ing)?|detained|abduct(s|ed|ing)|kidnapp(ed|ing)|tortur(ed|ing)|executed|burn(ed|t)|wipe out|resort(s|ed|ing) to|cordon(s|ed|ing)? off|plant(s|ed|ing) (\w+ )?(mines?|bombs?|explosives?|ieds?)|shoot(s|ing)|shot (at|dead|down)|counter-?attack(s|ed|ing)|attempt(s|ed|ing)? to (assassinate|kill|murder)|(were|was|is|are) (\w+ )?behind (the |this |these |that )?(\w+ )?(attacks?|killings?|bombings?|blasts?|explosions?|massacres?|shelling|strikes?|abductions?)|involved in (\w+ ){0,4}(attacks?|killings?|bombings?|shootings?|massacres?|abductions?)|stag(e|es|ed|ing) (the |an |a )?(\w+ )?(attacks?|ambush|assault|raid)|increas(e|es|ed|ing) the influx)\b/;
/** The same acts named as nouns, with their agent after "by" ("an attack by Azerbaijani forces"). */
const HOSTILE_BY =
  /\b((attacks?|strikes?|airstrikes?|air strikes?|raids?|fire|offensive|incursion)["\u201d']?|(shelling|bombing|firing|killing|caused|carried out|committed|perpetrated|killed|attacked|targeted|shelled|bombed|hit|mined|blown up|destroyed|run over|shot( down| dead)?|wounded|injured|seized|stormed|abducted|executed|fired)["\u201d']?(?: [\w'-]+){0,5}?) by\b/;
/** Harm said to be meant for something: whoever did it did it on purpose ("the blast was designed to …"). */
const HARM_BY_DESIGN =
  /\b(attacks?|strikes?|shelling|breach|destruction|explosions?|blasts?|bombings?|sabotage|attempts?|offensive|raids?|flooding|landing)\b[^.,;]{0,40}?\b(designed|intended|aimed|meant|calculated) (to|at)\b/;
/**
 * Charges that need no one named: the act they judge is the other side's ("it was a direct violation of
 * the truce"), as is the label pinned on someone ("declaring the force a rebel group").
 */
const AGENTLESS_CHARGE =
  /\b((in |a |an |direct |flagrant |gross |clear |blatant |grave |serious )violations? of|violat(ed|es|ing) (the |our |its )?(truce|ceasefire|cease-fire|agreement|accord|sovereignty|airspace|border|international law)|acts? of (aggression|terror\w*)|(declar|designat|brand|label)\w* (\w+ ){1,4}(as )?(a |an )?["\u201c]?(rebels?|terrorists?|criminals?|outlaws?))\b/;
/** Harm said to be someone's doing, with the doer named after it ("the blast was the result of X using …"). */
const HARM_RESULT =
  /\b(attacks?|blasts?|explosions?|deaths?|killings?|destruction|damage|casualties|violence|escalation)\b[^.;]{0,50}?\b(result of|because of|the work of|the fault of)\b/;
/** A charge under a condition charges no one yet ("we will answer if provoked"). */
const CONDITIONAL = /\b(if|unless|as long as|provided that)\b[^.;,]*$/;
/** Owning an act is not charging anyone with it ("took responsibility for …"). */
const OWNED = /\b(took|take|takes|taking|claim(s|ed|ing)?) (full )?$/;
/** How far a subject may stand before its act ("Russian troops again opened fire"). */
const SUBJECT_GAP = /^[^.;:!?]{0,60}$/;
/** The same acts with their agent named before them ("Russian attacks", "an Israeli airstrike"). */
const HOSTILE_NOUN =
  /^(attacks?|shelling|strikes?|airstrikes?|air strikes?|raids?|bombing|bombardment|aggression|offensive|rockets?|missiles?|drones?)\b/;
const OTHER =
  /\b(committed|commitment|concerns?|concerned|engaged|spoke|spoken|speak|talks? with|telephone|phone|call with|met|meeting|hopes?|wants?|ready|readiness|condolences?|regret\w*|possibility|remains)\b/;
const CLAIM =
  /\b(kill\w*|wound\w*|injur\w*|dead|died|casualt\w*|fatalit\w*|loss(es)?|fire|artillery|shell\w*|drones?|troops|soldiers?|forces|army|positions?|operation|situation|control\w*|stable|measures|destroy\w*|videos?|footage|military|strikes?|offensive|clash\w*|fighting|captured)\b/;

const WARNING = new Set(['warn', 'threaten', 'caution', 'promise', 'pledge', 'vow', 'predict']);

export interface StanceContext {
  /** The reported words, from the candidate's content start to its end. */
  content: string;
  contentStart: number;
  /** The span's words before the reported ones ("called on"), when the span starts at its verb. */
  lead?: string;
  /** Actors named in the reported words. */
  mentions: Mention[];
  speaker: { id: string; side: string | null };
  index: ActorIndex;
}

/** The stance of a statement: from its verb when that says it, else from the words reported. */
export function stanceOf(c: Candidate, ctx: StanceContext): Stance {
  const text = normWord(ctx.content);
  const verb = BY_VERB[c.lemma];
  // "dismissed the claims as baseless" denies; "dismissed the meeting as pointless" only judges it;
  // "blamed stray bullets for the deaths" blames no one.
  // "called the raid a brutal assault" names the act; only "called on/for …" calls.
  const names =
    c.lemma === 'call' &&
    !CALLING.test(normWord(`${ctx.lead ?? ''} ${ctx.content}`)) &&
    NAMING.test(text.split(/\bto\b/)[0] ?? '');
  if (names && CONDEMNING.test(text)) return 'CONDEMNS';
  if (names && NAMED_AS_WRONG.test(text)) return 'ACCUSES';
  const blamesNoOne = c.lemma === 'blame' && !PRONOUN_AGENT.test(text) && agentsIn(ctx).length === 0;
  if (verb && !(c.lemma === 'dismiss' && !DISMISSED_WORDS.test(text)) && !blamesNoOne && !names) return verb;
  if (['reiterate', 'express', 'voice'].includes(c.lemma) && SUPPORT.test(text)) return 'SUPPORTS';
  // "reminded the parties of their obligations" calls on them to meet those.
  if (c.lemma === 'remind' && DUTIES.test(text)) return 'CALLS_FOR';
  // "declared the force a rebel group", "branded them terrorists": the label is the charge.
  if (LABELLING.has(c.lemma) && LABEL.test(text)) return 'ACCUSES';
  // Both a denial and a condemnation ("we denounce this campaign of disinformation"): the first word carries it.
  const denial =
    DENIAL.exec(text) ?? WORDS_CALLED_WRONG.exec(text) ?? (/^no\b[,.!]/.test(text) ? { index: 0 } : null);
  const condemning = CONDEMNING.exec(text);
  if (denial && !(condemning && condemning.index < denial.index)) return 'DENIES';
  if (BLAME.test(text)) return 'ACCUSES';
  const charge = accusation(text, ctx);
  const call = CALL.exec(text);
  if (call) {
    // "We condemn the campaign, which must not distract …", "The regime bullies civilians … we will
    // need to act": what the words say first carries them.
    const condemn = CONDEMN_VERB.exec(text);
    if (condemn && condemn.index < call.index) return 'CONDEMNS';
    // "Attacks on our villages must stop": the charge is what the call is about.
    if (STOP_CALL.test(text.slice(call.index))) return 'CALLS_FOR';
    return charge !== null && charge < call.index ? 'ACCUSES' : 'CALLS_FOR';
  }
  if (condemning) return 'CONDEMNS';
  if (charge !== null) return 'ACCUSES';
  if (STANDS_WITH.test(text) || THANKS.test(text)) return 'SUPPORTS';
  // A warning or threat that neither calls for nor charges anything is not a factual claim.
  if (OTHER.test(text) || WARNING.has(c.lemma)) return 'OTHER';
  if (CLAIM.test(text)) return 'CLAIMS';
  return ASSERTING.has(c.lemma) ? 'CLAIMS' : 'OTHER';
}

const STOP_CALL = /^(must|should) (stop|end|cease)\b/;

/** "called on", "calls for": the calling sense of "call", as against naming ("called the raid an assault"). */
const CALLING = /\bcall(s|ed|ing)?\s+(on|upon|for|to|in)\b/;
/** "called the raid a brutal assault", "called it an attempt to …": what naming puts before any "to". */
const NAMING = /(^|\s)(an?|as)\s/;
/** What an act is named when it is called a wrong. */
const NAMED_AS_WRONG =
  /\b(assault|attack|aggression|provocation|crimes?|terror\w*|massacre|genocide|assassinat\w*|murder|sabotage|invasion|occupation|lies?)\b/;
const DUTIES = /\b(obligations?|duty|duties|responsibilit\w*|commitments?)\b/;
const LABELLING = new Set(['declare', 'designate', 'brand', 'label', 'call', 'describe', 'list']);
const LABEL =
  /^(\S+ ){0,5}?(as )?(a |an )?["\u201c]?(rebels?|terrorists?|criminals?|outlaws?|mercenar\w*|war criminals?)\b/;

/** What a dismissal dismisses when it denies: someone's words. */
const DISMISSED_WORDS =
  /\b(claims?|allegations?|accusations?|charges?|reports?|assertions?|statements?|remarks?|rumou?rs?)\b|baseless|groundless|unfounded|false|fake|lies?\b/;
/** Condemning verbs (not nouns such as "war crime"): "we condemn …", "denounced …". */
const CONDEMN_VERB = /\b(condemn(s|ed|ing)?|denounc(e|es|ed|ing)|deplor(e|es|ed|ing))\b/;

/** The other side: an actor that is neither the speaker nor on the speaker's side. */
export function otherSide(m: Mention, ctx: Pick<StanceContext, 'speaker' | 'index'>): boolean {
  if (m.actor.id === ctx.speaker.id) return false;
  const side = ctx.index.sideOf(m.actor.id);
  return !(side && side === ctx.speaker.side) && (m.actor.kind !== 'PERSON' || side !== null);
}

const PRONOUN_AGENT = /\b(him|her|them|they|us|you|each other|one another)\b/;

/** Who on the other side the words name: actors the graph knows, and names it does not. */
function namedAgents(ctx: StanceContext): { start: number; end: number }[] {
  return [...ctx.mentions.filter((m) => otherSide(m, ctx)), ...unknownAgents(ctx)];
}

/** Everyone the words could charge: the named agents and armed actors named by what they are. */
function agentsIn(ctx: StanceContext): { start: number; end: number }[] {
  return [...namedAgents(ctx), ...armedAgents(ctx)];
}

/**
 * Where the words charge someone on the other side (null when they do not): a charge word, a hostile
 * act done by someone named before it, or one done "by" someone named after it. The graph need not know that someone:
 * in news of a conflict it has not seen, a proper name ("the Taliban", "RSF", "Israeli") is an agent too.
 */
function accusation(text: string, ctx: StanceContext): number | null {
  const named = namedAgents(ctx);
  const others = agentsIn(ctx);
  if (HEDGE.test(text)) return null;
  // Harm done on purpose has a doer, named or not.
  const design = HARM_BY_DESIGN.exec(text);
  const agentless = AGENTLESS_CHARGE.exec(text);
  const unnamed = agentless && !CONDITIONAL.test(text.slice(0, agentless.index)) ? agentless.index : null;
  if (others.length === 0) return design ? design.index : unnamed;
  // "the fight against terrorism", "counter-terrorism": fighting a wrong charges no one with it; nor
  // does a charge under a condition, or a responsibility someone takes for themselves.
  const charge =
    named.length > 0
      ? [...text.matchAll(new RegExp(CHARGE.source, 'g'))].find((m) => {
          const before = text.slice(0, m.index ?? 0);
          return (
            !/\b(against|counter|anti)[- ]?$/.test(before) && !CONDITIONAL.test(before) && !OWNED.test(before)
          );
        })
      : undefined;
  if (charge) return charge.index ?? 0;
  const subjects = [
    ...others.map((m) => ({ ...m, other: true })),
    ...ownSubjects(ctx, others).map((m) => ({ ...m, other: false })),
  ];
  for (const act of text.matchAll(new RegExp(HOSTILE_ACT.source, 'g'))) {
    const at = act.index ?? 0;
    // "was attacked" is passive; "is attempting to", "has been increasing", "was involved in" are not;
    // "the killing of" names the act without its doer.
    if (!/ing\b|^involved/.test(act[0]) && PASSIVE.test(text.slice(0, at))) continue;
    if (/ing\b/.test(act[0]) && /\b(the|a|an|this|that|its|their)\s+$/.test(text.slice(0, at))) continue;
    // "we will respond if they attack again": a condition charges no one yet.
    if (CONDITIONAL.test(text.slice(0, at))) continue;
    // The doer is whoever is named nearest before the act, the speaker's own side included.
    const doer = subjects
      .filter((m) => isSubjectOf(m, at, text, ctx.contentStart))
      .sort((a, b) => b.end - a.end)[0];
    if (doer?.other) return at;
  }
  for (const by of [HOSTILE_BY.exec(text), HARM_RESULT.exec(text)]) {
    if (!by) continue;
    const after = ctx.contentStart + by.index + by[0].length;
    // The agent follows "by" closely ("shelled overnight by Delta forces"), not somewhere later on.
    if (
      others.some(
        (m) =>
          m.start >= after &&
          /^[\s\w'-]{0,40}$/.test(ctx.content.slice(after - ctx.contentStart, m.start - ctx.contentStart)),
      )
    )
      return by.index;
  }
  if (design) return design.index;
  if (unnamed !== null) return unnamed;
  const before = others.find((m) =>
    HOSTILE_NOUN.test(normWord(ctx.content.slice(m.end - ctx.contentStart).trimStart())),
  );
  return before ? before.start - ctx.contentStart : null;
}

/**
 * Whether someone named before a hostile act is the one doing it: in the same clause, close before it, and
 * with no first person between them ("the town, where we killed …" is the speaker's own act).
 */
function isSubjectOf(
  m: { start: number; end: number },
  at: number,
  text: string,
  contentStart: number,
): boolean {
  if (m.end > contentStart + at) return false;
  // "in Sirhama", "from police custody", "south of the capital": a place or a thing, not a doer.
  if (LOCATIVE.test(text.slice(0, Math.max(0, m.start - contentStart)))) return false;
  const gap = text.slice(Math.max(0, m.end - contentStart), at);
  // "… were killed in a blast that targeted …": the act belongs to the clause's own noun, unless that
  // noun is the doer's ("the Delta soldiers who fired").
  const relative = /\b(that|which|who)\b/.exec(gap);
  if (
    relative &&
    /[,;]|\b(was|were|is|are|been|had|has|have)\b|(\w+\W+){3}/.test(gap.slice(0, relative.index))
  )
    return false;
  // "Gunmen circled the village. They came back and opened fire": a pronoun carries the subject on.
  const carried = /(^|[.;]\s+)(they|he|she)\b[^.;:!?]{0,40}$/.test(gap);
  return (SUBJECT_GAP.test(gap) || carried) && !/\b(we|i)\b/.test(gap);
}

const LOCATIVE =
  /\b(in|at|near|into|outside|inside|across|around|towards?|from|(north|south|east|west)(-?\w+)? of)\s+(the\s+)?$/;

/**
 * Who on the speaker's side may be doing an act: the actors of that side named in the words, and the
 * armed words that are not the other side's ("our troops", an army's "forces").
 */
function ownSubjects(
  ctx: StanceContext,
  others: { start: number; end: number }[],
): { start: number; end: number }[] {
  const text = normWord(ctx.content);
  const own = ctx.mentions.filter((m) => !otherSide(m, ctx));
  const armed = [...text.matchAll(ARMED_AGENT)]
    .map((m) => ({
      start: ctx.contentStart + (m.index ?? 0),
      end: ctx.contentStart + (m.index ?? 0) + m[0].length,
    }))
    .filter((m) => !others.some((o) => o.start < m.end && o.end > m.start))
    .filter((m) => !attachedToMention(ctx, text, m.start - ctx.contentStart));
  return [...own, ...armed];
}

const FIRST_PERSON = /^(we|our|us|i|my)\b/i;

/**
 * Capitalised names in the reported words that are not a known actor's mention and not the
 * speaker's own ("the Taliban", "the RSF", "Israeli"): the agents a charge can be against.
 */
function unknownAgents(ctx: StanceContext): { start: number; end: number }[] {
  const known = ctx.mentions.map((m) => [m.start, m.end]);
  const speaker = ctx.index.get(ctx.speaker.id);
  const own = new Set((speaker ? speaker.name : '').split(/\s+/));
  const found: { start: number; end: number }[] = [];
  for (const m of ctx.content.matchAll(/\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*/g)) {
    const start = ctx.contentStart + (m.index ?? 0);
    const end = start + m[0].length;
    const words = m[0].split(/\s+/);
    // A capital opening a sentence is a name only when the word is not one of the ordinary openers.
    const opensSentence = /(^|[.!?]\s+)$/.test(ctx.content.slice(0, m.index ?? 0));
    if (opensSentence && words.length === 1 && SENTENCE_OPENERS.has((words[0] as string).toLowerCase()))
      continue;
    if (FIRST_PERSON.test(m[0]) || words.some((w) => own.has(w) || NOT_AGENTS.has(w))) continue;
    if (known.some(([s, e]) => (s as number) < end && (e as number) > start)) continue;
    found.push({ start, end });
  }
  return found;
}

/** Words that open sentences without naming anyone. */
const SENTENCE_OPENERS = new Set(
  (
    'the a an it its this that these those there here we our they their he she his her i you some several ' +
    'one two three four five six seven eight nine ten eleven twelve dozens hundreds thousands scores ' +
    'many most all both each every no none one two three in on at of for from with by after before since ' +
    'as if when while but and or so yet also then however although though because during despite until ' +
    'what which who whose how why where not only more less any another other such'
  ).split(' '),
);

/** Armed or hostile actors named by what they are, not by a name ("troops", "the security forces", "militants"). */
const ARMED_AGENT =
  /\b(men in (\w+ )?uniforms?|troops|forces|soldiers|army|military|militants?|terrorists?|rebels?|jihadists?|insurgents?|gunmen|fighters|militias?|occupiers|enemy|enemies|adversary|invaders|aggressors?|paramilitar\w*|warplanes?|regime|junta|police(men)?)\b/g;
/** Armed actors that are never the speaker's own, whoever speaks ("suspects opened fire on the patrol"). */
const HOSTILE_AGENT =
  /\b(militants?|terrorists?|rebels?|jihadists?|insurgents?|gunmen|armed men|assailants|attackers|suspects|bandits|gangs?|gang members|enemy|enemies|adversary|invaders|aggressors?)\b/g;
const STATE_ORGAN = /\b(police|defen[cs]e|ministry|interior)\b/;
const ARMED_SPEAKER = /\b(army|armed|forces|military|defen[cs]e|police|troops)\b/;
/** "our forces", "its own troops": the speaker's own side did it, which charges no one. */
const OWN_SIDE = /\b(our|we|us|my|its|their)( own)?( \w+)?\s*$/;

/** Whether an armed word at `at` (in the words) belongs to an actor named just before it or around it. */
function attachedToMention(ctx: StanceContext, text: string, at: number): boolean {
  return ctx.mentions.some(
    (m) =>
      (m.start <= ctx.contentStart + at && m.end > ctx.contentStart + at) ||
      (m.end <= ctx.contentStart + at && /^[\s\w'-]{0,12}$/.test(text.slice(m.end - ctx.contentStart, at))),
  );
}

function armedAgents(ctx: StanceContext): { start: number; end: number }[] {
  // An army, a defence ministry or a police force speaking of "the troops" speaks of its own.
  const speaker = ctx.index.get(ctx.speaker.id);
  // A state's army speaks of its own troops; a rebel army ("the Kachin Independence Army") of the state's.
  // Police and defence ministries are the state's by what they are.
  const armed =
    (speaker?.orgType === 'ARMED_FORCES' || ARMED_SPEAKER.test(ctx.speaker.id)) &&
    (ctx.speaker.side !== null || STATE_ORGAN.test(ctx.speaker.id));
  const text = normWord(ctx.content);
  // "Azerbaijani forces", "the Armed Forces of Armenia": a named side's forces are judged by that side.
  const named = (at: number) => attachedToMention(ctx, text, at);
  return [...text.matchAll(armed ? HOSTILE_AGENT : ARMED_AGENT)]
    .filter((m) => !named(m.index ?? 0))
    .filter((m) => !OWN_SIDE.test(text.slice(Math.max(0, (m.index ?? 0) - 24), m.index ?? 0)))
    .map((m) => ({
      start: ctx.contentStart + (m.index ?? 0),
      end: ctx.contentStart + (m.index ?? 0) + m[0].length,
    }));
}

/**
 * Whom a statement addresses: the object of "urged"/"accused"/"called on" when it names an actor,
 * else the other side named in the words; "both sides" means the article's two main states.
 */
export function targetsOf(stance: Stance, ctx: StanceContext, principals: string[]): string[] {
  if (stance === 'CLAIMS' || stance === 'OTHER') return [];
  const text = normWord(ctx.content);
  // Support goes to whoever follows "support for" ("Moscow's support for Yerevan"), not to the supporter.
  const supported =
    stance === 'SUPPORTS' ? /\b(support|solidarity|backing) (for|with|of|to)\b/.exec(text) : null;
  const from = supported ? ctx.contentStart + supported.index : 0;
  const others = ctx.mentions
    .filter((m) => !m.actor.isNew && m.start >= from && otherSide(m, ctx))
    .map((m) => m.actor.id);
  const both = /\b(both|all|the two|the) (sides|parties|countries|nations)\b/.test(text) ? principals : [];
  // A call or support addresses everyone it names; a charge is against the first party it names.
  const named = stance === 'CALLS_FOR' || stance === 'SUPPORTS' ? others : others.slice(0, 1);
  return [...new Set([...both, ...named])].filter((id) => id !== ctx.speaker.id);
}
