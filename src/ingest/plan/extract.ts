import { ActorIndex, type IndexedActor, type Mention, mentionsWithin } from '../speakers/actorIndex';
import { paraphrases } from '../candidates/attribution';
import type { Candidate } from '../candidates/candidates';
import { casualtiesIn } from '../facts/casualties';
import { channelOf } from '../facts/channel';
import { findDates } from '../text/dates';
import { detectIncident, eventRef, matchEvent, newEvent, respondsTo } from '../facts/events';
import { calibratedConfidence, priorConfidence } from './confidence';
import { claimId, coSpeakerStatementId, describedActorId, statementId, textHash } from './ids';
import { PlaceIndex } from '../facts/places';
import { directQuotes, findQuotes } from '../candidates/quotes';
import { learnedCandidates } from '../candidates/learned/detector';
import { type TextAnalysis, analyse, tokenAtOrAfter } from '../text/sentences';
import { type Resolution, SpeakerResolver } from '../speakers/speakers';
import { chooseSpeaker } from '../speakers/learned/chooser';
import { type StanceContext, stanceOf, targetsOf } from '../facts/stance';
import { type Attributed, dropSummaries } from '../facts/summaries';
import { fromAccounts } from '../facts/accounts';
import type {
  ActorRef,
  ArticleMeta,
  DatePrecision,
  ExtractedClaim,
  ExtractedStatement,
  Extraction,
  Snapshot,
} from '../types';

interface Found extends Attributed {
  resolution: Resolution;
  context: StanceContext;
  /** A co-speaker's copy of a joint statement ("Macron and Scholz said"). */
  coSpeaker?: boolean;
}

/** A kept statement with its targets: its own words', or the source's account's when rule 7 revised it. */
interface Targeted extends Found {
  targets: string[];
}

/**
 * Each co-speaker of a joint attribution says the same words: a statement of their own, right after.
 * A joint lede of states or organizations that each speak for themselves elsewhere in the article
 * ("the European Union and Russia urged restraint") only summarises those statements, and is dropped.
 */
function withCoSpeakers(kept: Found[], index: ActorIndex, resolver: SpeakerResolver): Found[] {
  const speaksElsewhere = (item: Found, id: string) =>
    kept.some(
      (k) =>
        k !== item &&
        k.candidate.sentence !== item.candidate.sentence &&
        (k.speakerId === id || index.sideOf(k.speakerId) === id || index.get(k.speakerId)?.partOf === id),
    );
  // A party "speaks elsewhere" through itself, its organs or its people ("Russia" through its foreign ministry).
  const summary = (item: Found) => {
    const parties = [item.resolution, ...(item.resolution.others ?? [])];
    if (parties.length < 2) return false;
    // "Armenia and Azerbaijan accused each other …": a reciprocal report, not words either one said.
    if (/\b(each other|one another)\b/i.test(item.context.content)) return true;
    return parties.every((r) => r.actor.kind !== 'PERSON' && speaksElsewhere(item, r.actor.id));
  };
  return kept
    .filter((item) => !summary(item))
    .flatMap((item) => [
      item,
      ...(item.resolution.others ?? []).map((other): Found => {
        const speaker = {
          id: other.actor.id,
          side: resolver.sideOf(other.actor) ?? other.side,
          kind: other.actor.kind,
        };
        const context: StanceContext = { ...item.context, speaker, index };
        return {
          ...item,
          speakerId: other.actor.id,
          resolution: { ...other, mention: item.resolution.mention },
          context,
          stance: stanceOf(item.candidate, context),
          coSpeaker: true,
        };
      }),
    ]);
}

/**
 * Reads one article: finds who said what (direct quotes and attributed paraphrases), resolves the
 * speakers against the known actors, drops summaries of statements reported in full, and attaches
 * stance, targets, date, channel, the incident responded to and casualty figures. A pure function
 * of the text, its metadata and the snapshot of what the graph knows.
 */
