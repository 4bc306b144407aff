import { ACTORS_BY_ID } from '../actors/queries';
import { required } from '../graphql/errors';
import type { QueryResolvers, StatementResolvers } from '../generated/graphql';
import { listStatements } from './lists';
import {
  EVENTS_BY_STATEMENT,
  REPLIED_TO_BY_STATEMENT,
  REPLIES_TO_STATEMENT,
  STATEMENTS_BY_ID,
  TARGETS_BY_STATEMENT,
} from './queries';

export const statementQueries: Pick<QueryResolvers, 'statement' | 'statements'> = {
  statement: (_root, { id }, ctx) => ctx.loaders.one(STATEMENTS_BY_ID).load(id),
  statements: (_root, args, ctx) => listStatements(args, ctx),
};

export const Statement: StatementResolvers = {
  speaker: async (s, _args, ctx) =>
    required(await ctx.loaders.one(ACTORS_BY_ID).load(s.speakerId), `speaker of ${s.id}`),
  via: (s, _args, ctx) => (s.viaId ? ctx.loaders.one(ACTORS_BY_ID).load(s.viaId) : null),
  respondsTo: (s, _args, ctx) => ctx.loaders.many(EVENTS_BY_STATEMENT).load(s.id),
  targets: (s, _args, ctx) => ctx.loaders.many(TARGETS_BY_STATEMENT).load(s.id),
  repliesTo: (s, _args, ctx) => ctx.loaders.many(REPLIED_TO_BY_STATEMENT).load(s.id),
  replies: (s, _args, ctx) => ctx.loaders.many(REPLIES_TO_STATEMENT).load(s.id),
  source: (s) => ({ articleId: s.articleId, start: s.start, end: s.end, text: s.text }),
};
