import { cypher } from '../db/graph';
import { EVENT_FIELDS } from '../events/fields';
import type { EventRow } from '../events/rows';
import type { Keyed } from '../graphql/loaders';
import { PLACE_FIELDS } from './fields';
import type { PlaceRow } from './rows';

export const PLACES_BY_ID = cypher<Keyed<PlaceRow>>(
  'placesById',
  `UNWIND $keys AS key
   MATCH (pl:Place {id: key})
   RETURN key, ${PLACE_FIELDS} AS value`,
);

export const PLACES_INSIDE = cypher<Keyed<PlaceRow>>(
  'placesInside',
  `UNWIND $keys AS key
   MATCH (pl:Place)-[:IN]->(:Place {id: key})
   RETURN key, ${PLACE_FIELDS} AS value
   ORDER BY pl.name`,
);

/** Events in the place or in any place inside it (Sotk's clash is also Armenia's). */
export const EVENTS_IN_PLACE = cypher<Keyed<EventRow>>(
  'eventsInPlace',
  `UNWIND $keys AS key
   MATCH (e:Event)-[:HAPPENED_IN]->(:Place)-[:IN*0..4]->(:Place {id: key})
   WITH DISTINCT key, e
   RETURN key, ${EVENT_FIELDS} AS value
   ORDER BY e.date, e.id`,
);

export const PLACES_PAGE = cypher<{ key: string; node: PlaceRow }>(
  'placesPage',
  `MATCH (pl:Place)
   WHERE $afterId IS NULL OR pl.name > $afterKey OR (pl.name = $afterKey AND pl.id > $afterId)
   RETURN pl.name AS key, ${PLACE_FIELDS} AS node
   ORDER BY pl.name, pl.id
   LIMIT $fetch`,
);

export const PLACES_COUNT = cypher<{ count: number }>(
  'placesCount',
  `MATCH (pl:Place) RETURN count(pl) AS count`,
);

/** Full-text match on names and aliases; an exact name or alias outranks any fuzzy match. */
export const PLACES_SEARCH_PAGE = cypher<{ key: number; node: PlaceRow }>(
  'placesSearchPage',
  `CALL db.index.fulltext.queryNodes('placeNames', $lucene) YIELD node AS pl, score
   WITH pl, score + CASE WHEN $exact IN pl.nameKeys THEN 100.0 ELSE 0.0 END AS rank
   WHERE $afterId IS NULL OR rank < $afterKey OR (rank = $afterKey AND pl.id > $afterId)
   RETURN rank AS key, ${PLACE_FIELDS} AS node
   ORDER BY rank DESC, pl.id
   LIMIT $fetch`,
);

export const PLACES_SEARCH_COUNT = cypher<{ count: number }>(
  'placesSearchCount',
  `CALL db.index.fulltext.queryNodes('placeNames', $lucene) YIELD node
   RETURN count(node) AS count`,
);
