import type { Stance } from '../types';
import { foldedWords } from './words';

/*
 * Settled rule 7 (test/corpus/README.md): a casualty sentence whose agent is given only by the same
 * source's surrounding account is ACCUSES with that agent (targets [] when unnamed); a report with no
 * agent anywhere in the source's account stays CLAIMS. The account here is the same speaker's other
 * statements within five sentences: when one of them accuses, the casualty report takes that agent.
 * Measured on dev (A–G): an attacker word ("gunmen", "terrorists") in the statement's own sentence or
 * the speaker's other sentences, as a second way to find the agent, lost as many statements as it won
 * (the gold reads many of those as the attackers' own losses or as a fight), so it is left out.
 */

/** One statement as the account reads it: who said it, its stance and targets, its words and its sentence. */
export interface AccountItem {
  speakerId: string;
  stance: Stance;
  /** The reported words. */
  content: string;
  /** The whole sentence holding the attribution, the reported words included. */
  sentence: string;
  /** The targets the statement's own words give (ACCUSES: the accused). */
  targets: string[];
  /** The actors the reported words name. */
  named: string[];
  /** The sentence's index in the article: the account is what the source says around it. */
  at: number;
}

/**
 * How many sentences away the source's other words still give the agent. Measured on dev (accuse8): 3 → 5
 * wins two statements (E, H) and loses none; the whole article wins one in D and loses one in H.
 */
const NEAR = 5;

/** Harm to people or an attack reported as a fact: what rule 7 is about. */
const HARM =
  /\b(killed|killing|died|dies|dead|deaths?|death toll|wounded|injur(ed|ies|y)|hurt|martyr(s|ed)?|casualt(y|ies)|fatalit(y|ies)|victims|bodies|lost (their|his|her) lives?|burned alive|beheaded)\b/;
/** The act or its damage reported as a fact (settled case 12: "came under attack", "was ambushed", "a bomb was dropped"). */
const ACT_REPORTED =
  /\b(abducted|kidnapped|damaged|destroyed|came under (\w+ )?(attack|fire|shelling)|under fire|ambushed|(was|were|been|being) (\w+ )?(attacked|hit|shelled|bombed|targeted|struck|raided|looted|torched|burned|set on fire)|(shelling|bombardment|strikes?|missiles?|rockets?|shells?|drones?|bombs?) (\w+ )?(hit|struck|landed|fell|stretched)|(bombs?|shells?|missiles?) (was|were) dropped)\b/;
