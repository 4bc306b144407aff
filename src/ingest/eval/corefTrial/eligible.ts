import type { Candidate } from '../../candidates/candidates';
import type { Phrase } from '../../candidates/subjects';
import type { Resolution } from '../../speakers/resolution';
import { type Token, textOfTokens } from '../../text/sentences';
import { isDescriptiveName } from '../descriptiveName';

/**
 * Which candidates a coreference trial may touch (issue 13, coref15): "dropped", the rules' speaker phrase
 * resolves to no one (the statement is lost today); "anaphoric", it resolved, but the phrase is a pronoun or a
 * definite or indefinite description ("he", "the agency", "a spokesman", "its spokesman"), however it was
 * resolved. Continuations (no phrase of their own: they follow the speaker before) and joint speakers are not
 * touched; a continuation follows whatever the trial gave the speaker before it.
 */
export type Eligibility = 'dropped' | 'anaphoric';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'who']);
const DETERMINERS =
  /^(the|a|an|another|one|two|three|some|several|many|this|that|these|those|its|his|her|their|our)\s/i;

/** A pronoun, or a description opened by a determiner with no capitalised word after it. */
export function isAnaphoricPhrase(words: string): boolean {
  const trimmed = words.trim();
  if (PRONOUNS.has(trimmed.toLowerCase())) return true;
  return DETERMINERS.test(trimmed) && isDescriptiveName(trimmed);
}

export function eligibility(
  text: string,
  tokens: Token[],
  c: Candidate,
  phrase: Phrase | null,
  rules: Resolution | null,
): Eligibility | null {
  if (!phrase || c.kind === 'continuation') return null;
  if (!rules) return 'dropped';
  if (rules.others) return null;
  return isAnaphoricPhrase(textOfTokens(text, tokens, phrase)) ? 'anaphoric' : null;
}

/** What a trial did, by eligibility: asked, answered (the trial had a speaker), changed (another than the rules'). */
export const trialTally = {
  dropped: { asked: 0, answered: 0, changed: 0 },
  anaphoric: { asked: 0, answered: 0, changed: 0 },
};

export function record(kind: Eligibility, rules: Resolution | null, given: Resolution | null): void {
  const t = trialTally[kind];
  t.asked++;
  if (given) t.answered++;
  if (given && given.actor.id !== rules?.actor.id) t.changed++;
}
