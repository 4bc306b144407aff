import { ACTORS_BY_ID } from '../actors/queries';
import type { CasualtyClaimResolvers, EventResolvers, QueryResolvers } from '../generated/graphql';
import type { Context } from '../graphql/context';
import { required } from '../graphql/errors';
import { pageWindow, toConnection } from '../graphql/pagination';
import { idsMatching } from '../search/matching';
import { STATEMENTS_BY_ID } from '../statements/queries';
import {
  ARTICLES_REPORTING_EVENT,
  CHILD_EVENTS,
  CLAIM_SOURCES,
  claimAnchorFor,
  CLAIMS_BY_EVENT,
  CLAIMS_BY_SIDE,
  CLAIMS_COUNT,
  CLAIMS_PAGE,
  CONTESTED_BY_EVENT,
  EVENT_IDS_MATCHING,
  EVENTS_BY_ID,
  EVENTS_COUNT,
  EVENTS_PAGE,
  PARENT_EVENTS,
  PARTICIPANTS_BY_EVENT,
  PLACES_BY_EVENT,
  RESPONDENTS_BY_EVENT,
  RESPONSE_COUNT_BY_EVENT,
  RESPONSES_BY_EVENT,
} from './queries';
import type { ClaimPage, EventKind, EventPage } from './rows';

interface EventListArgs {
  kind?: EventKind | null;
  from?: string | null;
  to?: string | null;
  search?: string | null;
  place?: string | null;
  outlet?: string | null;
  contested?: boolean | null;
  orderBy?: 'ASC' | 'DESC' | null;
  first?: number | null;
  after?: string | null;
}

async function listEvents(args: EventListArgs, ctx: Context): Promise<EventPage> {
  const window = pageWindow(args);
  const matchIds = await idsMatching(EVENT_IDS_MATCHING, args.search, ctx);
  const filters = {
    kind: args.kind ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
    place: args.place ?? null,
    outlet: args.outlet ?? null,
    contested: args.contested ?? null,
    matchIds,
  };
  const rows = await ctx.graph.read(EVENTS_PAGE[args.orderBy ?? 'ASC'], { ...filters, ...window });
  return toConnection(rows, window, async () => (await ctx.graph.read(EVENTS_COUNT, filters))[0]?.count ?? 0);
}

interface ClaimListArgs {
  event?: string | null;
  claimant?: string | null;
  side?: string | null;
  from?: string | null;
  to?: string | null;
  first?: number | null;
  after?: string | null;
}

async function listClaims(args: ClaimListArgs, ctx: Context): Promise<ClaimPage> {
  const window = pageWindow(args);
  const filters = {
    event: args.event ?? null,
    claimant: args.claimant ?? null,
    side: args.side ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
  };
  const anchor = claimAnchorFor(filters);
  const rows = await ctx.graph.read(CLAIMS_PAGE[anchor], { ...filters, ...window });
  const page = toConnection(
    rows,
    window,
    async () => (await ctx.graph.read(CLAIMS_COUNT[anchor], filters))[0]?.count ?? 0,
  );
  const bySide = async () => (await ctx.graph.read(CLAIMS_BY_SIDE[anchor], filters)).map((r) => r.row);
  return { ...page, bySide };
}

export const eventQueries: Pick<QueryResolvers, 'event' | 'events' | 'claims'> = {
  event: (_root, { id }, ctx) => ctx.loaders.one(EVENTS_BY_ID).load(id),
  events: (_root, args, ctx) => listEvents(args, ctx),
  claims: (_root, args, ctx) => listClaims(args, ctx),
};

export const Event: EventResolvers = {
  places: (e, _args, ctx) => ctx.loaders.many(PLACES_BY_EVENT).load(e.id),
  participants: (e, _args, ctx) => ctx.loaders.many(PARTICIPANTS_BY_EVENT).load(e.id),
  responses: (e, { stance }, ctx) =>
    ctx.loaders.many(RESPONSES_BY_EVENT, { stance: stance ?? null }).load(e.id),
  responseCount: async (e, _args, ctx) => (await ctx.loaders.one(RESPONSE_COUNT_BY_EVENT).load(e.id)) ?? 0,
  respondents: (e, _args, ctx) => ctx.loaders.many(RESPONDENTS_BY_EVENT).load(e.id),
  casualtyClaims: (e, _args, ctx) => ctx.loaders.many(CLAIMS_BY_EVENT).load(e.id),
  contested: async (e, _args, ctx) => (await ctx.loaders.one(CONTESTED_BY_EVENT).load(e.id)) ?? false,
  reportedIn: (e, _args, ctx) => ctx.loaders.many(ARTICLES_REPORTING_EVENT).load(e.id),
  partOf: (e, _args, ctx) => ctx.loaders.many(PARENT_EVENTS).load(e.id),
  parts: (e, _args, ctx) => ctx.loaders.many(CHILD_EVENTS).load(e.id),
};

export const CasualtyClaim: CasualtyClaimResolvers = {
  claimant: async (c, _args, ctx) =>
    required(await ctx.loaders.one(ACTORS_BY_ID).load(c.claimantId), `claimant of ${c.id}`),
  side: (c, _args, ctx) => (c.sideId ? ctx.loaders.one(ACTORS_BY_ID).load(c.sideId) : null),
  event: async (c, _args, ctx) =>
    required(await ctx.loaders.one(EVENTS_BY_ID).load(c.eventId), `event of ${c.id}`),
  statement: async (c, _args, ctx) =>
    required(await ctx.loaders.one(STATEMENTS_BY_ID).load(c.statementId), `statement of ${c.id}`),
  sources: (c, _args, ctx) => ctx.loaders.many(CLAIM_SOURCES).load(c.id),
};
