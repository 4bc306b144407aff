import type { Mention } from '../speakers/actorIndex';
import { foldedWords } from './words';
import type { StanceContext } from './stance';

/*
 * Who the reported words charge: the other side's agents (actors the graph knows, names it does not,
 * armed actors named by what they are), and whether one of them is said to have done a hostile act.
 */

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
  /\b(was|were|been|being|be|is|are|got)\s+((\w+ly|both|all|each|also|then|later|reportedly|allegedly)\s+)?([a-z]+ed,? (and|or|then|and then) )?$/;
/** Armed groups named by what they are, whom backing or support for makes a charge (also stance.ts). */
export const ARMED_GROUPS = String.raw`terrorists?|rebels?|militants?|militias?|insurgents?|infiltrat\w*|jihadists?|armed groups?|mercenar\w*`;
/** Spreading falsehoods: a charge against whoever spreads them, named or not ("they are spreading fake news"). */
export const SPREAD_FALSE =
  /\b(spread(s|ing)?|disseminat(e|es|ed|ing)|peddl(e|es|ed|ing)|propagat(e|es|ed|ing)) (\w+ ){0,2}(fake|false|disinformation|misinformation|lies|rumou?rs|propaganda)\b/;
/** Charges that accuse whoever they name on the other side. */
const CHARGE = new RegExp(
  String.raw`\b(provocations?|provocative|provok\w*|aggression|aggressive|violat\w*|responsib\w*|failure|terroriz\w*|terroris\w*|ethnic cleansing|occupation|occupiers?|occupying|illegal\w*|sabotag\w*|war crimes?|atrocit\w*|genocide|massacres?|human shields?|nuclear shield|interventionist|expansionist|belligeren\w*|encroach\w*|interfer\w*|harass\w*|intimidat\w*|bull(y|ies|ied|ying)|manipulat\w*|criminal|brutal\w*|arbitrary|indiscriminate\w*|deliberate(ly)? (target\w*|attack\w*|kill\w*)|treason|espionage|prosecuted for|charged with|accused (of|in)|suspected of|wanted for|trespass\w*|reckless\w*|persecut\w*|culprits?|perpetrators?|guilty|endanger\w*|jeopardi[sz]\w*|discredit\w*|undermin\w*|destabiliz\w*|destabilis\w*|complicit\w*|complicity|collu(de|des|ded|ding|sion)|transgress\w*|unilateral(ly)? chang\w*|involvement (of|in)|(support|supports|backs|backing|arming|funds|funding|finances|financing|sponsor\w*|harbou?r\w*)( of| to| for)? ([\w-]+ ){0,6}(${ARMED_GROUPS}))\b`,
);
/** Hostile acts: an accusation when someone on the other side did them ("Armenian troops opened fire"). */
const HOSTILE_ACT =
  /\b(attacked|attacking|order(s|ed|ing)? (the )?(\w+ )?(killings?|attacks?|assassinations?|strikes?|bombings?|massacres?|shelling)|launched|launching|carr(y|ies|ied|ying) out|kill(s|ed|ing)|bomb(ed|ing)|raided|bl(ew|own|ows|owing) up|mined|destroy(s|ed|ing)|spreads? lies|lied|(is|are|was|were|has been|have been) (\w+ )?lying|commit(s|ted|ting)?(?! to\b)|open(s|ed|ing)? ((indiscriminate(ly)?|heavy|intense|random(ly)?|sporadic|live|automatic|sniper|machine[- ]gun|small[- ]arms) )?(fire|attacks?)|launch(es|ed|ing)? (an )?attacks?|fired( first| on| at| upon| into)?|firing (on|at|upon|into)|shelled|shelling (the|of|(\w+ )?(areas|villages|towns|cities|positions|settlements|neighbou?rhoods|districts))|struck|(tr(y|ies|ied|ying)|attempt(s|ed|ing)?|plann?(s|ed|ing)?|plot(s|ted|ting)?|prepar(e|es|ed|ing)|mobili[sz](e|es|ed|ing)|c(a|o)m(e|es|ing)?|seek(s|ing)?|sought|intend(s|ed|ing)?|threaten(s|ed|ing)?) to (seize|capture|storm|wipe out|attack|bomb|shell|strike|kill|target|invade|penetrate|infiltrate|transgress|destabili[sz]e|overthrow|enter|sneak|raid|harass|make landfall)|threaten(s|ed|ing) (me|us|him|her|them|our|the|to)|infiltrat(es|ed|ing)|penetrat(es|ed|ing)|detonat(es|ed|ing)|st(ole|eal|eals|ealing) from|dropp(ed|ing) (\w+ ){0,3}(bombs?|shells|explosives|missiles)|(took|take|takes|taking) part in (the |this |these |that )?(\w+ )?(attacks?|act|assault|raid|bombing|killings?|massacre|sabotage)|(participat\w*|involved) in (the |this |these |that )?(\w+ )?(act|assault|raid|sabotage)|us(e|es|ed|ing) ([\w'-]+ ){1,5}to (strike|attack|shell|bomb|target|hit|kill)|(send|sends|sending|sent) (\w+ ){0,2}(paramilitar\w*|armed groups|mercenaries|militants|terrorists|fighters|weapons|arms)|seiz(es|ed|ing)|invad(es|ed|ing)|bombard(ed|ing)|targeted|targeting|ambushed|storm(ed|ing)|looted|looting|disrupt(s|ed|ing)?|detained|abduct(s|ed|ing)|kidnapp(ed|ing)|tortur(ed|ing)|executed|burn(ed|t)|wipe out|resort(s|ed|ing) to|cordon(s|ed|ing)? off|plant(s|ed|ing) (\w+ )?(mines?|bombs?|explosives?|ieds?)|shoot(s|ing)?|shot (at|dead|down|him|her|them|us|me|and (killed|wounded|injured)|(at least |more than )?(\d+|two|three|four|five|six|seven|eight|nine|ten|several|dozens of) )|inflict(s|ed|ing)|cross(es|ed|ing) (the |into )?(\w+ )?(line|border|boundary|frontier)|us(es|ed) ["\u201c]?([\w-]+,? ){0,2}(mortars?|artillery|heavy weapons|grenade launchers|rocket launchers|chemical weapons|cluster (bombs|munitions)|phosphorus|drones?|missiles?|rockets?|explosives?|grenades?)|counter-?attack(s|ed|ing)|us(e|es|ed|ing) ([\w'-]+ ){1,4}as ["\u201c]?human shields?|perpetrat(e|es|ed|ing)|orchestrat(e|es|ed|ing)|conducted (\w+ ){0,3}(strikes|attacks|raids|airstrikes|air strikes|bombings|shelling|assaults)|(step|steps|stepped|stepping) up (\w+ ){0,2}(attacks|strikes|shelling|raids|bombings)|deceiv(e|es|ed|ing)|gun(s|ned|ning)? down|massacr(es|ed|ing)|murder(s|ed|ing)|slaughter(s|ed|ing)|behead(s|ed|ing)|stabb(ed|ing)|hack(ed|ing) (\w+ ){0,2}to death|ransack(s|ed|ing)|torch(es|ed|ing)|set (\w+ ){0,3}(on fire|ablaze|alight)|set fire to|bl(ew|ows|owing) (himself|herself|themselves) up|continu(e|es|ed|ing) to (target|attack|shell|bomb|kill|strike|fire on|violate)|attempt(s|ed|ing)? to (assassinate|kill|murder)|(were|was|is|are|been|(believed|thought|suspected|said) to (have been|be)) (\w+ )?behind (the |this |these |that |a |an )?(\w+ )?(attacks?|killings?|bombings?|blasts?|explosions?|massacres?|shelling|strikes?|abductions?|kidnappings?|assassinations?|murders?|events?|incidents?|violence|unrest|riots?|plots?|smuggling|sabotage|arson|string of|wave of|series of|campaign)|involved in (\w+ ){0,4}(attacks?|killings?|bombings?|shootings?|massacres?|abductions?)|stag(e|es|ed|ing) (the |an |a )?(\w+ )?(attacks?|ambush|assault|raid)|increas(e|es|ed|ing) the influx|claim(s|ed|ing)? the lives? of|(made|make|makes|making) (away|off) with|fled with|(carted|carried) (away|off)|(intend\w*|tr(y|ied|ying)|attempt\w*) to steal|stole|steal(s|ing)? (\w+ ){0,2}(cattle|livestock|cows|horses|property|belongings|goods|motorcycles|vehicles|money)|rustl(e|es|ed|ing)|rifl(e|es|ed|ing) through|forc(e|es|ed|ing) (\w+ ){0,3}to (leave|flee|abandon))\b/;
/** The same acts named as nouns, with their agent after "by" ("an attack by Azerbaijani forces"). */
const HOSTILE_BY =
  /\b((attacks?|strikes?|airstrikes?|air strikes?|raids?|fire|offensive|incursions?|sieges?|assaults?|ambush(es)?|operations?|massacres?|bombardments?|invasion|detentions?|abductions?|killings?|abuses|atrocities|executions?|use of( [\w-]+){1,3})["\u201d']?( (sprung|staged|mounted|launched|carried out|conducted|perpetrated|led))?|(shelling|bombing|firing|killing|caused|carried out|launched|claimed|ordered|planned|orchestrated|masterminded|trained|(was|were) done|committed|perpetrated|killed|attacked|targeted|shelled|bombed|hit|mined|blown up|destroyed|run over|shot( down| dead)?|wounded|injured|seized|stormed|ambushed|abducted|executed|fired|slaughtered|massacred|murdered|butchered|(held|taken|kept) hostage|slit|beaten|tortured|raped|kidnapped|looted|torched|burn(ed|t)|threatened|harassed|intimidated|terrori[sz]ed)["\u201d']?(?: [\w'-]+){0,5}?) ["\u201c]?by\b/;
/**
 * Harm laid at someone's door in the passive ("riots blamed on gang rivalry"); not the active verb of a
 * relative clause ("a strike that his country blamed on X"), which reports whose charge it is.
 */
const BLAMED_ON = /(?<!\b(that|which)( \w+){1,3} )\b(blamed|pinned) on\b/;
/** An attempt at a hostile act with its doer after "by" ("an attempt by the attackers to enter the city"). */
const ATTEMPT_BY =
  /\battempts? by(?= (the |a |an )?([\w'-]+ ){1,3}to (seize|capture|storm|attack|kill|invade|penetrate|infiltrate|enter|sneak|raid|harass|make landfall)\b)/;
/** Fire or an attack said to come from someone ("came under fire from X", "an attempted ground attack from X"). */
const HOSTILE_FROM =
  /\b((came|come|comes|coming|was|were|is|are) under (\w+ ){0,2}(fire|attacks?|shelling|bombardment)|(attacks?|assaults?|incursions?|aggression|provocations?|offensive|infiltration)) from\b/;
/** Casualties in a fight with someone: the one they fought is charged with them ("killed in a clash with X rebels"). */
const FOUGHT_WITH =
  /\b(killed|died|dead|wounded|injured|lost (their|his|her) lives?|(injuries|wounds)( sustained| suffered| received)?) (in|after|during) (an? |the )?(\w+ )?(clash(es)?|fighting|firefights?|gunfights?|gun battles?|exchanges? of fire|encounters?) with\b/;
/** Armed groups backed by someone: the backer is charged ("the militants' advance was supported by … artillery"). */
const BACKED_BY =
  /\b(militants?|rebels?|terrorists?|insurgents?|jihadists?|militias?|armed groups?|mercenar\w*|troops|fighters)\b['\u2019]?[^.;]{0,30}?\b(supported|backed|armed|funded|financed|aided|equipped|sponsored|supplied|trained)( \w+)? by\b|\b(receiv(e|es|ed|ing)|get(s|ting)?|got|gets) (\w+ ){0,2}(support|backing|weapons|arms|funding|financing|training|assistance) from\b/;
/** Harm said to be meant for something: whoever did it did it on purpose ("the blast was designed to …"). */
const HARM_BY_DESIGN =
  /\b(attacks?|strikes?|shelling|breach|destruction|explosions?|blasts?|bombings?|sabotage|attempts?|offensive|raids?|flooding|landing)\b[^.,;]{0,40}?\b(designed|intended|aimed|meant|calculated) (to|at)\b/;
/**
 * Charges that need no one named: the act they judge is the other side's ("it was a direct violation of
 * the truce"), as is the label pinned on someone ("declaring the force a rebel group").
 */
const AGENTLESS_CHARGE =
  /\b((in |a |an |direct |flagrant |gross |clear |blatant |grave |serious )violations? of|violat(ed|es|ing) (the |our |its )?(truce|ceasefire|cease-fire|agreement|accord|sovereignty|airspace|border|international law)|acts? of (aggression|terror\w*)|(an?|direct|flagrant|open|frontal) attacks? on (the |our |its )?(\w+ ){0,3}(agreements?|accords?|constitution(al order)?|sovereignty|order|peace|treaty|institutions)|(declar|designat|brand|label)\w* (\w+ ){1,4}(as )?(a |an )?["\u201c]?(rebels?|terrorists?|criminals?|outlaws?)|deliberate(ly)? ([\w-]+ ){0,2}(attacks?|strikes?|shelling|killings?|bombings?|targeting) (on|of|against) (the )?civilians?|(took|taken|take|takes|taking|chose|chosen|choose|chooses|choosing) (the |a )?path of (\w+ )?(violence|terror\w*|war|confrontation)|(war|campaign) (of|to) (destroy\w*|extermin\w*|annihilat\w*|genocide)|(killed|died|dead|wounded|injured) in (an? |the )?(\w+ )?["\u201c]?(terrorist|jihadist)["\u201d]? (attacks?|assaults?|ambush|raids?|bombings?)|["\u201c]?(planned|premeditated) (ambush|attacks?|assault|assassination)|(coup|assassination) attempt|attempted (coup|assassination)|(was|were|been|being) (\w+ )?murdered|(attackers|assailants|gunm[ae]n|perpetrators|bombers?|those (arrested|detained|responsible)) (\w+ ){0,2}(belong(s|ed)? to|came from|(were|was|are|is) (members of|linked to|affiliated with|part of)))\b/;
/** Harm said to be someone's doing, with the doer named after it ("the blast was the result of X using …"). */
const HARM_RESULT =
  /\b(attacks?|strikes?|blasts?|explosions?|deaths?|killings?|destruction|damage|casualties|violence|escalation)\b[^.;]{0,50}?\b(result of|because of|the work of|the fault of)\b/;
/**
 * An act whose object is an armed group named by what it is ("killed 14 insurgents", "an operation … to
 * apprehend the remaining terrorists"): who calls them so reports the fight against them, not a charge
 * against whoever fights them.
 */
const FOUGHT_GROUPS = String.raw`terrorists?|terrorist groups?|militants?|insurgents?|jihadists?|bandits|extremists?|rebels|attackers|assailants|perpetrators`;
const AGAINST_HOSTILE = new RegExp(
  String.raw`^(?![^.;:!?,]{0,40}?\bby\b)[^.;:!?,]{0,40}?\b(${FOUGHT_GROUPS})\b`,
);
const SEIZED_GOODS =
  /^\s+((\w+|\d+) ){0,3}(weapons|firearms|arms|ammunition|rifles|guns|shotguns|pistols|grenades|explosives|drugs|narcotics|cash|contraband)\b/;
const INTERCEPTED =
  /^\s+((\w+ ){0,3}of )?(the |a |an |\d+ |\w+ )?([\w-]+ ){0,2}(missiles?|rockets?|drones?|projectiles?|shells?)\b/;
/** The same after "an operation by X": what the operation is for ("… to apprehend the remaining terrorists"). */
const AIMED_AT_HOSTILE = new RegExp(
  String.raw`^[^.;:!?]{0,50}?\b(to \w+|against)\b[^.;:!?]{0,40}?\b(${FOUGHT_GROUPS})\b`,
);
/** A verb that stops an act, just before it ("foiled all such attempts at destroying …"). */
const THWARTED =
  /\b(thwart|foil|repel|repuls|avert|frustrat)\w*\s+((an?|the|all|any|such|this|these|those|their|its|several|\w+ly)\s+)*([\w'-]+\s+)?(attempts?\s+(at|to)\s+)?$/;
/** A charge under a condition charges no one yet ("we will answer if provoked"). */
const CONDITIONAL = /\b(if|unless|as long as|provided that)\b[^.;,]*$/;
/** An inquiry into a wrong charges no one with it yet ("opened a criminal case into an act of terrorism"). */
const PROCEDURE =
  /\b(case|investigation|probe|inquiry|proceedings|charges?) (into|over|on|for)\s+(\w+\s+){0,3}$/;
/** Owning an act is not charging anyone with it ("took responsibility for …"). */
const OWNED = /\b(took|take|takes|taking|claim(s|ed|ing)?) (full )?$/;
/** How far a subject may stand before its act ("Russian troops again opened fire"). */
const SUBJECT_GAP = /^[^.;:!?]{0,60}$/;
/** The same acts with their agent named before them ("Russian attacks", "an Israeli airstrike"). */
const HOSTILE_NOUN =
  /^((mortar|rocket|drone|missile|artillery|air|suicide|terror(ist)?|military|armed|cross-border|deadly|[\w-]+ cruise|[\w-]+ ballistic|cruise|ballistic|guided|kamikaze|attack) )?(attacks?|shelling|strikes?|airstrikes?|air strikes?|raids?|bombing|bombardment|aggression|offensive|rockets?|missiles?|drones?)\b/;

/** The other side: an actor that is neither the speaker nor on the speaker's side. */
export function otherSide(m: Mention, ctx: Pick<StanceContext, 'speaker' | 'index'>): boolean {
  // The speaker's own state ("the Kosovo Police" speaking of Kosovo) is not the other side.
  if (m.actor.id === ctx.speaker.id || m.actor.id === ctx.speaker.side) return false;
  const side = ctx.index.sideOf(m.actor.id);
  return !(side && side === ctx.speaker.side) && (m.actor.kind !== 'PERSON' || side !== null);
}

export const PRONOUN_AGENT = /\b(him|her|them|they|us|you|each other|one another)\b/;

/** Who on the other side the words name: actors the graph knows, and names it does not. */
function namedAgents(ctx: StanceContext): { start: number; end: number }[] {
  const text = foldedWords(ctx.content);
  return [...ctx.mentions.filter((m) => otherSide(m, ctx)), ...unknownAgents(ctx)].filter(
    (m) => !PLACE_BEFORE.test(text.slice(0, Math.max(0, m.start - ctx.contentStart))),
  );
}

/**
 * Where a name stands for a place, not for whoever acts: after "in", "near", "in the town of",
 * "in southwest" ("shelling in Tripoli", "an attack in the town of X killed three"). Not "from":
 * "an attack from X" names who attacked.
 */
const PLACE_BEFORE =
  /\b(in|at|near|into|inside|outside|across|around|throughout|towards?)\s+(the\s+)?([\w-]+ern\s+|(north|south|east|west|central|rural|occupied)[\w-]*\s+)?((town|city|village|district|province|region|state|department|area|county|governorate|capital|municipality|territory|zone|province) of\s+(the\s+)?([\w-]+ern\s+|(north|south|east|west|central)[\w-]*\s+)?)?$/;

/** Everyone the words could charge: the named agents and armed actors named by what they are. */
export function agentsIn(ctx: StanceContext): { start: number; end: number }[] {
  return [...namedAgents(ctx), ...armedAgents(ctx)];
}

/**
 * Where the words charge someone on the other side (null when they do not): a charge word, a hostile
 * act done by someone named before it, or one done "by" someone named after it. The graph need not know that someone:
 * in news of a conflict it has not seen, a proper name ("the Taliban", "RSF", "Israeli") is an agent too.
 */
export function accusation(text: string, ctx: StanceContext): number | null {
  const named = namedAgents(ctx);
  const others = agentsIn(ctx);
  if (HEDGE.test(text)) return null;
  // Harm done on purpose has a doer, named or not.
  const design = HARM_BY_DESIGN.exec(text) ?? SPREAD_FALSE.exec(text);
  const agentless = AGENTLESS_CHARGE.exec(text);
  const unnamed =
    agentless &&
    !CONDITIONAL.test(text.slice(0, agentless.index)) &&
    !PROCEDURE.test(text.slice(0, agentless.index))
      ? agentless.index
      : null;
  const pronouns = theyAgents(text, ctx);
  if (others.length === 0 && pronouns.length === 0) return design ? design.index : unnamed;
  // "the fight against terrorism", "counter-terrorism": fighting a wrong charges no one with it; nor
  // does a charge under a condition, or a responsibility someone takes for themselves.
  const charge =
    named.length > 0
      ? [...text.matchAll(new RegExp(CHARGE.source, 'g'))].find((m) => {
          const before = text.slice(0, m.index ?? 0);
          return (
            !/\b(against( the| all| such)?|counter|anti)[- ]?$/.test(before) &&
            !CONDITIONAL.test(before) &&
            !OWNED.test(before) &&
            !ACTED_ON.test(before) &&
            !STRUCK_AT.test(before) &&
            !PROCEDURE.test(before)
          );
        })
      : undefined;
  if (charge) return charge.index ?? 0;
  const subjects = [
    ...[...others, ...pronouns].map((m) => ({ ...m, other: true })),
    ...ownSubjects(ctx, others).map((m) => ({ ...m, other: false })),
  ];
  for (const act of text.matchAll(new RegExp(HOSTILE_ACT.source, 'g'))) {
    const at = act.index ?? 0;
    // "was attacked" is passive; "is attempting to", "has been increasing", "was involved in" are not;
    // "the killing of" names the act without its doer.
    // "was believed to be behind" is the doer's, passive only in its hedge.
    if (
      !/ing\b|^(involved|believed|thought|suspected|said)\b/.test(act[0]) &&
      PASSIVE.test(text.slice(0, at))
    )
      continue;
    if (/ing\b/.test(act[0]) && /\b(the|a|an|this|that|its|their)\s+$/.test(text.slice(0, at))) continue;
    // "was among those killed": the victims, not the doers.
    if (/\bthose\s+$/.test(text.slice(0, at))) continue;
    // "thwarted an attempt to attack the checkpoint": the attempt is someone else's, and it failed.
    if (THWARTED.test(text.slice(0, at))) continue;
    // "we will respond if they attack again": a condition charges no one yet.
    if (CONDITIONAL.test(text.slice(0, at))) continue;
    if (AGAINST_HOSTILE.test(text.slice(at + act[0].length))) continue;
    // "shot down most of the missiles": stopping a weapon is defence, not an attack.
    if (/^(shot down|destroy(s|ed|ing))$/.test(act[0]) && INTERCEPTED.test(text.slice(at + act[0].length)))
      continue;
    // "officers seized four rifles": taking weapons or contraband is policing, not an attack.
    if (/^seiz/.test(act[0]) && SEIZED_GOODS.test(text.slice(at + act[0].length))) continue;
    // The doer is whoever is named nearest before the act, the speaker's own side included.
    const doer = subjects
      .filter((m) => isSubjectOf(m, at, text, ctx.contentStart))
      .sort((a, b) => b.end - a.end)[0];
    if (doer?.other) return at;
  }
  const hostileBy = HOSTILE_BY.exec(text);
  const fromBy = [
    hostileBy,
    HOSTILE_FROM.exec(text),
    FOUGHT_WITH.exec(text),
    HARM_RESULT.exec(text),
    BACKED_BY.exec(text),
    BLAMED_ON.exec(text),
    ATTEMPT_BY.exec(text),
  ];
  for (const by of fromBy) {
    if (!by || (by === hostileBy && AIMED_AT_HOSTILE.test(text.slice(by.index + by[0].length)))) continue;
    const after = ctx.contentStart + by.index + by[0].length;
    // The agent follows "by" closely ("shelled overnight by Delta forces"), not somewhere later on.
    if (
      others.some(
        (m) =>
          m.start >= after &&
          /^[\s\w'’‘"“-]{0,40}$/.test(
            ctx.content.slice(after - ctx.contentStart, m.start - ctx.contentStart),
          ) &&
          // "attacked by our brave fighters along the X wall": the speaker's own are the agent.
          !/\b(our|my|we|us)\b/i.test(
            ctx.content.slice(after - ctx.contentStart, m.start - ctx.contentStart),
          ),
      )
    )
      return by.index;
  }
  if (design) return design.index;
  if (unnamed !== null) return unnamed;
  // "had taken out a Houthi drone": the drone named by its side is what the speaker's side hit.
  const before = others.find(
    (m) =>
      HOSTILE_NOUN.test(foldedWords(ctx.content.slice(m.end - ctx.contentStart).trimStart())) &&
      !ACTED_ON.test(text.slice(0, Math.max(0, m.start - ctx.contentStart))),
  );
  return before ? before.start - ctx.contentStart : null;
}

/**
 * "they" as the subject of what follows, not of a report ("they said"): whoever the words speak of.
 * `text` is the folded content, as `accusation` has it.
 */
function theyAgents(text: string, ctx: StanceContext): { start: number; end: number }[] {
  // "the border service said they fired back", "the rebels announced that they had crossed": a group or an
  // organization reported as saying "they" first thing speaks of itself, not of the other side (in its own
  // quoted words it would say "we").
  const selfFirst =
    ctx.speaker.kind !== undefined && ctx.speaker.kind !== 'PERSON' && /\w/.test(ctx.lead ?? '');
  return [...text.matchAll(/\bthey\b(?! (say|said|says|told|claim\w*|believe\w*|think|thought))/g)]
    .filter((m) => !(selfFirst && /^\W*(that\s+)?$/.test(text.slice(0, m.index ?? 0))))
    .map((m) => ({
      start: ctx.contentStart + (m.index ?? 0),
      end: ctx.contentStart + (m.index ?? 0) + m[0].length,
    }));
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
  // "in Sirhama", "from police custody", "south of the capital": a place or a thing, not a doer; nor is
  // whoever a verb of force acts on ("they took 13 suspected gang members … and burned them").
  const before = text.slice(0, Math.max(0, m.start - contentStart));
  const gap = text.slice(Math.max(0, m.end - contentStart), at);
  // …unless a relative clause makes it the doer again ("pursue armed groups that infiltrated …").
  if (LOCATIVE.test(before) || (ACTED_ON.test(before) && !/^\s*(that|who|which)\b/.test(gap))) return false;
  // "… were killed in a blast that targeted …": the act belongs to the clause's own noun, unless that
  // noun is the doer's ("the Delta soldiers who fired").
  const relative = /\b(that|which|who)\b/.exec(gap);
  // "a soldier stationed in a building nearby who shot him": "who" goes back to a person, past any place.
  const person = relative?.[0] === 'who' && !/[,;]|\b(was|were|is|are|been|had|has|have)\b/.test(gap);
  if (
    relative &&
    !person &&
    /[,;]|\b(was|were|is|are|been|had|has|have)\b|(\w+\W+){3}/.test(gap.slice(0, relative.index))
  )
    return false;
  // "Gunmen circled the village. They came back and opened fire": a pronoun carries the subject on.
  const carried = /(^|[.;]\s+)(they|he|she)\b[^.;:!?]{0,40}$/.test(gap);
  return (SUBJECT_GAP.test(gap) || carried) && !/\b(we|i)\b/.test(gap);
}

/** A verb of force just before a noun phrase: what follows is its object. */
const ACTED_ON =
  /\b(took( out)?|taken( out)?|shot down|downed|intercepted|captured|arrested|detained|killed|neutrali[sz]ed|eliminated|caught|seized|repelled|pursued?|chased|beat|lynched|executed|apprehend(ed)?|hunting|hunted|fought|fighting|(to |will |must )(locate|find|track down|flush out|bring|identify|hunt( down)?|arrest|catch|apprehend|capture|pursue|neutrali[sz]e|eliminate)|search(es|ed|ing)? for|look(s|ed|ing)? for|in connection with)\s+((the|a|an|some|several|remaining|\d+|\w+ty|two|three|four|five|six|seven|eight|nine|ten|suspected|alleged|armed|unidentified)\s+){0,3}$/;
/**
 * A charge word that is the object of a strike ("targeted “terrorist groups”", "struck the bases of the
 * terrorist organization", "clearing terrorists from the region"): who calls them so reports its side's act.
 */
const STRUCK_AT =
  /\b(target(ed|ing|s)?|struck|strik(e|es|ing)|hit(s|ting)?|bomb(ed|ing)|shell(ed|ing)|raid(ed|ing)|pound(ed|ing)|neutrali[sz](ed|ing)|eliminat(ed|ing)|clear(ed|ing)?|(dealt|deal|dealing|delivered) (\w+ ){0,3}blows? (to|against))\s+[^.;,!?]{0,40}$/;
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
  const text = foldedWords(ctx.content);
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
    const opener = (words[0] as string).toLowerCase();
    // "Unfortunately, …", "Rather, …": an adverb opening a sentence names no one.
    if (opensSentence && words.length === 1 && (SENTENCE_OPENERS.has(opener) || /ly$/.test(opener))) continue;
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
    'what which who whose how why where not only more less any another other such ' +
    'rather instead meanwhile moreover furthermore indeed therefore thus still now today yesterday first ' +
    'second third finally again even just perhaps maybe'
  ).split(' '),
);

/** Armed actors that are never the speaker's own, whoever speaks ("suspects opened fire on the patrol"). */
const HOSTILE_WORDS =
  'militants?|terrorists?|rebels?|jihadists?|insurgents?|gunm[ae]n|armed (\\w+ )?(men|groups?|gangs?|individuals|persons|elements)|' +
  'terror(ist)? groups?|' +
  'unidentified (men|individuals|persons)|criminals|outlaws?|outlaw groups?|' +
  'assailants?|attackers?|(suicide )?bombers?|kidnappers|abductors|suspects|bandits|(criminal )?gangs?|gang members|' +
  'militiam[ae]n|raiders|rioters|looters|smugglers|arsonists|extremists|' +
  'enemy|enemies|adversary|invaders|aggressors?|(these|those|such) groups';
const HOSTILE_AGENT = new RegExp(`\\b(${HOSTILE_WORDS})\\b`, 'g');
/** Armed or hostile actors named by what they are, not by a name ("troops", "the security forces", "militants"). */
const ARMED_AGENT = new RegExp(
  `\\b(men in (\\w+ )?uniforms?|troops|forces|soldiers?|snipers?|army|military|fighters|militias?|occupiers|paramilitar\\w*|` +
    `warplanes?|(fighter )?jets?|regime|junta|police(men)?|${HOSTILE_WORDS})\\b`,
  'g',
);
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
  const text = foldedWords(ctx.content);
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

/** The charge patterns that fire on some words, by name: what the learned stance classifier may read of these rules. */
export function chargeCues(folded: string): string[] {
  const named: [string, RegExp][] = [
    ['hedge', HEDGE],
    ['charge', CHARGE],
    ['hostile-act', HOSTILE_ACT],
    ['hostile-by', HOSTILE_BY],
    ['blamed-on', BLAMED_ON],
    ['hostile-from', HOSTILE_FROM],
    ['fought-with', FOUGHT_WITH],
    ['backed-by', BACKED_BY],
    ['harm-by-design', HARM_BY_DESIGN],
    ['agentless-charge', AGENTLESS_CHARGE],
    ['harm-result', HARM_RESULT],
    ['spread-false', SPREAD_FALSE],
    ['conditional', CONDITIONAL],
  ];
  return named.filter(([, re]) => re.test(folded)).map(([name]) => name);
}
