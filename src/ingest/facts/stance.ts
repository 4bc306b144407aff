import type { ActorIndex, Mention } from '../speakers/actorIndex';
import {
  ARMED_GROUPS,
  PRONOUN_AGENT,
  SPREAD_FALSE,
  accusation,
  agentsIn,
  chargeCues,
  otherSide,
} from './agents';
import type { Candidate } from '../candidates/candidates';
import { foldedWords } from './words';
import type { ActorKind, Stance } from '../types';

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
  // Only ever a reporting verb as "push for" or "pushed the parties to" (candidates/reportingVerbs.ts).
  push: 'CALLS_FOR',
  // Only ever a reporting verb as "pressed for" or "pressed the rulers to …" (candidates/reportingVerbs.ts).
  press: 'CALLS_FOR',
  praise: 'SUPPORTS',
  welcome: 'SUPPORTS',
  hail: 'SUPPORTS',
  applaud: 'SUPPORTS',
  // Only ever a reporting verb with "tribute" or "homage" (candidates/reportingVerbs.ts).
  pay: 'SUPPORTS',
  // Reporting only with their complement (candidates/reportingVerbs.ts): "thanked … for", "encouraged … to",
  // "attributed … to", "held … responsible".
  thank: 'SUPPORTS',
  congratulate: 'SUPPORTS',
  commend: 'SUPPORTS',
  encourage: 'CALLS_FOR',
  instruct: 'CALLS_FOR',
  lambast: 'CONDEMNS',
  attribute: 'ACCUSES',
  hold: 'ACCUSES',
};

/** Verbs that assert facts: with nothing more telling, what they report is a claim. */
const ASSERTING = new Set(
  (
    'say state claim allege report add tell insist note confirm announce stress emphasize ' +
    'emphasise declare according-to tweet write issue release publish'
  ).split(' '),
);