export function extractArticle(text: string, meta: ArticleMeta, snapshot: Snapshot): Extraction {
  const hash = textHash(text);
  const doc = analyse(text);
  const index = new ActorIndex(snapshot.actors);
  const places = new PlaceIndex(snapshot.places);
  const mentions = index.mentions(doc.tokens);
  const quotes = findQuotes(text);
  const direct = directQuotes(doc, quotes);
  const rules = [...direct.candidates, ...paraphrases(doc, quotes, direct.candidates, direct.consumed)];
  // Sentences no rule touches, where the learned detector finds a statement (candidates/learned/).
  const candidates = [...rules, ...learnedCandidates(doc, quotes, rules)].sort((a, b) => a.start - b.start);

  const resolver = new SpeakerResolver(doc, index, mentions);
  const found: Found[] = [];
  for (const candidate of candidates) {
    // A learned chooser may pick another speaker than the rules' (speakers/learned/; off unless set).
    const resolution = chooseSpeaker(resolver, candidate, resolver.resolve(candidate));
    if (!resolution) continue;
    const context: StanceContext = {
      content: text.slice(candidate.contentStart, candidate.end),
      contentStart: candidate.contentStart,
      lead: text.slice(Math.min(candidate.start, candidate.contentStart), candidate.contentStart),
      mentions: withoutTitlesOf(
        resolution.actor.id,
        mentionsWithin(
          mentions,
          tokenAtOrAfter(doc, candidate.contentStart),
          tokenAtOrAfter(doc, candidate.end),
        ),
      ),
      speaker: {
        id: resolution.actor.id,
        side: resolver.sideOf(resolution.actor) ?? resolution.side,
        kind: resolution.actor.kind,
      },
      index,
    };
    found.push({
      candidate,
      speakerId: resolution.actor.id,
      stance: stanceOf(candidate, context),
      resolution,
      context,
    });
  }
  const principals = principalStates(mentions, index);
  const kept = withAccounts(
    doc,
    withCoSpeakers(dropSummaries(doc, found, index) as Found[], index, resolver),
    principals,
  );

  const incident = detectIncident(doc, meta.published, places, mentions, index);
  const matched = incident ? matchEvent(incident, meta.published, snapshot.events, places) : null;
  // Fighting is news when reported; talks, truces and wars are often only background, so a new event
  // is made for them only when the text dates them.
  const created =
    incident && !matched && (incident.kind === 'CLASH' || incident.dated) ? newEvent(incident, places) : null;
  const incidentRef = matched ? eventRef(matched, false) : created ? eventRef(created, true) : null;

  const statements: ExtractedStatement[] = [];
  const claims: ExtractedClaim[] = [];
  for (const item of kept) {
    const c = item.candidate;
    // Two readings of the same words (a quote and its paraphrase) are one statement.
    if (!item.coSpeaker && statements.some((s) => s.start === c.start && s.end === c.end)) continue;
    const previous = statements[statements.length - 1];
    const when = dateOf(doc, c, meta.published, previous, item);
    const named = item.context.mentions.map((m) => m.actor.id);
    const statement: ExtractedStatement = {
      id: item.coSpeaker
        ? coSpeakerStatementId(hash, c.start, c.end, item.speakerId)
        : statementId(hash, c.start, c.end),
      text: text.slice(c.start, c.end),
      start: c.start,
      end: c.end,
      direct: c.direct,
      date: when.date,
      datePrecision: when.precision,
      channel:
        c.kind === 'continuation' && previous
          ? previous.channel
          : channelOf(attributionText(doc, c), c.lemma),
      stance: item.stance,
      speaker: { ...ref(item.resolution.actor), mention: item.resolution.mention },
      via: item.resolution.via ? ref(item.resolution.via) : null,
      targets: item.targets.map((id) => ref(index.get(id) as IndexedActor)),
      respondsTo: respondsTo(
        { date: when.date, speakerId: item.speakerId, named },
        incidentRef && incident ? { ref: incidentRef, date: incident.date } : null,
        snapshot.events,
      ),
      confidence: confidence(c, item.resolution),
      evidence: { form: c.kind, by: item.resolution.by },
    };
    statements.push(statement);
    const claim =
      item.stance === 'CALLS_FOR' || item.coSpeaker
        ? null
        : claimOf(doc, statement, item, mentions, index, hash);
    if (claim) claims.push(claim);
  }

  const used = new Set(statements.flatMap((s) => [s.speaker.id, s.via?.id]));
  // A new actor's kind can be learnt after it first spoke ("X said …. "…," the group said"): the last word.
  const newActors = resolver.newActors();
  const kinds = new Map(newActors.map((a) => [a.id, a.kind]));
  const ids = new Map(newActors.map((a) => [a.id, a.described ? describedActorId(hash, a.id) : a.id]));
  const final = <A extends ActorRef>(a: A): A =>
    a.isNew ? { ...a, id: ids.get(a.id) ?? a.id, kind: kinds.get(a.id) ?? a.kind } : a;
  return {
    textHash: hash,
    text,
    meta,
    statements: statements.map((s) => ({ ...s, speaker: final(s.speaker), via: s.via && final(s.via) })),
    claims: claims.map((c) => ({ ...c, claimant: final(c.claimant) })),
    newActors: newActors.filter((a) => used.has(a.id)).map((a) => ({ ...a, id: ids.get(a.id) ?? a.id })),
    newEvents: created ? [created] : [],
    incident: incidentRef,
    mentions: incidentRef && incident?.mention ? [{ event: incidentRef.id, ...incident.mention }] : [],
  };
}

/**
 * Settled rule 7: a neutral report of harm takes its agent from the same source's account in the
 * article (facts/accounts.ts); its targets are then the account's accused, [] when unnamed.
 */
