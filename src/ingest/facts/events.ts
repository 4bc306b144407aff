import { createHash } from 'node:crypto';
import type { EventEntry } from '../../vocabulary/terms';
import { slug } from '../../vocabulary/names';
import { type ActorIndex, type Mention, mentionsWithin } from '../speakers/actorIndex';
import { findDates, shiftIso } from '../text/dates';
import type { PlaceIndex } from './places';
import type { TextAnalysis, Token } from '../text/sentences';
import type { DatePrecision, EventKind, EventRef, NewEvent } from '../types';

/** The incident an article reports: what, when, where and between whom, as the text says. */
export interface Incident {
  kind: EventKind;
  date: string;
  precision: DatePrecision;
  /** The text dates it ("on Friday"); otherwise it is taken to be recent news (the week before publication). */
  dated: boolean;
  places: string[];
  participants: string[];
  mention: { start: number; end: number; text: string } | null;
}

const kindOfWords = (kind: EventKind, words: string): [string, EventKind][] =>
  words.split(' ').map((w) => [w, kind]);

/** Nouns that name an incident, by lemma (some only in a phrase: see `compoundComplete`). */
const INCIDENT_WORDS: Record<string, EventKind> = Object.fromEntries([
  ...kindOfWords(
    'CLASH',
    'clash fighting skirmish hostility hostilities shelling firefight violence attack battle offensive incident flare ' +
      'gunfire shootout exchange escalation fire firing',
  ),
  ...kindOfWords('WAR', 'war'),
  ...kindOfWords('CEASEFIRE', 'ceasefire truce'),
  ...kindOfWords('PROTEST', 'protest rally demonstration'),
  ...kindOfWords('MEETING', 'talk talks summit meeting negotiation'),
]);
/** When an article names several kinds, the news is the fighting; wars and truces are usually background. */
const NEWS_ORDER: EventKind[] = ['CLASH', 'PROTEST', 'MEETING', 'CEASEFIRE', 'WAR'];
const LABELS: Partial<Record<EventKind, string>> = {
  CLASH: 'Clashes',
  WAR: 'War',
  CEASEFIRE: 'Ceasefire',
  PROTEST: 'Protest',
  MEETING: 'Talks',
};

export function detectIncident(
  doc: TextAnalysis,
  published: string,
  places: PlaceIndex,
  mentions: Mention[],
  index: ActorIndex,
): Incident | null {
  const kindOf = (t: Token) => INCIDENT_WORDS[t.lemma] ?? INCIDENT_WORDS[t.norm];
  const hits = doc.tokens.filter(
    (t) =>
      (t.pos === 'NOUN' || t.norm === 'fighting' || t.norm === 'firing') &&
      kindOf(t) &&
      compoundComplete(doc, t),
  );
  const early = hits.filter((t) => t.sentence < 8);
  const kind = NEWS_ORDER.find((k) => early.some((t) => kindOf(t) === k));
  if (!kind) return null;
  const ofKind = hits.filter((t) => kindOf(t) === kind);
  const sentences = [...new Set(ofKind.map((t) => t.sentence))]
    .map((i) => doc.sentences[i])
    .filter((s) => s !== undefined);
  const recent = sentences
    .flatMap((s) => findDates(doc.text, published, s.start, s.end))
    .filter((d) => d.precision === 'DAY' && d.date <= published && d.date >= shiftIso(published, -10))
    .sort((a, b) => a.date.localeCompare(b.date));
  const inText = (s: { first: number; last: number }) => mentionsWithin(mentions, s.first, s.last);
  const participants = sentences
    .flatMap(inText)
    .map((m) => index.sideOf(m.actor.id))
    .filter((id): id is string => !!id && !index.get(id)?.isNew);
  const first = ofKind[0] as Token;
  return {
    kind,
    date: recent[0]?.date ?? published,
    precision: 'DAY',
    dated: recent.length > 0,
    places: [...new Set(sentences.flatMap((s) => places.mentioned(doc.tokens, s.first, s.last)))],
    participants: [...new Set(participants)],
    mention: incidentPhrase(doc, first),
  };
}

/** "flare" only in "flare-up", "exchange" only in "exchange of fire". */
const FIRE_QUALIFIERS = new Set('opened open exchanged border artillery sniper mortar heavy'.split(' '));

function compoundComplete(doc: TextAnalysis, t: Token): boolean {
  const next = (n: number) => doc.tokens[t.index + n]?.norm;
  if (t.lemma === 'flare') return next(2) === 'up';
  // "opened fire", "cross-border fire"; fire alone is too often figurative.
  if (t.lemma === 'fire' && t.norm !== 'firing')
    return FIRE_QUALIFIERS.has(doc.tokens[t.index - 1]?.norm ?? '');
  if (t.lemma === 'exchange')
    return next(1) === 'fire' || (next(1) === 'of' && ['fire', 'gunfire', 'shots'].includes(next(2) ?? ''));
  return true;
}

