import type { PlaceResolvers, QueryResolvers } from '../generated/graphql';
import { EVENTS_IN_PLACE, PLACES_BY_ID, PLACES_INSIDE } from './queries';

export const placeQueries: Pick<QueryResolvers, 'place'> = {
  place: (_root, { id }, ctx) => ctx.loaders.one(PLACES_BY_ID).load(id),
};

export const Place: PlaceResolvers = {
  in: (place, _args, ctx) => (place.inId ? ctx.loaders.one(PLACES_BY_ID).load(place.inId) : null),
  contains: (place, _args, ctx) => ctx.loaders.many(PLACES_INSIDE).load(place.id),
  events: (place, _args, ctx) => ctx.loaders.many(EVENTS_IN_PLACE).load(place.id),
};
