import type { CandidateKind } from './candidates/candidates';
import type { ResolvedBy } from './speakers/speakers';
import type {
  ActorEntry,
  CHANNELS,
  DATE_PRECISIONS,
  EVENT_KINDS,
  EventEntry,
  ORG_TYPES,
  PlaceEntry,
  STANCES,
} from '../vocabulary/terms';

/** The vocabulary is the seed's (seed/README.md): ingest produces the same kinds of facts. */
export type Stance = (typeof STANCES)[number];
export type Channel = (typeof CHANNELS)[number];
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type OrgType = (typeof ORG_TYPES)[number];
export type ActorKind = ActorEntry['kind'];

/** What the graph already knows, as the extractor sees it: the same shapes as the seed files. */
export interface Snapshot {
  actors: ActorEntry[];
  places: PlaceEntry[];
  events: EventEntry[];
}

export interface ArticleMeta {
  title: string | null;
  outlet: string | null;
  /** YYYY-MM-DD; relative dates in the text are resolved against it. */
  published: string;
  url: string | null;
}

export interface ActorRef {
  id: string;
  name: string;
  kind: ActorKind;
  /** Not in the graph yet: the extraction creates it. */
  isNew: boolean;
}

export interface SpeakerRef extends ActorRef {
  /** The words the article used for the speaker ("the ministry", "he", "EU chief Charles Michel"). */
  mention: string;
}

export interface EventRef {
  id: string;
  title: string;
  date: string | null;
  isNew: boolean;
}

/** How a statement was found: the form of the attribution and how its speaker was resolved. */
export interface Evidence {
  form: CandidateKind;
  by: ResolvedBy;
}

export interface ExtractedStatement {
  id: string;
  text: string;
  start: number;
  end: number;
  direct: boolean;
  date: string;
  datePrecision: DatePrecision;
  channel: Channel;
  stance: Stance;
  speaker: SpeakerRef;
  via: ActorRef | null;
  targets: ActorRef[];
  respondsTo: EventRef[];
  /** The probability that span and speaker are right, calibrated on the dev corpus (plan/confidence.ts). */
  confidence: number;
  evidence: Evidence;
}

export interface ExtractedClaim {
  id: string;
  statementId: string;
  claimant: ActorRef;
  side: ActorRef | null;
  killed: number | null;
  wounded: number | null;
  captured: number | null;
  event: EventRef | null;
  start: number;
  end: number;
  text: string;
}

export interface NewActor {
  id: string;
  name: string;
  kind: ActorKind;
  orgType: OrgType | null;
  aliases: string[];
  partOf: string | null;
  confidence: number;
  /**
   * A source the article describes but does not name ("Residents", "A security source"): a different one in
   * each article, so its id is the article's and later articles never resolve their own "residents" to it.
   */
  described: boolean;
}

export interface NewEvent {
  id: string;
  title: string;
  kind: EventKind;
  date: string;
  datePrecision: DatePrecision;
  places: string[];
  participants: string[];
  confidence: number;
}

export interface EventMention {
  event: string;
  start: number;
  end: number;
  text: string;
}

/** Everything one article yields; `extractArticle` is a pure function of text, metadata and snapshot. */
export interface Extraction {
  textHash: string;
  text: string;
  meta: ArticleMeta;
  statements: ExtractedStatement[];
  claims: ExtractedClaim[];
  newActors: NewActor[];
  newEvents: NewEvent[];
  /** The incident the article reports, matched or created; null when it reports none. */
  incident: EventRef | null;
  mentions: EventMention[];
}