/** "deadly military clashes", "Fresh border clashes": the incident noun with the words that qualify it. */
function incidentPhrase(doc: TextAnalysis, head: Token): Incident['mention'] {
  let first = head.index;
  while (
    first > 0 &&
    first > head.index - 3 &&
    ['ADJ', 'NOUN'].includes((doc.tokens[first - 1] as Token).pos)
  )
    first--;
  const start = (doc.tokens[first] as Token).start;
  const tail =
    head.lemma === 'flare'
      ? 2
      : head.lemma === 'exchange'
        ? doc.tokens[head.index + 1]?.norm === 'of'
          ? 2
          : 1
        : 0;
  const end = (doc.tokens[head.index + tail] ?? head).end;
  return { start, end, text: doc.text.slice(start, end) };
}

/** The days an event covers, with month- and year-precise dates taken as the whole month or year. */
function coverage(e: EventEntry): [string, string] | null {
  if (!e.date) return null;
  if (e.endDate) return [e.date, e.endDate];
  if (e.datePrecision === 'YEAR') return [e.date, `${e.date.slice(0, 4)}-12-31`];
  if (e.datePrecision === 'MONTH')
    return [e.date, shiftIso(shiftIso(`${e.date.slice(0, 7)}-28`, 4).slice(0, 7) + '-01', -1)];
  return [e.date, e.date];
}

/** An existing event of the same kind whose dates overlap the incident's, preferring shared places and sides. */
export function matchEvent(
  incident: Incident,
  published: string,
  events: EventEntry[],
  places: PlaceIndex,
): EventEntry | null {
  const window: [string, string] = incident.dated
    ? [shiftIso(incident.date, -2), shiftIso(incident.date, 1)]
    : [shiftIso(published, -7), published];
  const scored = events
    .filter((e) => e.kind === incident.kind)
    .map((e) => ({ e, range: coverage(e) }))
    .filter(({ range }) => range && range[0] <= window[1] && range[1] >= window[0])
    .map(({ e }) => {
      const shared = incident.places.filter((p) => e.places.some((q) => places.overlap(p, q))).length;
      const sides = incident.participants.filter((a) => e.participants.includes(a)).length;
      return { e, score: shared * 2 + sides + (e.date === incident.date ? 1 : 0) };
    })
    .sort((a, b) => b.score - a.score || a.e.id.localeCompare(b.e.id));
  return scored[0]?.e ?? null;
}

/** A new event for an incident the graph does not know; its id depends only on what it is, so it is found again. */
export function newEvent(incident: Incident, places: PlaceIndex): NewEvent {
  const label = LABELS[incident.kind] ?? 'Incident';
  const placeNames = incident.places.map((id) => places.get(id)?.name ?? id);
  const title = placeNames.length
    ? `${label} near ${placeNames.join(' and ')}`
    : `${label} reported on ${incident.date}`;
  const key = createHash('sha256')
    .update([incident.kind, incident.date, ...incident.places].join('|'))
    .digest('hex')
    .slice(0, 8);
  return {
    id: `event:${incident.date}-${slug(label)}-${key}`,
    title,
    kind: incident.kind,
    date: incident.date,
    datePrecision: incident.precision,
    places: incident.places,
    participants: incident.participants,
    confidence: incident.dated ? 0.7 : 0.5,
  };
}

export const eventRef = (e: EventEntry | NewEvent, isNew: boolean): EventRef => ({
  id: e.id,
  title: e.title,
  date: e.date,
  isNew,
});

/**
 * What one statement responds to: the article's incident, unless the statement was made well
 * before it (Michel's words "on July 15" in a September article) — then an existing event of that
 * day the speaker took part in, if there is one. Calls and talks the statement reports (with a
 * participant it names) are added.
 */
export function respondsTo(
  statement: { date: string; speakerId: string; named: string[] },
  incident: { ref: EventRef; date: string } | null,
  events: EventEntry[],
): EventRef[] {
  const days = (a: string, b: string) => Math.round((Date.parse(a) - Date.parse(b)) / 86_400_000);
  const onDay = (e: EventEntry) => {
    const range = coverage(e);
    return !!range && range[0] <= statement.date && range[1] >= statement.date;
  };
  const refs: EventRef[] = [];
  if (incident && days(statement.date, incident.date) >= -7) refs.push(incident.ref);
  else {
    const earlier = events.find(
      (e) =>
        e.kind !== 'CONFLICT' && e.kind !== 'WAR' && onDay(e) && e.participants.includes(statement.speakerId),
    );
    if (earlier) refs.push(eventRef(earlier, false));
    else if (incident) refs.push(incident.ref);
  }
  const contacts = events.filter(
    (e) =>
      (e.kind === 'PHONE_CALL' || e.kind === 'MEETING') &&
      e.participants.includes(statement.speakerId) &&
      e.participants.some((p) => p !== statement.speakerId && statement.named.includes(p)) &&
      e.date &&
      Math.abs(days(e.date, statement.date)) <= 3,
  );
  for (const e of contacts) if (!refs.some((r) => r.id === e.id)) refs.push(eventRef(e, false));
  return refs;
}