function withAccounts(doc: TextAnalysis, kept: Found[], principals: string[]): Targeted[] {
  // Each statement's own targets, found once: the account reads the accusations', the plan every one's.
  const own = kept.map((item) => targetsOf(item.stance, item.context, principals));
  const revised = fromAccounts(
    kept.map((item, i) => {
      const c = item.candidate;
      const s = doc.sentences[c.sentence];
      return {
        speakerId: item.speakerId,
        stance: item.stance,
        content: item.context.content,
        sentence: doc.text.slice(Math.min(s?.start ?? c.start, c.start), Math.max(s?.end ?? c.end, c.end)),
        targets: item.stance === 'ACCUSES' ? (own[i] as string[]) : [],
        named: item.context.mentions.map((m) => m.actor.id),
        at: c.sentence,
      };
    }),
  );
  return kept.map((item, i) => {
    const r = revised[i];
    return r ? { ...item, stance: r.stance, targets: r.targets } : { ...item, targets: own[i] as string[] };
  });
}

/** "EU foreign policy chief Josep Borrell" inside the words: the EU there titles the speaker, it is not addressed. */
function withoutTitlesOf(speakerId: string, inside: Mention[]): Mention[] {
  const own = inside.filter((m) => m.actor.id === speakerId);
  return inside.filter((m) => !own.some((o) => o.first > m.first && o.first - m.last <= 4));
}

const ref = (a: IndexedActor): ActorRef => ({ id: a.id, name: a.name, kind: a.kind, isNew: a.isNew });

/** The hand-set prior (how the speaker was found × how the words were), calibrated on the dev corpus. */
function confidence(c: Candidate, r: Resolution): number {
  const evidence = { form: c.kind, by: r.by };
  return calibratedConfidence(evidence, priorConfidence(evidence, c.direct));
}

/** The sentence without the reported words: where "in a statement", "tweeted" or "on July 13" are said. */
function attributionText(doc: TextAnalysis, c: Candidate): string {
  const s = doc.sentences[c.sentence];
  if (!s) return '';
  const from = Math.min(s.start, c.start);
  return `${doc.text.slice(from, c.contentStart)} ${doc.text.slice(c.end, Math.max(s.end, c.end))}`;
}

/**
 * When the words were said: the date the attribution gives ("said on July 13", "On July 7, Aliyev
 * …"); else, for a continuing quote or the same speaker's next words right after a dated
 * statement, that statement's date; else the publication day.
 */
function dateOf(
  doc: TextAnalysis,
  c: Candidate,
  published: string,
  previous: ExtractedStatement | undefined,
  item: Found,
): { date: string; precision: DatePrecision } {
  const own = statementDate(doc, c, published);
  if (own) return own;
  const sameOccasion =
    previous &&
    (c.kind === 'continuation' ||
      (previous.speaker.id === item.speakerId &&
        sentenceAt(doc, previous.start) >= sentenceAt(doc, c.start) - 1));
  return sameOccasion
    ? { date: previous.date, precision: previous.datePrecision }
    : { date: published, precision: 'DAY' };
}

const sentenceAt = (doc: TextAnalysis, offset: number) =>
  doc.tokens[tokenAtOrAfter(doc, offset)]?.sentence ?? -1;

function statementDate(
  doc: TextAnalysis,
  c: Candidate,
  published: string,
): { date: string; precision: DatePrecision } | null {
  const s = doc.sentences[c.sentence];
  if (!s) return null;
  const verbAt = c.verb !== null ? (doc.tokens[c.verb]?.start ?? c.start) : c.start;
  const outside = findDates(doc.text, published, Math.min(s.start, c.start), Math.max(s.end, c.end)).filter(
    (d) => d.end <= c.contentStart || d.start >= c.end,
  );
  const nearest = outside.sort((a, b) => Math.abs(a.start - verbAt) - Math.abs(b.start - verbAt))[0];
  return nearest ? { date: nearest.date, precision: nearest.precision } : null;
}

/** The two states the article is about: "both sides" and "the two countries" mean them. */
function principalStates(mentions: Mention[], index: ActorIndex): string[] {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const side = index.sideOf(m.actor.id);
    if (side && !index.get(side)?.isNew) counts.set(side, (counts.get(side) ?? 0) + 1);
  }
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([id]) => id);
}

function claimOf(
  doc: TextAnalysis,
  s: ExtractedStatement,
  item: Found,
  mentions: Mention[],
  index: ActorIndex,
  hash: string,
): ExtractedClaim | null {
  const figures = casualtiesIn(doc, item.candidate.contentStart, s.end, mentions, index);
  if (!figures) return null;
  const speakerSide = item.context.speaker.side;
  const sideId = figures.own ? speakerSide : (figures.sideId ?? speakerSide);
  const side = sideId ? index.get(sideId) : undefined;
  return {
    id: claimId(hash, figures.start, figures.end),
    statementId: s.id,
    claimant: s.speaker,
    side: side && !side.isNew ? ref(side) : null,
    killed: figures.killed,
    wounded: figures.wounded,
    captured: figures.captured,
    event: s.respondsTo[0] ?? null,
    start: figures.start,
    end: figures.end,
    text: doc.text.slice(figures.start, figures.end),
  };
}
