import type { PlaceResolvers, QueryResolvers } from '../generated/graphql';
import { listByNameOrSearch } from '../search/lists';
import {
  EVENTS_IN_PLACE,
  PLACES_BY_ID,
  PLACES_COUNT,
  PLACES_INSIDE,
  PLACES_PAGE,
  PLACES_SEARCH_COUNT,
  PLACES_SEARCH_PAGE,
} from './queries';

export const placeQueries: Pick<QueryResolvers, 'place' | 'places'> = {
  place: (_root, { id }, ctx) => ctx.loaders.one(PLACES_BY_ID).load(id),
  places: (_root, args, ctx) =>
    listByNameOrSearch(
      {
        page: PLACES_PAGE,
        count: PLACES_COUNT,
        searchPage: PLACES_SEARCH_PAGE,
        searchCount: PLACES_SEARCH_COUNT,
      },
      args,
      {},
      ctx,
    ),
};

export const Place: PlaceResolvers = {
  in: (place, _args, ctx) => (place.inId ? ctx.loaders.one(PLACES_BY_ID).load(place.inId) : null),
  contains: (place, _args, ctx) => ctx.loaders.many(PLACES_INSIDE).load(place.id),
  events: (place, _args, ctx) => ctx.loaders.many(EVENTS_IN_PLACE).load(place.id),
};
