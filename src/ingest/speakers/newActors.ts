import { slug } from '../../vocabulary/names';
import type { ActorKind, NewActor, OrgType } from '../types';

const ORG_TYPES: [RegExp, OrgType][] = [
  [/\b(ministry|department|pentagon)\b/, 'MINISTRY'],
  [/\bpeacekeep/, 'PEACEKEEPERS'],
  [/\b(army|armed forces|forces|military|corps|guards?|militia|police|command)\b/, 'ARMED_FORCES'],
  [/\b(government|cabinet|presidency|administration)\b/, 'GOVERNMENT'],
  [/\b(union|nations|organi[sz]ation|league|alliance|nato|bloc)\b/, 'INTERNATIONAL_ORGANIZATION'],
  [/\b(news|tv|times|post|press|media|agency|radio|television|journal|gazette)\b/, 'MEDIA'],
  [
    /\b(council|parliament|assembly|court|commission|committee|office|bank|fund|institute|centre|center|service|embassy|consulate|directorate|bureau|secretariat|tribunal|observatory|authority)\b/,
    'INSTITUTION',
  ],
  [
    /\b(party|movement|front|group|foundation|society|association|watch|amnesty|rights|international|network|initiative|federation|coalition|red cross|red crescent)\b/,
    'OTHER',
  ],
];

/**
 * Guesses what an unknown speaker is from how it is written: organisation words ("Ministry",
 * "Council", "Forces") or an acronym make an organization; otherwise capitalised words are a person.
 */
export function guessKind(name: string): { kind: ActorKind; orgType: OrgType | null } {
  const lower = name.toLowerCase();
  for (const [pattern, orgType] of ORG_TYPES)
    if (pattern.test(lower)) return { kind: 'ORGANIZATION', orgType };
  if (/^[A-Z]{2,}$/.test(name.replace(/[.\s]/g, ''))) return { kind: 'ORGANIZATION', orgType: 'OTHER' };
  return { kind: 'PERSON', orgType: null };
}

/** A new actor named as the article names it; the mention, when it says more, is kept as an alias. */
export function newActor(name: string, mention: string, partOf: string | null, kind?: ActorKind): NewActor {
  const guess = kind
    ? { kind, orgType: kind === 'ORGANIZATION' ? guessKind(name).orgType : null }
    : guessKind(name);
  const aliases = mention && mention !== name ? [mention] : [];
  return {
    id: `actor:${slug(name)}`,
    name,
    kind: guess.kind,
    orgType: guess.orgType,
    aliases,
    partOf,
    confidence: 0.6,
    described: false,
  };
}

/** An unnamed source named by how the article describes it ("Local officials", "Witness"): its own in each article. */
export function unnamedSource(name: string, mention: string): NewActor {
  return { ...newActor(name, mention, null, 'PERSON'), described: true };
}

/**
 * Nouns a body's name modifies ("Hamas authorities", "the M23 rebel group", "Houthi-run", "Tasnim news
 * agency", "Hezbollah fighters"), never a person's.
 */
const GROUP_USE =
  /^\)?[\s-]*(?:(?!(?:against|of|for|with|by|from|to|in|on|at|and|or|as|the|an?)\s)[a-z]+\s+)?(group|groups|movement|militia|militias|militants|fighters|rebels|insurgents|authorities|-?run|-?controlled|-?held|-?affiliated|-?linked|interim government|news agency|newspaper|daily|broadcaster|channel|news website|website|outlet|members|leadership)\b/;
/**
 * Nouns that introduce a body's name ("militant group Hezbollah", "nuclear agency Energoatom", "the
 * newspaper Reforma", "medical charity X", "members of X").
 */
const GROUP_BEFORE =
  /\b(group|movement|militia|agency|company|operator|organi[sz]ation|party|newspaper|broadcaster|channel|outlet|charity|firm|giant|network|monitor|members of|fighters of|militants of|leaders of|leadership of)\s+(the\s+)?$/i;
/** What follows a body's name, never a person's: "X, which …", "X said its …", "X and its allies". */
const BODY_AFTER =
  /^(\s+(said|says|added|stated|claimed|announced|reported)\s+(that\s+)?its\b|['’]s\s+(fighters|members|militants|leadership|ranks|commanders?)\b)/;
/** "the Houthis said", "the Taliban have": a capitalised name a definite article introduces, where a person's takes none. */
const THE_BEFORE = /\bthe\s+$/;
const THE_AFTER =
  /^(\s*[,.;:]|\s+(said|says|have|has|had|are|were|claimed|announced|reported|denied|accused|stated|confirmed|added|warned|rejected|named|issued|called|blamed|condemned|vowed|urged|insisted|released|published|posted|wrote)\b)/;

/**
 * A name the article uses as a body's ("Hamas-run", "the Taliban interim government", "nuclear agency
 * Energoatom", "the Houthis said", "X, which was formed", "X said its fighters"): an organization, not a
 * person, whatever its spelling. A name given with a role word of a person ("President X") is left alone.
 */
export function namesGroup(text: string, name: string): boolean {
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const after = text.slice(i + name.length, i + name.length + 40);
    const before = text.slice(Math.max(0, i - 25), i);
    if (/^[A-Za-z]/.test(after) || /[A-Za-z]$/.test(before)) continue;
    // "the Secretary of the group Emma Powerful": a person of the body, named after it.
    const introduced = GROUP_BEFORE.test(before) && !/\bof\s+the\s+[a-z]+\s+$/.test(before);
    if (GROUP_USE.test(after) || introduced || BODY_AFTER.test(after)) return true;
    if (
      THE_BEFORE.test(before) &&
      THE_AFTER.test(after) &&
      /^[A-Z][a-z-]+$/.test(name) &&
      !titleOf(text, name)
    )
      return true;
  }
  return false;
}

/**
 * "the Taoiseach said" is a title, not a body: a word the article also writes before a person's name
 * ("Taoiseach Ana Ruiz"). A plural ("the Houthis") is never one.
 */
function titleOf(text: string, word: string): boolean {
  return !/[^'s]s$/.test(word) && new RegExp(`\\b${word}\\s+[A-Z]`).test(text);
}

/**
 * "The Permanent Strategic Framework said": a capitalised name after "the" is an organization's (a
 * person's name takes no article), even when none of its words says what kind of body it is.
 */
export function namedWithArticle(mention: string, name: string): boolean {
  const words = name.split(/\s+/);
  return (
    /^the\s/i.test(mention) &&
    mention.replace(/^the\s+/i, '') === name &&
    words.length > 1 &&
    words.every((w) => /^[A-Z]/.test(w) || ['of', 'for', 'and', 'the', 'on', 'in'].includes(w))
  );
}
