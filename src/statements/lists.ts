import type { Context } from '../graphql/context';
import { pageWindow, toConnection } from '../graphql/pagination';
import { idsMatching } from '../search/matching';
import {
  anchorFor,
  STATEMENT_COUNTS_OF_PARENTS,
  STATEMENT_IDS_MATCHING,
  STATEMENTS_COUNT,
  STATEMENTS_OF_PARENTS,
  STATEMENTS_PAGE,
  type StatementParent,
} from './queries';
import type { Stance, StatementPage } from './rows';

export interface StatementFilters {
  speaker?: string | null;
  speakerIn?: string | null;
  respondsTo?: string | null;
  target?: string | null;
  targetIn?: string | null;
  stance?: Stance | null;
  search?: string | null;
  from?: string | null;
  to?: string | null;
  place?: string | null;
  outlet?: string | null;
  orderBy?: 'DATE_ASC' | 'DATE_DESC' | null;
  first?: number | null;
  after?: string | null;
}

/** `Query.statements`: a search narrows by full text first, then the filters page. */
export async function listStatements(args: StatementFilters, ctx: Context): Promise<StatementPage> {
  const window = pageWindow(args);
  const matchIds = await idsMatching(STATEMENT_IDS_MATCHING, args.search, ctx);
  const filters = {
    speaker: args.speaker ?? null,
    speakerIn: args.speakerIn ?? null,
    respondsTo: args.respondsTo ?? null,
    target: args.target ?? null,
    targetIn: args.targetIn ?? null,
    stance: args.stance ?? null,
    from: args.from ?? null,
    to: args.to ?? null,
    place: args.place ?? null,
    outlet: args.outlet ?? null,
    matchIds,
  };
  const anchor = anchorFor(filters);
  const rows = await ctx.graph.read(STATEMENTS_PAGE[anchor][args.orderBy ?? 'DATE_ASC'], {
    ...filters,
    ...window,
  });
  const page = toConnection(
    rows,
    window,
    async () => (await ctx.graph.read(STATEMENTS_COUNT[anchor], filters))[0]?.count ?? 0,
  );
  return { ...page, facets: { kind: 'list', anchor, filters } };
}

export interface NestedStatementArgs {
  first?: number | null;
  after?: string | null;
  stance?: Stance | null;
  orderBy?: 'DATE_ASC' | 'DATE_DESC' | null;
}

/**
 * A statement list hanging from a parent (an actor's statements, an article's): batched across all
 * parents of the same level by DataLoader, one query per level whatever the number of parents.
 */
export async function statementsOf(
  parent: StatementParent,
  parentId: string,
  args: NestedStatementArgs,
  ctx: Context,
): Promise<StatementPage> {
  const window = pageWindow(args);
  const stance = args.stance ?? null;
  const direction = args.orderBy === 'DATE_DESC' ? 'DESC' : 'ASC';
  const rows = await ctx.loaders
    .many(STATEMENTS_OF_PARENTS[parent][direction], {
      stance,
      fetch: window.fetch,
      afterKey: window.afterKey,
      afterId: window.afterId,
    })
    .load(parentId);
  const page = toConnection(rows, window, async () =>
    ctx.loaders
      .one(STATEMENT_COUNTS_OF_PARENTS[parent], { stance })
      .load(parentId)
      .then((n) => n ?? 0),
  );
  return { ...page, facets: { kind: 'parent', parent, parentId, stance } };
}
