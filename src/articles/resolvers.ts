import type { ArticleResolvers, QueryResolvers, SourceResolvers } from '../generated/graphql';
import { required } from '../graphql/errors';
import { pageWindow, toConnection } from '../graphql/pagination';
import { statementsOf } from '../statements/lists';
import { ARTICLES_BY_ID, ARTICLES_COUNT, ARTICLES_PAGE, EVENTS_BY_ARTICLE } from './queries';

export const articleQueries: Pick<QueryResolvers, 'article' | 'articles'> = {
  article: (_root, { id }, ctx) => ctx.loaders.one(ARTICLES_BY_ID).load(id),
  articles: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filters = { outlet: args.outlet ?? null, from: args.from ?? null, to: args.to ?? null };
    const rows = await ctx.graph.read(ARTICLES_PAGE, { ...filters, ...window });
    return toConnection(
      rows,
      window,
      async () => (await ctx.graph.read(ARTICLES_COUNT, filters))[0]?.count ?? 0,
    );
  },
};

export const Article: ArticleResolvers = {
  statements: (article, args, ctx) => statementsOf('article', article.id, args, ctx),
  events: (article, _args, ctx) => ctx.loaders.many(EVENTS_BY_ARTICLE).load(article.id),
};

export const Source: SourceResolvers = {
  article: async (source, _args, ctx) =>
    required(await ctx.loaders.one(ARTICLES_BY_ID).load(source.articleId), `article ${source.articleId}`),
};
