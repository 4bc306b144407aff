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

/** Nouns a group's name modifies ("Hamas authorities", "the M23 rebel group", "Houthi-run"), never a person's. */
const GROUP_USE =
  /^[\s-]*(?:[a-z]+\s+)?(group|groups|movement|militia|militias|militants|fighters|rebels|insurgents|authorities|-?run|-?controlled|-?held|interim government)\b/;
/** Nouns that introduce an organization's name ("militant group Hezbollah", "nuclear agency Energoatom"). */
const GROUP_BEFORE = /\b(group|movement|militia|agency|company|operator|organi[sz]ation|party)\s+$/;

/**
 * A one-word name the article uses as a group's ("Hamas-run", "the Taliban interim government",
 * "nuclear agency Energoatom"): an organization, not a person, whatever its spelling.
 */
export function namesGroup(text: string, name: string): boolean {
  if (/\s/.test(name)) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
    const after = text.slice(i + name.length, i + name.length + 30);
    const before = text.slice(Math.max(0, i - 20), i);
    if (/^[A-Za-z]/.test(after)) continue;
    if (GROUP_USE.test(after) || GROUP_BEFORE.test(before)) return true;
  }
  return false;
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
