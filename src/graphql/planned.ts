import type { GraphQLFieldResolver, SelectionSetNode } from 'graphql';
import { cypher } from '../db/graph';
import type { Compilation } from '../planner/compile';
import type { PlanRegistry } from '../planner/plan';
import type { RootPlan } from '../planner/roots';
import type { Context } from './context';

/**
 * A root field's resolver: compile its whole selection into one Cypher query and run it, one round
 * trip; the answer comes back shaped as GraphQL wants it.
 */
export function plannedResolver(
  plans: PlanRegistry,
  name: string,
  root: RootPlan,
): GraphQLFieldResolver<unknown, Context, Record<string, unknown>> {
  return async (_parent, args, ctx, info) => {
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
    if (!clause) return null;
    const { cypher: text, params } = clause.build();
    const rows = await ctx.graph.read<{ value: unknown }>(cypher(`Query.${name}`, text), params);
    return rows[0]?.value ?? null;
  };
}
