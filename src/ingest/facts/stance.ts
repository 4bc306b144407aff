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
  praise: 'SUPPORTS',
  welcome: 'SUPPORTS',
  hail: 'SUPPORTS',
  applaud: 'SUPPORTS',
};

/** Verbs that assert facts: with nothing more telling, what they report is a claim. */
const ASSERTING = new Set(
  (
    'say state claim allege report add tell insist note confirm announce stress emphasize ' +
    'emphasise declare according-to tweet write issue release publish'
  ).split(' '),
);

const DENIAL =
  /\b(reject\w*|den(y|ies|ied)|refut\w*|(did|does|do|has|have|had|was|were) not (carry out|carried out|launch\w*|fire\w*|attack\w*|conduct\w*|strike|struck|target\w*|shell\w*|have any)|never (carried out|launched|fired|attacked|targeted)|nothing but|hypocris\w*|baseless|groundless|unfounded|untrue|not true|false|fake|fabricat\w*|disinformation|misinformation|no truth)\b/;
const CALL =
  /\b(should|must|would like|(wish|plea|appeal) (is )?(for|to)|let us|let's|stop this|need to|needs to|have to|has to|essential to|necessary to|(call|calls|called|calling) (on|for|upon)|urg\w*|appeal\w*|demand\w*|refrain|restraint|if (both|all|the) (sides|parties))\b/;
const SUPPORT = /\b(support|solidarity)\b/;
/** Laying the blame, even when phrased as what someone should do ("Kyiv should bear full responsibility"). */
const BLAME = /\b(bears?|bore|carr(y|ies)) (the )?(full |entire |sole )?responsibility\b|\bto blame for\b/;
/** Saying one cannot tell who did it is not charging anyone. */
const HEDGE =
  /\b(could ?n[o’']t|can ?n[o’']t|unable to|too (soon|early) to) (immediately )?(confirm|say|verify|determine|tell)\b/;
/** Words written with a capital that name no one. */
const NOT_AGENTS = new Set(
  'God Allah Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);
const PASSIVE = /\b(was|were|been|being|be|is|are|got)\s+$/;
/** Words that condemn: a statement carried by one condemns, whatever else it charges. */
const CONDEMNING =
  /\b(condemn\w*|denounc\w*|war crimes?|barbar\w*|horrif\w*|heinous|atrocious|outrag\w*|deplor\w*|crimes? against humanity)\b/;
/** Charges that accuse whoever they name on the other side. */
const CHARGE =
  /\b(provocations?|provocative|provok\w*|aggression|aggressive|violat\w*|responsib\w*|failure|terroriz\w*|terroris\w*|ethnic cleansing|occupation|illegal\w*|sabotag\w*|war crimes?|atrocit\w*|genocide)\b/;
/** Hostile acts: an accusation when someone on the other side did them ("Armenian troops opened fire"). */
const HOSTILE_ACT =
  /\b(attacked|launched|carried out|killed|bombed|raided|blew up|mined|destroyed|spreads? lies|lied|committed|opened fire|fired( first| on| at| upon)?|shelled|struck|(tried|attempted) to seize|seized|invaded|bombarded|targeted|ambushed)\b/;
/** The same acts named as nouns, with their agent after "by" ("an attack by Azerbaijani forces"). */
const HOSTILE_BY =
  /\b(attacks?|shelling|strikes?|airstrikes?|air strikes?|raids?|fire|offensive|incursion|bombing|caused|carried out|committed|perpetrated|killed|attacked|targeted|shelled|bombed|hit) by\b/;
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
  /** Actors named in the reported words. */
  mentions: Mention[];
  speaker: { id: string; side: string | null };
  index: ActorIndex;
}

/** The stance of a statement: from its verb when that says it, else from the words reported. */
export function stanceOf(c: Candidate, ctx: StanceContext): Stance {
  const text = normWord(ctx.content);
  const verb = BY_VERB[c.lemma];
  if (verb) return verb;
  if (['reiterate', 'express', 'voice'].includes(c.lemma) && SUPPORT.test(text)) return 'SUPPORTS';
  if (DENIAL.test(text)) return 'DENIES';
  if (BLAME.test(text)) return 'ACCUSES';
  if (CALL.test(text)) return 'CALLS_FOR';
  if (CONDEMNING.test(text)) return 'CONDEMNS';
  if (accuses(text, ctx)) return 'ACCUSES';
  // A warning or threat that neither calls for nor charges anything is not a factual claim.
  if (OTHER.test(text) || WARNING.has(c.lemma)) return 'OTHER';
  if (CLAIM.test(text)) return 'CLAIMS';
  return ASSERTING.has(c.lemma) ? 'CLAIMS' : 'OTHER';
}

/** The other side: an actor that is neither the speaker nor on the speaker's side. */
export function otherSide(m: Mention, ctx: Pick<StanceContext, 'speaker' | 'index'>): boolean {
  if (m.actor.id === ctx.speaker.id) return false;
  const side = ctx.index.sideOf(m.actor.id);
  return !(side && side === ctx.speaker.side) && (m.actor.kind !== 'PERSON' || side !== null);
}

/**
 * Whether the words charge someone on the other side: a charge word, a hostile act done by someone
 * named before it, or one done "by" someone named after it. The graph need not know that someone:
 * in news of a conflict it has not seen, a proper name ("the Taliban", "RSF", "Israeli") is an agent too.
 */
function accuses(text: string, ctx: StanceContext): boolean {
  const others: { start: number; end: number }[] = [
    ...ctx.mentions.filter((m) => otherSide(m, ctx)),
    ...unknownAgents(ctx),
  ];
  if (others.length === 0 || HEDGE.test(text)) return false;
  if (CHARGE.test(text)) return true;
  const act = HOSTILE_ACT.exec(text);
  const active = act && !PASSIVE.test(text.slice(0, act.index));
  if (active && others.some((m) => m.end <= ctx.contentStart + act.index)) return true;
  const by = HOSTILE_BY.exec(text);
  if (by && others.some((m) => m.start >= ctx.contentStart + by.index)) return true;
  return others.some((m) =>
    HOSTILE_NOUN.test(normWord(ctx.content.slice(m.end - ctx.contentStart).trimStart())),
  );
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
  for (const m of ctx.content.matchAll(/(?<![.!?]\s|^)\b[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*/g)) {
    const start = ctx.contentStart + (m.index ?? 0);
    const end = start + m[0].length;
    const words = m[0].split(/\s+/);
    if (FIRST_PERSON.test(m[0]) || words.some((w) => own.has(w) || NOT_AGENTS.has(w))) continue;
    if (known.some(([s, e]) => (s as number) < end && (e as number) > start)) continue;
    found.push({ start, end });
  }
  return found;
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
