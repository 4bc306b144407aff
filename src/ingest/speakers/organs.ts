import type { IndexedActor } from './actorIndex';
import { type OrganKey, countries, organOf } from './gazetteer';
import { withoutDescription } from './described';

/**
 * A new organ's name: its own proper name when the article gives one ("Azerbaijan's State Border
 * Service", "the Israel Defense Forces"), else the seed's pattern, spelt as the article spells it.
 */
export function organName(state: IndexedActor, key: Exclude<OrganKey, 'state'>, alias: string): string {
  // "the Kurdish-led Syrian Democratic Forces": the description before the name is not the organ's name.
  const named = withoutDescription(alias);
  const own = named
    .split(/\s+/)
    .filter((w) => !w.toLowerCase().startsWith(state.name.toLowerCase().slice(0, 4)))
    // "the Congolese army": the state's nationality is not the organ's own name.
    .filter((w) => !formsOf(state.name).has(w.replace(/['\u2019]s$/, '').toLowerCase()))
    .filter((w) => /^[A-Z]/.test(w) && !/^(the|an?|and|of)$/i.test(w))
    // "Police said" opening a sentence: a common noun capitalised, not the organ's own name (which would
    // make one "Police" actor for every country).
    .filter((w) => organOf(w.toLowerCase()) === null);
  const generic = ['mfa', 'mod', 'interior'].includes(key) || own.length === 0;
  if (!generic) return named;
  const pattern = ORGAN_NAMES[key];
  return `${/defence/i.test(alias) ? pattern.replace('Defense', 'Defence') : pattern} of ${withArticle(state.name)}`;
}

/** The names and nationality adjectives of a state the gazetteer knows, lower case. */
function formsOf(state: string): Set<string> {
  const country = countries().find((c) => c.name === state);
  return new Set(
    country
      ? [country.name, ...country.demonyms, ...(country.aliases ?? [])].map((w) => w.toLowerCase())
      : [],
  );
}

/** "Armed Forces of the Philippines", "… of the Democratic Republic of the Congo": states named with "the". */
export function withArticle(state: string): string {
  return /^(United|Democratic|Central African|Republic|Czech Republic)\b|^(Philippines|Netherlands|Gambia)$/.test(
    state,
  )
    ? `the ${state}`
    : state;
}

/** How the seed names a state's organs ("Ministry of Foreign Affairs of Armenia", "Armed Forces of Azerbaijan"). */
export const ORGAN_NAMES: Record<Exclude<OrganKey, 'state'>, string> = {
  mfa: 'Ministry of Foreign Affairs',
  mod: 'Ministry of Defense',
  interior: 'Ministry of Internal Affairs',
  army: 'Armed Forces',
  police: 'Police',
  presidency: 'Presidential Office',
};
