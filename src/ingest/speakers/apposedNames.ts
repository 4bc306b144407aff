import { TITLE_WORDS } from './gazetteer';
import { ROLES, singularIndividual } from './lexicon';
import { ROLE_NOUNS } from './introduced';
import { isCapitalised } from '../text/nameTrie';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';

/** Offices held by one person that the role lexicon leaves to the organs ("governor of the region"). */
const OFFICES = new Set(['governor', 'mayor', 'prosecutor']);
/** Lower-case particles inside a person's name ("Jean Charles dit Yenapono Some", "Omar bin Said"). */
const PARTICLES = new Set([
  'de',
  'dit',
  'da',
  'das',
  'do',
  'dos',
  'del',
  'di',
  'van',
  'von',
  'bin',
  'ibn',
  'al',
  'el',
]);

/** A word for one person: a role, an office or a described individual ("spokeswoman", "mayor", "witness"). */
function namesOnePerson(t: Token | undefined): boolean {
  return ROLES.has(t?.norm ?? '') || OFFICES.has(t?.norm ?? '') || (!!t && singularIndividual(t.norm));
}

/** One person described by role or as a witness, resident, … ("a spokeswoman", "another witness", "the mayor of X"). */
export function describesOnePerson(tokens: Token[], p: Phrase): boolean {
  if (namesOnePerson(tokens[p.last - 1])) return true;
  // "the governor of the country's Cascades region", "the spokesman for the mission": the role with its complement.
  const words = tokens.slice(p.first, p.last);
  return words.some((t, i) => ROLE_NOUNS.has(t.norm) && ['of', 'for'].includes(words[i + 1]?.norm ?? ''));
}

/**
 * "Ana Ruiz, a spokeswoman for the council said", "…,” Ana Ruiz, the council's spokeswoman said": the
 * capitalised name before a role phrase that opens with the role (or its owner's possessive), when the
 * phrase follows it after a comma and the name opens the clause.
 */
export function nameBeforeRole(tokens: Token[], p: Phrase): Phrase | null {
  const lead = ['a', 'an', 'the'].includes(tokens[p.first]?.norm ?? '') ? p.first + 1 : p.first;
  // "the council's spokeswoman": a one-word owner before the role.
  const owned = tokens[lead + 1]?.norm === "'s" && namesOnePerson(tokens[lead + 2]);
  // "Ana Ruiz, a resident of Tamsa, said": a described individual is a role too.
  if (!namesOnePerson(tokens[lead]) && !namesOnePerson(tokens[lead + 1]) && !owned) return null;
  const comma = p.first - 1;
  if (tokens[comma]?.text !== ',') return null;
  let first = comma;
  while (first > 0 && tokens[first - 1]?.pos === 'PROPN' && /^[A-Z]/.test(tokens[first - 1]?.text ?? ''))
    first--;
  const length = comma - first;
  const before = tokens[first - 1];
  // "TAMSA - Ana Ruiz, …": a dateline's dash opens the sentence too, and a closing quotation mark the attribution.
  const opens =
    !before || before.sentence !== tokens[comma]?.sentence || /^[,\u2013\u2014\u201d"-]$/.test(before.text);
  return length >= 2 && length <= 4 && opens ? { first, last: comma } : null;
}

/**
 * "Another witness, shopkeeper Ana Ruiz, said", "said one witness, Ana Ruiz.", "The governor of the region,
 * Colonel Ana Ruiz, said": the person named in apposition after a phrase that describes one person, past a
 * lower-case word or two that say what the person is and the titles before the name.
 */
export function nameAfterRole(tokens: Token[], p: Phrase): Phrase | null {
  if (!describesOnePerson(tokens, p) || tokens[p.last]?.text !== ',') return null;
  const sentence = tokens[p.last]?.sentence;
  const inSentence = (k: number) => tokens[k]?.sentence === sentence;
  let k = p.last + 1;
  for (
    let n = 0;
    n < 2 && inSentence(k) && tokens[k]?.pos === 'NOUN' && !isCapitalised(tokens[k]?.text ?? '');
    n++
  )
    k++;
  while (inSentence(k) && TITLE_WORDS.has(tokens[k]?.norm ?? '') && isCapitalised(tokens[k]?.text ?? '')) k++;
  const first = k;
  const capitalised = (i: number) =>
    inSentence(i) &&
    isCapitalised(tokens[i]?.text ?? '') &&
    !['VERB', 'AUX', 'PUNCT'].includes(tokens[i]?.pos ?? '');
  while (capitalised(k) || (k > first && PARTICLES.has(tokens[k]?.norm ?? '') && capitalised(k + 1))) k++;
  const words = k - first;
  // The name closes the apposition (a comma) or the sentence ("said one witness, Ana Ruiz.").
  const closes = !inSentence(k) || [',', '.'].includes(tokens[k]?.text ?? '');
  return words >= 2 && words <= 6 && closes ? { first, last: k } : null;
}
