import type { ActorEntry, EventEntry, PlaceEntry } from '../../../src/vocabulary/terms';
import { extractArticle } from '../../../src/ingest/plan/extract';
import type { ArticleMeta, Extraction, Snapshot } from '../../../src/ingest/types';

/**
 * A small invented graph for the unit tests, deliberately not the seed's: aliases are few, so
 * surnames, spelling variants, titles, organs and capitals must be worked out by the rules.
 */
const actor = (
  id: string,
  name: string,
  kind: ActorEntry['kind'],
  extra: Partial<ActorEntry> = {},
): ActorEntry => ({
  id,
  name,
  kind,
  orgType: null,
  aliases: [],
  partOf: null,
  ...extra,
});

export const ACTORS: ActorEntry[] = [
  actor('actor:armenia', 'Armenia', 'STATE'),
  actor('actor:azerbaijan', 'Azerbaijan', 'STATE', { aliases: ["Azerbaijan's authorities"] }),
  actor('actor:russia', 'Russia', 'STATE'),
  actor('actor:georgia', 'Georgia', 'STATE'),
  actor('actor:european-union', 'European Union', 'ORGANIZATION', {
    orgType: 'INTERNATIONAL_ORGANIZATION',
    aliases: ['EU'],
  }),
  actor('actor:mfa-armenia', 'Ministry of Foreign Affairs of Armenia', 'ORGANIZATION', {
    orgType: 'MINISTRY',
    partOf: 'actor:armenia',
  }),
  actor('actor:mod-azerbaijan', 'Ministry of Defense of Azerbaijan', 'ORGANIZATION', {
    orgType: 'MINISTRY',
    partOf: 'actor:azerbaijan',
  }),
  actor('actor:mod-russia', 'Ministry of Defense of Russia', 'ORGANIZATION', {
    orgType: 'MINISTRY',
    partOf: 'actor:russia',
  }),
  actor('actor:nikol-pashinyan', 'Nikol Pashinyan', 'PERSON'),
  actor('actor:ilham-aliyev', 'Ilham Aliyev', 'PERSON'),
  actor('actor:sergei-lavrov', 'Sergei Lavrov', 'PERSON'),
  actor('actor:josep-borrell', 'Josep Borrell', 'PERSON'),
];

export const PLACES: PlaceEntry[] = [
  { id: 'place:armenia', name: 'Armenia', kind: 'COUNTRY', aliases: [], in: null, state: 'actor:armenia' },
  {
    id: 'place:tavush',
    name: 'Tavush',
    kind: 'REGION',
    aliases: ['Tavush province'],
    in: 'place:armenia',
    state: null,
  },
  { id: 'place:berd', name: 'Berd', kind: 'CITY', aliases: [], in: 'place:tavush', state: null },
];

export const EVENTS: EventEntry[] = [
  {
    id: 'event:2023-05-10-tavush-clash',
    title: 'Clash in Tavush',
    kind: 'CLASH',
    date: '2023-05-10',
    endDate: '2023-05-11',
    datePrecision: 'DAY',
    places: ['place:tavush'],
    participants: ['actor:armenia', 'actor:azerbaijan'],
    partOf: [],
  },
  {
    id: 'event:2023-04-20-brussels-talks',
    title: 'Talks in Brussels',
    kind: 'MEETING',
    date: '2023-04-20',
    endDate: null,
    datePrecision: 'DAY',
    places: [],
    participants: ['actor:josep-borrell', 'actor:armenia', 'actor:azerbaijan'],
    partOf: [],
  },
];

export const SNAPSHOT: Snapshot = { actors: ACTORS, places: PLACES, events: EVENTS };

export const META: ArticleMeta = {
  title: 'Test article',
  outlet: 'Test Wire',
  published: '2023-05-11',
  url: null,
};

export function extract(text: string, meta: Partial<ArticleMeta> = {}): Extraction {
  return extractArticle(text, { ...META, ...meta }, SNAPSHOT);
}

/** The statements as (speaker id, exact text) pairs: what most tests assert. */
export function said(text: string, meta: Partial<ArticleMeta> = {}): [string, string][] {
  return extract(text, meta).statements.map((s) => [s.speaker.id, s.text]);
}