/** A threat or a circumstance, not the act reported: "will be destroyed", "unarmed when he was hit". */
const NOT_REPORTED =
  /\b((will|would|could|may|might|must|shall|to)( (be|been|have|\w+ly|not|also))* |(when|while|before|after|as|if|unless) ([\w'-]+ ){0,4})$/;
/** What one's own strike hits: a group or targets, not people or places harmed ("a drone hit another group"). */
const HIT_FIGHTERS =
  /^ (\w+ ){0,2}(group|groups|cell|cells|squad|militants|terrorists|fighters|launchers?|targets)\b/;

/** Whether the words report the act or its damage as done (settled case 12). */
function actReported(words: string): boolean {
  return [...words.matchAll(new RegExp(ACT_REPORTED.source, 'g'))].some((m) => {
    const at = m.index ?? 0;
    return !NOT_REPORTED.test(words.slice(0, at)) && !HIT_FIGHTERS.test(words.slice(at + m[0].length));
  });
}

/** Whether the words report harm to people or an attack done (rule 7 and case 12's reports). */
export function reportsHarm(words: string): boolean {
  return HARM.test(words) || actReported(words);
}

/** The attackers are the ones harmed ("three terrorists were killed", "killed 14 insurgents"): the speaker's side did it. */
const ATTACKERS_HARMED =
  /\b(militants?|terrorists?|jihadists?|insurgents?|extremists?|fighters|rebels?|assailants?|attackers?|bombers?|gunm[ae]n)["\u201d]?( \w+){0,3} (were|was|have been|had been|has been) (\w+ )?(killed|neutrali[sz]ed|eliminated|slain|wounded|injured)|\b(kill(ed|ing)?|neutrali[sz](ed|ing)|eliminat(ed|ing)) (at least |more than |over |some |around |about )?(\d+|two|three|four|five|six|seven|eight|nine|ten|\w+ty|dozens of|several|many)? ?(\w+ )?(militants?|terrorists?|jihadists?|insurgents?|extremists?|fighters|rebels?|assailants?|attackers?)\b/;
/** No harm done, or harm the speaker's own side did ("we hit their depot", "our forces fired back"). */
const NO_HARM_OR_OWN =
  /\b(no (\w+ )?(casualt\w*|fatalit\w*|deaths|injur\w*|victims)|causing no|(we(?! (\w+ )?(see|saw|seeing|seen|counted|found|find|witnessed|woke|heard|regret|mourn))|our forces|our troops|its forces|its troops)\b|fired back|retaliat\w*|(had|have|having|has) killed|the killing of|identif\w*|as one of the dead|guerrillas|rebels?|fighters|jihadists?|militants?|insurgents?|terrorists?|extremists?|exchange of fire|not)\b/;
/**
 * What became of the harmed, not the harm ("were hospitalized", "was evacuated … for treatment", "bury the dead",
 * "condolences to the families of the victims"): the account's agent is not carried to it.
 */
const AFTERMATH =
  /\b(hospitali[sz]\w*|(to|at|in) (a|the) (\w+ )?hospital|treatment|evacuat\w*|identif\w*|bur(y|ied|ial)|condolences?|funerals?|search(ing|es|ed)? for|accounted for|laid to rest|medical care|hospitals)\b/;
/** A fear or a forecast, not a report of harm done. */
const FORECAST = /\b(could|may|might|would|fears?|feared|expected to) (rise|increase|grow|climb)\b/;
/** Saying one cannot tell who did it leaves the agent open. */
const HEDGE =
  /\b((could ?n[o’']t|can ?n[o’']t|unable to|too (soon|early) to) (immediately )?(confirm|say|verify|determine|tell)|(unclear|not clear|unknown|not known|no one|nobody) (who|which|whether|has|claimed)|accident\w*)\b/;
/** A doer described by what it did or is (settled case 12: "gunmen", "the attackers", "terrorists", "a suicide bomber"). */
const DESCRIBED_ATTACKER =
  /\b(gunm[ae]n|attackers?|assailants?|(suicide )?bombers?|militants|terrorists|jihadists|insurgents|bandits|militiam[ae]n|kidnappers|abductors|raiders|armed (\w+ )?(men|groups?|gangs?|individuals|persons)|unidentified (armed )?(men|individuals|persons))\b/g;
/**
 * The doer as the object of one's own act or counted among the harmed, not the doer of the harm ("killed 14
 * militants", "the fight against terrorists", "15 attackers' bodies", "one of the attackers").
 */
const ACTED_ON_DOER =
  /\b(kill(ed|ing)?|neutrali[sz](ed|ing)?|eliminat(ed|ing)?|arrest(ed|ing)?|captur(ed|ing)?|against|anti|counter|of|\d+|\w+ty|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|several|one)[- ]((the|a|an|some|several|suspected|alleged|\d+|\w+ty|two|three|four|five|six|seven|eight|nine|ten) ){0,3}$/;
/** The attackers as the ones who lost ("the jihadists also suffered losses", "the attackers were killed"). */
const SUFFERED = /^['\u2019]?s? ((also|had|have|has|themselves) ){0,2}(suffered|lost|died|were|was|fled)\b/;
/** In the report itself the attacker must be doing something: "by the attackers", "attackers have massacred". */
const DOING =
  /^['\u2019]?s? ((have|has|had|then|also|repeatedly|allegedly|reportedly) ){0,2}(?!(were|was|are|is)\b)[a-z]+ed\b/;

/** Whether the words count attackers among the harmed or the hit ("15 dead in the group of attackers"). */
function countsAttackers(words: string): boolean {
  return [...words.matchAll(DESCRIBED_ATTACKER)].some((m) =>
    ACTED_ON_DOER.test(words.slice(0, m.index ?? 0)),
  );
}

/** Whether the words describe an attacker as such, not as the ones the speaker's side hit or counted dead. */
function describesAttacker(words: string, doing: boolean): boolean {
  return [...words.matchAll(DESCRIBED_ATTACKER)].some((m) => {
    const before = words.slice(0, m.index ?? 0);
    const after = words.slice((m.index ?? 0) + m[0].length);
    if (ACTED_ON_DOER.test(before) || SUFFERED.test(after)) return false;
    return !doing || /\bby (the |a |an )?$/.test(before) || DOING.test(after);
  });
}

/** A fight, one's own act owned, or a guess: the account's attacker word gives no agent to these. */
const NOT_AN_ATTACK =
  /\b(fighting|clash(es)?|battles?|crossfire|exchange of fire|gunfights?|responsibility|possib\w*|could be|may have been)\b/;

/** The speaker owning the act ("claimed responsibility for the suicide attack that killed …"). */
const OWNED_ACT = /\b(claim\w*|took|takes|accept\w*|assum\w*) (full )?responsibility\b/;

/** Harm or an attack reported as done, not hedged, not the attackers' or the own side's, not a forecast or aftermath. */
function harmReported(words: string): boolean {
  return (
    reportsHarm(words) &&
    !HEDGE.test(words) &&
    !ATTACKERS_HARMED.test(words) &&
    !NO_HARM_OR_OWN.test(words) &&
    !FORECAST.test(words) &&
    !AFTERMATH.test(words)
  );
}

/** Not a fight, an act the speaker owns, or attackers counted among the harmed: a described attacker may be its agent. */
function attackByOthers(words: string, sentence: string): boolean {
  return !NOT_AN_ATTACK.test(words) && !OWNED_ACT.test(foldedWords(sentence)) && !countsAttackers(words);
}

/**
 * Whether a neutral report is one rule 7 could give an agent found outside the source's account (what
 * eval/articleVoice.ts measures): the gates `fromAccounts` puts on a described attacker's report all pass.
 */
export function openToAnAgent(content: string, sentence: string): boolean {
  const words = foldedWords(content);
  return harmReported(words) && attackByOthers(words, sentence);
}

/**
 * The stance and targets rule 7 gives each statement (null: unchanged): a neutral report of harm
 * becomes ACCUSES when the same source accuses someone close by in the article, with that statement's
 * targets (the accused; [] when it names no one). Not when the harmed are the attackers or the accused
 * themselves, when no harm was done, or when the speaker's own side did it.
 */
export function fromAccounts(items: AccountItem[]): ({ stance: Stance; targets: string[] } | null)[] {
  return items.map((item) => {
    if (item.stance !== 'CLAIMS' && item.stance !== 'OTHER') return null;
    const words = foldedWords(item.content);
    if (!harmReported(words)) return null;
    const own = items.filter(
      (o) => o !== item && o.speakerId === item.speakerId && Math.abs(o.at - item.at) <= NEAR,
    );
    const accusing = own.find((o) => o.stance === 'ACCUSES');
    // "the junta suffered fatalities": the accused named among the harmed is the speaker's side's doing.
    if (accusing?.targets.some((t) => item.named.includes(t))) return null;
    // "another security source said": a second source of the same kind has an account of its own.
    if (/\banother\b/i.test(item.sentence.slice(item.sentence.indexOf(item.content) + item.content.length)))
      return null;
    if (accusing) return { stance: 'ACCUSES', targets: accusing.targets };
    if (
      attackByOthers(words, item.sentence) &&
      (describesAttacker(words, true) || own.some((o) => describesAttacker(foldedWords(o.content), false)))
    )
      return { stance: 'ACCUSES', targets: [] };
    return null;
  });
}
