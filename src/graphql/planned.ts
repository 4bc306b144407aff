import type { GraphQLFieldResolver, SelectionSetNode } from 'graphql';
import { cypher } from '../db/graph';
import type { Compilation } from '../planner/compile';
import type { PlanRegistry } from '../planner/plan';
import type { RootPlan } from '../planner/roots';
import { type Built, BuiltQueries } from './builtQueries';
import type { Context } from './context';

/**
 * A root field's resolver: compile its whole selection into one Cypher query and run it, one round
 * trip; the answer comes back shaped as GraphQL wants it. A query asked again with the same variables
 * reuses the Cypher built the first time (see builtQueries.ts).
 */
export function plannedResolver(
  plans: PlanRegistry,
  name: string,
  root: RootPlan,
  built: BuiltQueries = new BuiltQueries(),
): GraphQLFieldResolver<unknown, Context, Record<string, unknown>> {
  return async (_parent, args, ctx, info) => {
    const query = built.for(info, (): Built | null => {
      const compilation: Compilation = {
        schema: info.schema,
        fragments: info.fragments,
        variables: info.variableValues,
        plans,
      };
      const selections = info.fieldNodes
        .map((field) => field.selectionSet)
        .filter((set): set is SelectionSetNode => set !== undefined);
      const clause = root(compilation, args, selections);
      return clause ? clause.build() : null;
    });
    if (!query) return null;
    const rows = await ctx.graph.read<{ value: unknown }>(
      cypher(`Query.${name}`, query.cypher),
      query.params,
    );
    return rows[0]?.value ?? null;
  };
}
