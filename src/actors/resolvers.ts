import type { ActorResolvers, QueryResolvers, RoleResolvers } from '../generated/graphql';
import { required } from '../graphql/errors';
import { listByNameOrSearch } from '../search/lists';
import { statementsOf } from '../statements/lists';
import {
  ACTORS_BY_ID,
  ACTORS_COUNT,
  ACTORS_PAGE,
  ACTORS_SEARCH_COUNT,
  ACTORS_SEARCH_PAGE,
  EVENTS_BY_PARTICIPANT,
  ROLE_SOURCES,
  ROLES_BY_HOLDER,
  STATEMENT_COUNT_BY_SPEAKER,
} from './queries';

export const actorQueries: Pick<QueryResolvers, 'actor' | 'actors'> = {
  actor: (_root, { id }, ctx) => ctx.loaders.one(ACTORS_BY_ID).load(id),
  actors: (_root, args, ctx) =>
    listByNameOrSearch(
      {
        page: ACTORS_PAGE,
        count: ACTORS_COUNT,
        searchPage: ACTORS_SEARCH_PAGE,
        searchCount: ACTORS_SEARCH_COUNT,
      },
      args,
      { kind: args.kind ?? null },
      ctx,
    ),
};

export const Actor: ActorResolvers = {
  roles: (actor, { at }, ctx) => ctx.loaders.many(ROLES_BY_HOLDER, { at: at ?? null }).load(actor.id),
  partOf: (actor, _args, ctx) => (actor.partOfId ? ctx.loaders.one(ACTORS_BY_ID).load(actor.partOfId) : null),
  statements: (actor, args, ctx) => statementsOf('speaker', actor.id, args, ctx),
  statementCount: async (actor, _args, ctx) =>
    (await ctx.loaders.one(STATEMENT_COUNT_BY_SPEAKER).load(actor.id)) ?? 0,
  targetedBy: (actor, args, ctx) => statementsOf('target', actor.id, args, ctx),
  events: (actor, _args, ctx) => ctx.loaders.many(EVENTS_BY_PARTICIPANT).load(actor.id),
};

export const Role: RoleResolvers = {
  holder: async (role, _args, ctx) =>
    required(await ctx.loaders.one(ACTORS_BY_ID).load(role.holderId), `holder of ${role.id}`),
  organization: (role, _args, ctx) =>
    role.organizationId ? ctx.loaders.one(ACTORS_BY_ID).load(role.organizationId) : null,
  sources: (role, _args, ctx) => ctx.loaders.many(ROLE_SOURCES).load(role.id),
};
