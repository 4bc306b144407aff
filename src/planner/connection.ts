import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor } from './cursor';
import type { Projected } from './projected';

/**
 * A page as the planner's Cypher returns it: its rows and the list it belongs to. A root page says
 * whether there is a next page (`__more`) and carries `first` rows; a nested one carries one row more
 * than asked instead.
 */
interface PlannedPage {
  __rows: (Projected & { __c: [string | number | null, string] })[];
  __first: number;
  __more?: boolean;
  __list: string;
}

const cursorOf = (page: PlannedPage, row: PlannedPage['__rows'][number]) =>
  encodeCursor(page.__list, { key: row.__c[0], id: row.__c[1] });

/**
 * The only work left to JavaScript for a connection: cut the extra row, sign the cursors, and say
 * whether there is a next page. Everything else is in the query's answer, keyed by response key.
 */
export const connectionResolvers = {
  edges: (page: PlannedPage, _args: unknown, _ctx: unknown, info: GraphQLResolveInfo) =>
    page.__rows.slice(0, page.__first).map((row) => ({
      ...(row[info.path.key] as Projected),
      __cursor: cursorOf(page, row),
    })),
  pageInfo: (page: PlannedPage) => {
    const last = page.__rows.slice(0, page.__first).at(-1);
    return {
      hasNextPage: page.__more ?? page.__rows.length > page.__first,
      endCursor: last ? cursorOf(page, last) : null,
    };
  },
};

export const edgeResolvers = { cursor: (edge: { __cursor: string }) => edge.__cursor };

export const pageInfoResolvers = {
  hasNextPage: (info: { hasNextPage: boolean }) => info.hasNextPage,
  endCursor: (info: { endCursor: string | null }) => info.endCursor,
};

/** Planned values are keyed by response key (alias), so two aliases of one field can differ. */
export const byResponseKey = (source: Projected, _args: unknown, _ctx: unknown, info: GraphQLResolveInfo) =>
  source[info.path.key as string];
