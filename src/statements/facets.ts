import neo4j from 'neo4j-driver';
import type { StatementFacetsResolvers } from '../generated/graphql';
import type { Context } from '../graphql/context';
import { pageSize } from '../graphql/pagination';
import { type FacetName, STATEMENT_FACETS, STATEMENT_FACETS_OF_PARENTS } from './queries';
import type { FacetRows, FacetScope } from './rows';

/** One facet over a list's whole filtered set: one query, or one batched query per level when nested. */
async function facet<F extends FacetName>(
  scope: FacetScope,
  name: F,
  limit: number | null,
  ctx: Context,
): Promise<FacetRows[F][]> {
  // Stances, outlets and months are never cut: every value present is counted.
  const params = limit === null ? {} : { limit: neo4j.int(limit) };
  if (scope.kind === 'parent') {
    const query = STATEMENT_FACETS_OF_PARENTS[scope.parent][name];
    return ctx.loaders.many(query, { ...params, stance: scope.stance }).load(scope.parentId);
  }
  const query = STATEMENT_FACETS[scope.anchor][name];
  return (await ctx.graph.read(query, { ...scope.filters, ...params })).map((r) => r.row);
}

export const StatementFacets: StatementFacetsResolvers = {
  stance: (scope, _args, ctx) => facet(scope, 'stance', null, ctx),
  speakers: (scope, { first }, ctx) => facet(scope, 'speakers', pageSize(first, 10), ctx),
  targets: (scope, { first }, ctx) => facet(scope, 'targets', pageSize(first, 10), ctx),
  outlets: (scope, _args, ctx) => facet(scope, 'outlets', null, ctx),
  months: (scope, _args, ctx) => facet(scope, 'months', null, ctx),
};
