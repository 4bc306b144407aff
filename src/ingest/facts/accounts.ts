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
  /\b(hospitali[sz]\w*|(to|at|in) (a|the) (\w+ )?hospital|treatment|evacuat\w*|identif\w*|bur(y|ied|ial)|condolences?|funerals?|search(ing|es|ed)? for|accounted for)\b/;
/** A fear or a forecast, not a report of harm done. */
const FORECAST = /\b(could|may|might|would|fears?|feared|expected to) (rise|increase|grow|climb)\b/;
/** Saying one cannot tell who did it leaves the agent open. */
const HEDGE =
  /\b((could ?n[o’']t|can ?n[o’']t|unable to|too (soon|early) to) (immediately )?(confirm|say|verify|determine|tell)|(unclear|not clear|unknown|not known|no one|nobody) (who|which|whether|has|claimed)|accident\w*)\b/;
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
    if (
      !HARM.test(words) ||
      HEDGE.test(words) ||
      ATTACKERS_HARMED.test(words) ||
      NO_HARM_OR_OWN.test(words) ||
      FORECAST.test(words) ||
      AFTERMATH.test(words)
    )
      return null;
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
    return null;
  });
}
