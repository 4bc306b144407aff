import type { GraphQLResolveInfo } from 'graphql';
import { encodeCursor } from './cursor';
import type { Projected } from './projected';

/**
 * A page as the planner's Cypher returns it: its rows and the list it belongs to. A page read in a
 * hoisted subquery says whether there is a next page (`__more`) and carries `first` rows; one nested
 * in a subquery expression carries one row more than asked instead.
 */
interface PlannedPage {
  __rows: (Projected & { __c: [string | number | null, string] })[];
  __first: number;
  __more?: boolean;
  /** The list's name for its cursors' signatures; absent when no cursor is selected. */
  __list?: string;
}

type Row = PlannedPage['__rows'][number];

/** What an edge or pageInfo keeps to sign a cursor if the client selects it. */
interface CursorSource {
  __c: Row['__c'];
  __list: string;
}

const cursorOf = (source: CursorSource) =>
  encodeCursor(source.__list, { key: source.__c[0], id: source.__c[1] });

/**
 * The only work left to JavaScript for a connection: cut the extra row, sign the cursors (only those
 * selected: a signature is an HMAC), and say whether there is a next page. Everything else is in the
 * query's answer, keyed by response key.
 */
export const connectionResolvers = {
  edges: (page: PlannedPage, _args: unknown, _ctx: unknown, info: GraphQLResolveInfo) => {
    const key = info.path.key as string;
    const shown = page.__rows.length > page.__first ? page.__rows.slice(0, page.__first) : page.__rows;
    // Each answer is decoded fresh for its request: an edge takes what its cursor needs in place
    // (only when a cursor is selected), rather than being copied with it.
    return shown.map((row) => {
      const edge = row[key] as Projected & Partial<CursorSource>;
      if (page.__list !== undefined) {
        edge.__c = row.__c;
        edge.__list = page.__list;
      }
      return edge;
    });
  },
  pageInfo: (page: PlannedPage) => {
    const last = page.__rows[Math.min(page.__rows.length, page.__first) - 1];
    return {
      hasNextPage: page.__more ?? page.__rows.length > page.__first,
      last: last && page.__list !== undefined ? { __c: last.__c, __list: page.__list } : null,
    };
  },
};

export const edgeResolvers = { cursor: cursorOf };

export const pageInfoResolvers = {
  hasNextPage: (info: { hasNextPage: boolean }) => info.hasNextPage,
  endCursor: (info: { last: CursorSource | null }) => (info.last ? cursorOf(info.last) : null),
};

/** Planned values are keyed by response key (alias), so two aliases of one field can differ. */
export const byResponseKey = (source: Projected, _args: unknown, _ctx: unknown, info: GraphQLResolveInfo) =>
  source[info.path.key as string];