const DENIAL =
  /\b(reject\w*|(?<!(cannot|can't|can not|could not|couldn't) )den(y|ies|ied)|refut\w*|(did|does|do|has|have|had|was|were)( not|n't) (carry out|carried out|launch\w*|fire\w*|attack\w*|conduct\w*|strike|struck|target\w*|shell\w*|violat\w*|open\w* fire|shoot|shot|kill\w*|bomb\w*|have any|block\w*|send|sent|deploy\w*|cross\w*|use|used|seiz\w*|captur\w*|abduct\w*|detain\w*|invad\w*|suppl(y|ied)|confirm (the |these |those |such )?(claims?|allegations?|accusations?|reports?))|(is|was|are|were) not to (target|attack|strike|shell|bomb)|out of (\W?the\W? )?question (for (us|me|them|it) )?to (target|attack|strike|shell|bomb|kill|harm)|(this|that|it) is (an? |pure |a mere |just an? )?(illusion|myth|fiction|fantasy|fairy[ -]tale)|never (carried out|launched|fired|attacked|targeted)|nothing but|nothing to do with|(a|an|blatant|outright|complete|pure|total) lie|(nobody|no one)( \w+){0,4} (fired|attacked|shelled|opened fire|violated|crossed|targeted|struck)|no (\w+ )?involvement|responsibility\b[^.;]{0,40}?\b(is|was|lies|lay|rests)( \w+)? not (on|with)|(is|are|was|were) not responsible|(is|are|was|were) not (behind|carrying out|conducting|attacking|targeting|firing|shelling)|no such (activity|activities|attacks?|actions?|operations?|strikes?|incidents?)|(is|are|was|were) not (\w+ )?(terrorists|militants|rebels|fighters|combatants)|not civilians|not (\w+ ){0,3}policy to (attack|target|strike|kill|shell|bomb)|\bno\b[^.;]{0,120}\bas (alleged|claimed)\b|(bears?|has|have) no responsibility|not involved|(did|does)(n't| not) involve|never (occurred|happened|took place)|(did|does)(n't| not) (occur|happen|take place)|(has|have|had) (\w+ )?never (been )?\w+ed|hypocris\w*|baseless|groundless|unfounded|untrue|not true|not real|false|fake|fabricat\w*|fallac\w*|slander\w*|ridicul\w*|disinformation|misinformation|no truth)\b/;
/** Calling someone's accusation or claim wrong denies it ("accusing us of this is wrong"). */
const WORDS_CALLED_WRONG =
  /\b(accus\w+|allegations?|claims?|assertions?)\b[^.]{0,200}?\b(is|are|was|were) ["\u201c]?(simply |completely |totally |absolutely )?(wrong|incorrect|absurd|ridiculous|nonsense|a lie|lies)\b/;
const CALL =
  /\b(should|must|would like|(?<!(not|n't|no) )(wish|plea|appeal) (is )?(for|to)|let us|let's|stop this|need to|needs to|(^|[.!?]\s+)the need for|(urgent|pressing|immediate) need (for|to)|have to|has to|(?<!(was|were) )(essential|necessary) to|remind(s|ed|ing)? (\w+ ){0,4}of (their|its|his|her) (obligations?|duty|duties|responsibilit\w*|commitments?)|request(s|ed|ing) (an?|the|that|urgent|immediate|international|help|assistance|support|protection|aid)\b|(call|calls|called|calling) (on|for|upon)|(push|press)(es|ed|ing)? for|urg(e|es|ed|ing)|appeal\w*|demand\w*|refrain|restraint|if (both|all|the) (sides|parties)|(hold|held|holding) \w+( \w+)? (accountable|responsible)|brought to justice|invit(e|es|ed|ing)|invitation (to|for)|(has|have|bears?) (a|the) (\w+ )?(responsibility|duty|obligation) to|(the )?importance of|(?<!(was|were|been|being|is|are) )(ask|asks|asked|asking|will ask|would ask) (\w+ ){1,3}to|(ask|asks|asked|asking) for|(?<!\b(i|we)( have| had|'ve) )(press(es|ed)?|direct(s|ed)|advis(e|es|ed)) ([\w'\u2019-]+ ){1,4}to (?!be\b|the\b|a\b)[a-z]+|\b(we|i) (\w+ )?want (?!to\b)(\w+ ){1,3}to (?!be\b|know\b|say\b|see\b)[a-z]+|(his|her|its|their|our|my|renewed|repeated) calls? (to|on|upon|for)|(must|should) (stop|end|cease)|(^|[.!?:]\s+)(stop|end|cease|halt) (the|this|these|all)\b|(it is|it's) (high )?time (for (\w+ ){1,3})?to|invok(e|es|ed|ing) (the |an? )?(\w+ ){0,5}(clause|article|treaty|charter|mechanism|provision)s?|hop(e|es|ed|ing) (that )?(\w+ ){1,4}(will|would|can|could) |we request|request(s|ed)? (that|the|all|everyone|people)|(requires?|needs?|calls for|demands?) (a |an )?(\w+ ){0,2}(position|stance|action|response|measures|steps) (from|by)\b)\b/;
const SUPPORT = /\b(support|solidarity)\b/;
/** Backing given to armed groups or to a wrong: a charge, not support. */
const WRONG_BACKED = new RegExp(
  String.raw`\b(support|backing)( [\w-]+){0,5} (to|for|of) (the )?([\w-]+ ){0,3}(${ARMED_GROUPS})\b`,
);
/** Standing with someone, whatever the verb that reports it ("said it stood in full solidarity with …"). */
const STANDS_WITH =
  /\b(in ["\u201c]?(full |complete |total )?solidarity["\u201d]? with|(stands?|stood|standing) (firmly |shoulder to shoulder |together )?(with|by))\b/;
/** Thanking or backing in the speaker's own words ("we are grateful to our partners", "we welcome the deal"). */
const THANKS =
  /\b(grateful|gratitude|thank(s|ful)?(?! (to|god|goodness|heavens?|allah)\b)|we (\w+ )?(welcome|support|back|appreciate|salute|commend)|(he|she|it|they) (\w+ )?(welcome[sd]?|appreciate[sd]?|salute[sd]?|commend(s|ed)?))\b/;
/** Help or cooperation offered ("ready to cooperate with the government", "will help where we can"). */
const HELP_OFFERED =
  /\b((ready|willing|prepared|stand ready) to (cooperate|help|assist|support)|(we|i)( are| will| have|'re|'ll)? (\w+ )?(mobili[sz]\w*|provid\w*|send\w*|deliver\w*|offer\w*) (\w+ ){0,2}(support|aid|assistance|help)|(will|would|can) ["\u201c]?(\w+ ){0,5}help (where|as much as|in any way))\b/;
/** Laying the blame, even when phrased as what someone should do ("Kyiv should bear full responsibility"). */
const BLAME =
  /\b(bears?|bore|carr(y|ies)) (the )?(full |entire |sole )?responsibility\b|\bto blame for\b|\b(will|would|we|i) (\w+ )?["\u201c]?hold (\w+ ){1,2}(fully |directly )?responsible\b/;
/** Words that condemn: a statement carried by one condemns, whatever else it charges. */
const CONDEMNING =
  /\b(condemn\w*|grotesque|stab(bed|bing)? (\w+ )?in the back|(spoke|spoken|speaks?|speaking) out against|opposition to (\w+ ){0,3}(attacks?|violence|strikes?|killings?|bombings?|aggression)|denounc\w*(?! (the |its |all |an? )?(\w+ ){0,2}(agreements?|treat(y|ies)|accords?|pacts?|conventions?)\b)|war crimes?|war criminals?|(mass|cold-blooded|calculated|deliberate) murder|atrocit(y|ies)|senseless|insane|cynical\w*|brazen\w*|shameless\w*|savage\w*|malicious|monstrous|barbar\w*|horrif\w*|heinous|atrocious|outrag\w*|deplor\w*|reprehensible|despicable|abhorrent|gruesome|cruel\w*|inhuman\w*|scandal\w*|unacceptable|crimes? against humanity)\b/;
/**
 * Disapproval that is weaker than a condemning word: it condemns only when nothing in the words charges
 * anyone ("what happened cannot be tolerated", "appalled by the shooting").
 */
const DISAPPROVAL =
  /\b(appalled|disgraceful|cowardly|cowards|(cannot|can't|can not|will not|won't|must not|should not) be tolerated|intolerable)\b/;
/** A terrorism label; with no one charged, naming the act so condemns it ("it was a terrorist act"). */
const TERROR_LABEL = /\b(terror(ist)? (act|attack|crime|bombing|operation)s?|acts? of terror(ism)?)\b/;
const FIGHTING_TERROR = /\b(against|counter|anti|fight\w*|combat\w*)[- ](\w+ )?terror/;
/** "opened a criminal case into an act of terrorism": an inquiry names the charge, it does not condemn. */
const INQUIRY_INTO =
  /\b(case|investigation|probe|inquiry|proceedings|charges?) (into|over|on|for)\s+(\w+\s+){0,3}$/;

type Span = { start: number; end: number };

/**
 * Where in the article the words name an act of terror (`text` is the folded content), unless they
 * speak of fighting terror or of an inquiry into it.
 */
function terrorLabel(text: string, ctx: StanceContext): Span | null {
  const label = TERROR_LABEL.exec(text);
  if (!label || FIGHTING_TERROR.test(text) || INQUIRY_INTO.test(text.slice(0, label.index))) return null;
  const start = ctx.contentStart + label.index;
  return { start, end: start + label[0].length };
}

/** Words that judge an act when it is named with them ("a cowardly attack", "a flagrant violation"). */
const JUDGING = /\b(brutal|flagrant|blatant|cowardly|vicious|wanton|terrorist|terror)\b/;
/** What is named when an act is: the incident, the attack, the army's action, "it". */
const NAMED_ACT =
  /^(the |this |that |these |those |its |their |his |her |our |an? )?([\w'\u2019-]+ ){0,3}?(incident|attacks?|strikes?|operation|action|act|killings?|bombings?|shelling|raids?|assault|explosions?|blasts?|it|this|that)\b/;

/**
 * Whether naming words (`text`: "the incident a cowardly attack", "the operation as a flagrant violation")
 * name an act with a word that judges it; the judging word comes after the act named.
 */
function judgedAct(text: string): boolean {
  const act = NAMED_ACT.exec(text);
  return act !== null && JUDGING.test(text.slice(act[0].length));
}

/** Whether an agent is the label's own word ("terrorist" in "a terrorist attack"), not a doer. */
const insideLabel = (m: Span, label: Span) => m.start >= label.start && m.end <= label.end;
/** A warning about acts that have not happened ("any further provocation will be met with …"). */
const HYPOTHETICAL =
  /^\W*any (further |new |future |more |such |other |repetition of |repeated |kind of |forms? of )*\w/;
/** Asking for something to be done or handed over ("we want the list given to us"). */
const WANT_DONE =
  /\b(we|i) (\w+ )?(want|wants|wanted|need) (\w+ ){1,5}(given|returned|released|handed|brought|sent|delivered|freed|punished|prosecuted|to be)\b/;
const OTHER =
  /\b(committed|commitment|concerns?|concerned|engaged|spoke|spoken|speak|talks? with|telephone|phone|call with|met|meeting|hopes?|wants?|ready|readiness|condolences?|regret\w*|possibility|remains)\b/;
const CLAIM =
  /\b(kill\w*|wound\w*|injur\w*|dead|died|casualt\w*|fatalit\w*|loss(es)?|fire|artillery|shell\w*|drones?|troops|soldiers?|forces|army|positions?|operation|situation|control\w*|stable|measures|destroy\w*|videos?|footage|military|strikes?|offensive|clash\w*|fighting|captured)\b/;

/** Whom a warning tells to do something ("residents to leave", "people not to approach"). */
const WARNED_TO =
  /^((the|all|local|foreign) )?(?!(that|of|about|against|it|this)\b)[\w-]+ (not )?to (?!be\b|have\b)[a-z]+/;
const WARNING = new Set(['warn', 'threaten', 'caution', 'promise', 'pledge', 'vow', 'predict']);

export interface StanceContext {
  /** The reported words, from the candidate's content start to its end. */
  content: string;
  contentStart: number;
  /** The span's words before the reported ones ("called on"), when the span starts at its verb. */
  lead?: string;
  /** Actors named in the reported words. */
  mentions: Mention[];
  /** `kind` when known: a group or an organization may be the "they" its own words open with. */
  speaker: { id: string; side: string | null; kind?: ActorKind };
  index: ActorIndex;
}

/** The stance of a statement: from its verb when that says it, else from the words reported. */
export function stanceOf(c: Candidate, ctx: StanceContext): Stance {
  const text = foldedWords(ctx.content);
  const verb = BY_VERB[c.lemma];
  // "dismissed the claims as baseless" denies; "dismissed the meeting as pointless" only judges it;
  // "blamed stray bullets for the deaths" blames no one; "which Kyiv blamed for the deaths" blames
  // whoever the relative clause hangs on.
  // "called the raid a brutal assault" names the act; only "called on/for …" calls.
  // "called the strikes "inhuman"": with no "to" at all, "call" can only name.
  // "dubbed the blast a terrorist attack", "branded the raid an invasion": naming verbs always name.
  const names =
    NAMING_VERBS.has(c.lemma) ||
    (c.lemma === 'call' &&
      !CALLING.test(foldedWords(`${ctx.lead ?? ''} ${ctx.content}`)) &&
      (NAMING.test(text.split(/\bto\b/)[0] ?? '') || !/\bto\b/.test(text)));
  // "spoke out against the attacks" condemns them.
  if (c.lemma === 'speak' && /\bout\s+against\b/.test(foldedWords(`${ctx.lead ?? ''} ${ctx.content}`)))
    return 'CONDEMNS';
  if (names && CONDEMNING.test(text)) return 'CONDEMNS';
  // "called the incident a cowardly attack", "described the operation as a flagrant violation": an act named
  // with a word that judges it is condemned (settled rules 3 and 11: the label is the predicate).
  if ((names || c.lemma === 'describe') && judgedAct(text)) return 'CONDEMNS';
  const label = names ? terrorLabel(text, ctx) : null;
  if (label && !agentsIn(ctx).some((m) => !insideLabel(m, label))) return 'CONDEMNS';
  if (names && NAMED_AS_WRONG.test(text)) return 'ACCUSES';
  // "claimed responsibility for the attack": owning an act charges no one.
  if (OWNING.has(c.lemma) && /^(full |sole )?responsibility\b/.test(text)) return 'CLAIMS';
  // "called the accusation "propaganda"": naming someone's charge with a word that dismisses it.
  if (names && DISMISSED_AS.test(text)) return 'DENIES';
  const blamesNoOne =
    c.lemma === 'blame' &&
    !/\b(for|on)\s*$/.test(foldedWords(ctx.lead ?? '')) &&
    !PRONOUN_AGENT.test(text) &&
    agentsIn(ctx).length === 0;
  // "rejected the possibility of talks" refuses a course, not someone's words.
  const refusesCourse = ['dismiss', 'reject'].includes(c.lemma) && text !== '' && !DISMISSED_WORDS.test(text);
  // "called attention to …" points at something; it calls on no one.
  const attention = c.lemma === 'call' && /^attention\b/.test(text);
  if (verb && !refusesCourse && !attention && !blamesNoOne && !names) return verb;
  // "expressed support for the truce" backs it; "expressed concern over the support for the militants" is
  // concern (settled rule 6, below).
  if (['reiterate', 'express', 'voice'].includes(c.lemma) && SUPPORT.test(text) && !WRONG_BACKED.test(text))
    return 'SUPPORTS';
  // "warned people to evacuate the building": warning someone to do something urges them to.
  if (c.lemma === 'warn' && WARNED_TO.test(text)) return 'CALLS_FOR';
  // "reminded the parties of their obligations" calls on them to meet those.
  if (c.lemma === 'remind' && DUTIES.test(text)) return 'CALLS_FOR';
  // "declared the force a rebel group", "branded them terrorists": the label is the charge.
  if (LABELLING.has(c.lemma) && LABEL.test(text)) return 'ACCUSES';
  // Both a denial and a condemnation ("we denounce this campaign of disinformation"): the first word carries it.
  const denial =
    DENIAL.exec(text) ?? WORDS_CALLED_WRONG.exec(text) ?? (/^no\b[,.!]/.test(text) ? { index: 0 } : null);
  const condemning = CONDEMNING.exec(text);
  // A judging adjective inside the denied words does not condemn ("senseless killings never occurred").
  const condemnVerb = CONDEMN_VERB.exec(text);
  // "they are spreading fake information": the falsehood is what they are charged with, not denied.
  const spread = SPREAD_FALSE.exec(text);
  const spreadDenial =
    denial && spread && denial.index >= spread.index && denial.index < spread.index + spread[0].length;
  if (denial && !spreadDenial && !(condemnVerb && condemnVerb.index < denial.index)) return 'DENIES';
  if (BLAME.test(text)) return 'ACCUSES';
  if (HYPOTHETICAL.test(text) && !CALL.test(text)) return 'OTHER';
  // Settled rule 11 (with 3): the terrorism label as the predicate condemns ("the attacks are acts of terrorism").
  if (TERROR_PREDICATE.test(text) && !FIGHTING_TERROR.test(text)) return 'CONDEMNS';
  // Settled rule 6: worry and concern are OTHER, whatever they are about.
  if (
    CONCERN_LEAD.test(text) ||
    (['express', 'voice', 'reiterate'].includes(c.lemma) && CONCERN_NOUN.test(text))
  )
    return 'OTHER';
  // "described the incident as "uncalled-for aggression"": describing an act as a wrong charges whoever did it.
  const describedAs = c.lemma === 'describe' ? /\bas\b/.exec(text) : null;
  const describedWrong = describedAs !== null && NAMED_AS_WRONG.test(text.slice(describedAs.index));
  if (describedWrong && !CONDEMNING.test(text) && !DISAPPROVAL.test(text)) return 'ACCUSES';
  const found = accusation(text, ctx);
  // Settled rule 4: harm put down to an accident or to no one's fault charges no one.
  const noFault = found !== null && NO_FAULT.test(text.replace(AIR_DEFENCE_STOPS, ''));
  // Settled rule 8: one's own act "in response to" the other side's is a claim; the charge inside the
  // justification does not carry the statement.
  const responseTo = RESPONSE_TO.exec(text);
  const justified = found !== null && responseTo !== null && responseTo.index < found;
  // "two JeM terrorists have been killed", "the elimination of three terrorists": the fought group's label in
  // a report of its losses is the speaker's side's operation, not a charge.
  const groupHarmed = found !== null ? FOUGHT_GROUP_HARMED.exec(text) : null;
  // Not when the words also report the speaker's side's losses ("…, while five soldiers had been martyred"): that
  // harm is the fought group's doing (settled case 12).
  const ownOperation =
    groupHarmed !== null &&
    found !== null &&
    found >= groupHarmed.index &&
    found < groupHarmed.index + groupHarmed[0].length &&
    !OWN_LOSSES.test(text.slice(groupHarmed.index + groupHarmed[0].length));
  const charge = noFault || justified || ownOperation ? null : found;
  // "We reserve the right to respond to this terrorist attack": a threat of response, whatever it answers,
  // unless the charge comes first ("they shelled our villages and we will respond").
  const threat = RESPONSE_THREAT.exec(text);
  // "Erbil will not bow down to cowards. I strongly condemn …": condemning wins over resolve.
  const condemnedFirst =
    threat !== null &&
    (CONDEMN_VERB.test(text) ||
      CONDEMNING.test(text.slice(0, threat.index)) ||
      DISAPPROVAL.test(text.slice(0, threat.index)));
  if (
    threat &&
    !condemnedFirst &&
    !CALL.test(text.slice(0, threat.index)) &&
    !(charge !== null && charge < threat.index)
  )
    return 'OTHER';
  // "Anyone who does so is a terrorist": a charge against no one in particular condemns the deed.
  if (GENERIC_DOER.test(text) && (charge !== null || CONDEMNING.test(text) || LABEL_WORD.test(text)))
    return 'CONDEMNS';
  const call = firstCall(text);
  if (call) {
    // "We condemn the campaign, which must not distract …", "The regime bullies civilians … we will
    // need to act": what the words say first carries them.
    const condemn = CONDEMN_VERB.exec(text);
    if (condemn && condemn.index < call.index) return 'CONDEMNS';
    // "Attacks on our villages must stop": the charge is what the call is about.
    if (STOP_CALL.test(text.slice(call.index))) return 'CALLS_FOR';
    // "Such criminal elements should be exposed": the wrongdoers are who the call is about.
    if (charge !== null && /^[\w' -]{0,30}$/.test(text.slice(charge, call.index))) return 'CALLS_FOR';
    return charge !== null && charge < call.index ? 'ACCUSES' : 'CALLS_FOR';
  }
  if (condemning) return 'CONDEMNS';
  if (charge !== null) return 'ACCUSES';
  if (STANDS_WITH.test(text) || THANKS.test(text) || HELP_OFFERED.test(text)) return 'SUPPORTS';
  if (DISAPPROVAL.test(text) || terrorLabel(text, ctx)) return 'CONDEMNS';
  if (WANT_DONE.test(text)) return 'CALLS_FOR';
  // A warning or threat that neither calls for nor charges anything is not a factual claim.
  if (OTHER.test(text) || WARNING.has(c.lemma)) return 'OTHER';
  if (CLAIM.test(text)) return 'CLAIMS';
  return ASSERTING.has(c.lemma) ? 'CLAIMS' : 'OTHER';
}

/** Promising to answer an attack or vowing not to yield to it: a threat or resolve, not a charge. */
const RESPONSE_THREAT =
  /\b((will|would|shall|'ll|to|ready to|prepared to) (\w+ ){0,2}(respond|retaliate|hit back|strike back|avenge|resist)|(will|shall|would) (never|not) (surrender|give up|back down|bow|yield|submit)|(will|would|shall) be met with|(will|would|shall) (\w+ )?not go unanswered|teach (\w+ ){0,4}a lesson|revenge will be|(will|shall) (surely )?pay (the|a|dearly)|(will be|there will be) no impunity|will not go unpunished|(can't|cannot|can not) underestimate|reserves? (the |its |our |their )?(full |every |legitimate |sovereign )?right to (respond|retaliate|defend|self-defen[cs]e)|(decisive|firm|strong|harsh|swift|severe|crushing|appropriate|proportionate) (in (its|our|their) )?(response|retaliation))\b/;

/** The terrorism label as what something is, or is described as (settled rule 11). */
const TERROR_PREDICATE =
  /\b(is|are|was|were|as|constitutes?) (an? |the )?["\u201c]?((\w+ ){0,2}acts? of terror(ism)?|terror(ist)? (acts?|attacks?|crimes?)|terrorists)\b/;
/** Worry or concern as what the words say (settled rule 6). */
const CONCERN_LEAD =
  /^(\W*)(he |she |it |they |we |i )?(is |was |are |were |am )?((deeply|gravely|very|particularly|seriously|extremely) )?(concerned|worried|troubled|alarmed)\b/;
const CONCERN_NOUN = /^((deep|grave|serious|strong) )?(concern|worry|alarm)\b/;
const FOUGHT = String.raw`(terrorists?|terrorist elements|militants?|insurgents?|jihadists?|fighters|rebels?|bandits|attackers|assailants|gunmen|extremists)`;
const COUNT = String.raw`(\d+|one|two|three|four|five|six|seven|eight|nine|ten|\w+ty|several|dozens of|scores of|hundreds of|more|all)`;
const OWN_LOSSES =
  /\b(soldiers?|troops|personnel|policem[ae]n|officers?|civilians?|sons of (the )?soil)\b[^.;]{0,40}?\b(killed|martyred|injured|wounded|lost (their|his|her) lives?)\b/;
/**
 * A fought group's members counted among the dead or eliminated ("two JeM terrorists have been killed", "1 more
 * terrorist killed", "the elimination of three terrorists", "neutralized nine PKK terrorists"): no object follows.
 */
const FOUGHT_GROUP_HARMED = new RegExp(
  String.raw`\b${COUNT}( [\w"\u201c-]+){0,2} ${FOUGHT}["\u201d]?( of [\w -]{1,40}?)? ((have|has|had) been |were |was )?(killed|neutrali[sz]ed|eliminated|slain)\b(?! (\w+ )?(\d+|people|civilians|soldiers|villagers|residents|a|an|the|two|three|four|five|six|seven|eight|nine|ten)\b)|\b(neutrali[sz](ed|ing)?|eliminat(ed|ing)|elimination of|deaths? of)( [\w"\u201c()-]+){0,4} ${FOUGHT}\b`,
);
/** Harm put down to an accident or to no one's fault (settled rule 4). */
const NO_FAULT =
  /\b(air defen[cs]es?|accident(al|ally)?|unintentional\w*|friendly fire|misfir\w*|malfunction\w*|by mistake|mistaken(ly)?|erroneous(ly)?|inadvertent(ly)?|not (\w+ )?(intentional|deliberate)|no (sign|indication)\w* (\w+ ){0,6}(intentional|deliberate))\b/;
/**
 * Air defence that stops the weapons is not the cause of the harm ("missiles fired by X were shot down by air
 * defences, and debris hit the city"): only air defence that does the harm puts it down to no one's fault.
 */
const AIR_DEFENCE_STOPS =
  /\b((shot|brought) down|intercepted|downed|destroyed|repelled|repulsed|thwarted|detected) (\w+ ){0,2}by (the )?(\w+ ){0,2}air defen[cs]es?( units| systems| forces)?|air defen[cs]es?( units| systems| forces)? (\w+ ){0,2}((shot|shoot|shoots|brought|bring|brings) down|intercept\w*|down(ed|s)|destroy\w*|repel\w*|repuls\w*|thwart\w*|foil\w*)/g;
/** One's own act justified by the other side's (settled rule 8). */
const RESPONSE_TO =
  /\b(in (response|retaliation|reprisal|revenge) (to|for)|retaliat(e|es|ed|ing) (against|for|to)|(fired|fire|firing) retaliatory)\b/;

/** Whoever does a thing, not someone named: "anyone who …", "all those who …", "whoever …". */
const GENERIC_DOER = /^(\W*)(anyone|anybody|whoever|all those who|any (person|group|party|one) (who|that))\b/;
const LABEL_WORD = /\b(terrorists?|criminals?|enem(y|ies) of|outlaws?)\b/;

const STOP_CALL = /^(must|should) (stop|end|cease)\b/;

/**
 * What the speaker must still find out or wait for calls on no one ("we will need to confirm their identities",
 * "the outcome must be awaited", "it should be noted that …", "let's wait until …").
 */
const FINDING_OUT =
  /^\s*(\w+ly )?(be )?(confirm(ed)?|verif(y|ied)|ascertain(ed)?|wait|await(ed)?|noted|mentioned)\b/;
const CALLS = new RegExp(CALL.source, 'g');

/** The first call in the words that is not about what remains to be found out. */
function firstCall(text: string): RegExpExecArray | null {
  for (const call of text.matchAll(CALLS))
    if (!FINDING_OUT.test(text.slice((call.index ?? 0) + call[0].length))) return call as RegExpExecArray;
  return null;
}

/** "called on", "calls for": the calling sense of "call", as against naming ("called the raid an assault"). */
const CALLING = /\bcall(s|ed|ing)?\s+(on|upon|for|to|in)\b/;
/** "called the raid a brutal assault", "called it an attempt to …": what naming puts before any "to". */
const NAMING = /(^|\s)(an?|as)\s/;
/** What an act is named when it is called a wrong. */
const NAMED_AS_WRONG =
  /\b(assault|attack|aggression|provocation|crimes?|coup|terror\w*|massacre|genocide|assassinat\w*|murder|sabotage|invasion|occupation|lies?)\b/;
const DUTIES =
  /\b(obligations?|duty|duties|responsibilit\w*|commitments?|agreements?|accords?|ceasefire|cease-fire|truce|treat(y|ies)|pledges?|promises?)\b/;
const NAMING_VERBS = new Set(['dub', 'brand', 'label', 'term']);
const LABELLING = new Set(['declare', 'designate', 'brand', 'label', 'call', 'describe', 'list']);
const LABEL =
  /^(\S+ ){0,5}?(as )?(a |an )?["\u201c]?(rebels?|terrorists?|criminals?|outlaws?|mercenar\w*|war criminals?)\b/;

const OWNING = new Set(['claim', 'take', 'assume', 'accept']);
const DISMISSED_AS =
  /^(the |these |those |such |all |his |her |their |its )?(\w+ )?(accusations?|allegations?|claims?|charges?|reports?)\b[^.;]{0,30}?\b(propaganda|lies|a lie|nonsense|absurd|ridiculous|slander\w*|smear\w*|fiction|fantasy)\b/;

/** What a dismissal dismisses when it denies: someone's words. */
const DISMISSED_WORDS =
  /\b(claims?|allegations?|accusations?|charges?|reports?|assertions?|statements?|remarks?|rumou?rs?|suggestions?|involvement|responsibility|it|this|that|these|those)\b|baseless|groundless|unfounded|false|fake|lies?\b/;
/** Condemning verbs (not nouns such as "war crime"): "we condemn …", "denounced …". */
const CONDEMN_VERB = /\b(condemn(s|ed|ing)?|denounc(e|es|ed|ing)|deplor(e|es|ed|ing))\b/;

/**
 * Whom a statement addresses: the object of "urged"/"accused"/"called on" when it names an actor,
 * else the other side named in the words; "both sides" means the article's two main states.
 */
export function targetsOf(stance: Stance, ctx: StanceContext, principals: string[]): string[] {
  if (stance === 'CLAIMS' || stance === 'OTHER') return [];
  const text = foldedWords(ctx.content);
  // Support goes to whoever follows "support for" ("Moscow's support for Yerevan"), not to the supporter.
  const supported =
    stance === 'SUPPORTS' ? /\b(support|solidarity|backing) (for|with|of|to)\b/.exec(text) : null;
  const from = supported ? ctx.contentStart + supported.index : 0;
  const others = ctx.mentions
    .filter((m) => !m.actor.isNew && m.start >= from && otherSide(m, ctx))
    .filter((m) => !namesAThing(m, ctx) && !(stance === 'ACCUSES' && harmedOrCited(m, ctx)))
    .map((m) => m.actor.id);
  const both = /\b(both|all|the two|the) (sides|parties|countries|nations)\b/.test(text) ? principals : [];
  // A call or support addresses everyone it names; a charge is against the first party it names.
  const named = stance === 'CALLS_FOR' || stance === 'SUPPORTS' ? others : others.slice(0, 1);
  return [...new Set([...both, ...named])].filter((id) => id !== ctx.speaker.id);
}

/** A name fused to a word that makes it describe a thing, not a party ("Turkish-made drones", "the French-speaking region"). */
const THING_OF =
  /^[-\u2010\u2011]\s*(made|speaking|supplied|built|manufactured|produced|designed|owned|flagged|registered|born|origin)\b/i;
/** Whoever the words say was harmed ("U.S. forces … were targeted", "three Turkish soldiers were killed"). */
const HARMED_AFTER =
  /^(?:(?!\b(and|or|by)\b)[\w\s'\u2019.-]){0,40}?\b(was|were|has been|have been|had been|being|came under)\s+(\w+ly\s+)?(killed|wounded|injured|hurt|targeted|attacked|hit|shelled|struck|bombed|abducted|kidnapped|detained|arrested|fire|attack)\b/i;
/** A body cited as the law broken or the source of a report ("UN Security Council resolutions", "amid U.N. efforts"). */
const CITED_BODY =
  /^\W*((security council|general assembly|high commissioner|human rights council)\W*)?(resolutions?|charter|efforts?|mandate|report|experts?|envoy|spokes\w+|staff|officials?)\b/i;

/** Whether a mention names a thing's origin or language rather than a party ("Turkish-made"). */
function namesAThing(m: Mention, ctx: StanceContext): boolean {
  return THING_OF.test(ctx.content.slice(m.end - ctx.contentStart));
}

/** Whether the accusing words name this party as the one harmed, or cite it as a rule or a source, not as the doer. */
function harmedOrCited(m: Mention, ctx: StanceContext): boolean {
  const after = ctx.content.slice(m.end - ctx.contentStart);
  return HARMED_AFTER.test(after) || CITED_BODY.test(after);
}

/** The stance patterns that fire on some words, by name: what the learned stance classifier may read of these rules. */
export function stanceCues(folded: string): string[] {
  const named: [string, RegExp][] = [
    ['denial', DENIAL],
    ['called-wrong', WORDS_CALLED_WRONG],
    ['call', CALL],
    ['support', SUPPORT],
    ['stands-with', STANDS_WITH],
    ['thanks', THANKS],
    ['help-offered', HELP_OFFERED],
    ['blame', BLAME],
    ['condemning', CONDEMNING],
    ['condemn-verb', CONDEMN_VERB],
    ['disapproval', DISAPPROVAL],
    ['terror-label', TERROR_LABEL],
    ['hypothetical', HYPOTHETICAL],
    ['want-done', WANT_DONE],
    ['response-threat', RESPONSE_THREAT],
    ['generic-doer', GENERIC_DOER],
    ['other', OTHER],
    ['claim', CLAIM],
  ];
  return [...named.filter(([, re]) => re.test(folded)).map(([name]) => name), ...chargeCues(folded)];
}
