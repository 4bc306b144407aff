import type { ConnectionPage } from '../graphql/pagination';

export interface PlaceRow {
  label: 'Place';
  id: string;
  name: string;
  kind: 'COUNTRY' | 'REGION' | 'DISTRICT' | 'CITY' | 'VILLAGE' | 'CORRIDOR' | 'BORDER' | 'OTHER';
  aliases: string[];
  inId: string | null;
}

export type PlacePage = ConnectionPage<PlaceRow>;
