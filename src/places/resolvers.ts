import type { PlaceResolvers, QueryResolvers } from '../generated/graphql';
import type { Context } from '../graphql/context';
import { pageWindow, toConnection } from '../graphql/pagination';
import { exactPhrase, luceneQuery } from '../search/lucene';
import {
  EVENTS_IN_PLACE,
  PLACES_BY_ID,
  PLACES_COUNT,
  PLACES_INSIDE,
  PLACES_PAGE,
  PLACES_SEARCH_COUNT,
  PLACES_SEARCH_PAGE,
} from './queries';
import type { PlacePage } from './rows';

interface PlaceListArgs {
  search?: string | null;
  first?: number | null;
  after?: string | null;
}

/** Without search: by name. With search: best match first (exact name or alias, then Lucene score). */
async function listPlaces(args: PlaceListArgs, ctx: Context): Promise<PlacePage> {
  const window = pageWindow(args);
  if (!args.search) {
    const rows = await ctx.graph.read(PLACES_PAGE, { ...window });
    return toConnection(rows, window, async () => (await ctx.graph.read(PLACES_COUNT))[0]?.count ?? 0);
  }
  const search = { lucene: luceneQuery(args.search), exact: exactPhrase(args.search) };
  const rows = await ctx.graph.read(PLACES_SEARCH_PAGE, { ...search, ...window });
  return toConnection(
    rows,
    window,
    async () => (await ctx.graph.read(PLACES_SEARCH_COUNT, search))[0]?.count ?? 0,
  );
}

export const placeQueries: Pick<QueryResolvers, 'place' | 'places'> = {
  place: (_root, { id }, ctx) => ctx.loaders.one(PLACES_BY_ID).load(id),
  places: (_root, args, ctx) => listPlaces(args, ctx),
};

export const Place: PlaceResolvers = {
  in: (place, _args, ctx) => (place.inId ? ctx.loaders.one(PLACES_BY_ID).load(place.inId) : null),
  contains: (place, _args, ctx) => ctx.loaders.many(PLACES_INSIDE).load(place.id),
  events: (place, _args, ctx) => ctx.loaders.many(EVENTS_IN_PLACE).load(place.id),
};
