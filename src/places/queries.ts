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
