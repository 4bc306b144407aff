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
    /\b(council|parliament|assembly|court|commission|committee|office|bank|fund|institute|centre|center|service|embassy|consulate|directorate|bureau|secretariat|tribunal|observatory)\b/,
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
  };
}
