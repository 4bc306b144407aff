import type { ConnectionPage } from '../graphql/pagination';

export type Provenance = 'CURATED' | 'EXTRACTED';

export interface ActorRow {
  label: 'Actor';
  id: string;
  name: string;
  kind: 'PERSON' | 'ORGANIZATION' | 'STATE';
  aliases: string[];
  partOfId: string | null;
  provenance: Provenance;
}

export interface RoleRow {
  id: string;
  title: string;
  holderId: string;
  organizationId: string | null;
  since: string | null;
  until: string | null;
}

export type ActorPage = ConnectionPage<ActorRow>;
