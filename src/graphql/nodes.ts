import { ACTORS_BY_ID } from '../actors/queries';
import type { ActorRow } from '../actors/rows';
import { ARTICLES_BY_ID } from '../articles/queries';
import type { ArticleRow } from '../articles/rows';
import { EVENTS_BY_ID } from '../events/queries';
import type { EventRow } from '../events/rows';
import { PLACES_BY_ID } from '../places/queries';
import type { PlaceRow } from '../places/rows';
import { STATEMENTS_BY_ID } from '../statements/queries';
import type { StatementRow } from '../statements/rows';
import type { Context } from './context';

export type NodeRow = ActorRow | EventRow | StatementRow | PlaceRow | ArticleRow;

/**
 * Ids carry their kind as a prefix (`actor:…`, `event:…`), so a node is fetched from its own label's
 * unique index, batched with every other lookup of that kind in the request.
 */
export function loadNode(id: string, ctx: Context): Promise<NodeRow | null> {
  const kind = id.slice(0, id.indexOf(':'));
  switch (kind) {
    case 'actor':
      return ctx.loaders.one(ACTORS_BY_ID).load(id);
    case 'event':
      return ctx.loaders.one(EVENTS_BY_ID).load(id);
    case 'statement':
      return ctx.loaders.one(STATEMENTS_BY_ID).load(id);
    case 'place':
      return ctx.loaders.one(PLACES_BY_ID).load(id);
    case 'article':
      return ctx.loaders.one(ARTICLES_BY_ID).load(id);
    default:
      return Promise.resolve(null);
  }
}

export async function loadNodes(ids: string[], ctx: Context): Promise<NodeRow[]> {
  const rows = await Promise.all(ids.map((id) => loadNode(id, ctx)));
  return rows.filter((row): row is NodeRow => row !== null);
}

/** Interfaces and unions resolve their concrete type from the row's label. */
export const resolveNodeType = (row: NodeRow): NodeRow['label'] => row.label;
