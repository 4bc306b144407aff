import type { GraphQLFieldResolver, SelectionSetNode } from 'graphql';
import { cypher } from '../db/graph';
import type { Compilation } from '../planner/compile';
import type { PlanRegistry } from '../planner/plan';
import type { RootPlan } from '../planner/roots';
import type { Context } from './context';
import { ShapeCache } from './shapeCache';

/**
 * A root field's resolver: compile its whole selection into one Cypher query and run it, one round
 * trip; the answer comes back shaped as GraphQL wants it. The query's text is reused for requests
 * whose variables give it the same shape (./shapeCache.ts); their own values are its parameters.
 */
export function plannedResolver(
  plans: PlanRegistry,
  name: string,
  root: RootPlan,
): GraphQLFieldResolver<unknown, Context, Record<string, unknown>> {
  const shapes = new ShapeCache();
  return async (_parent, args, ctx, info) => {
    const selections = info.fieldNodes
      .map((field) => field.selectionSet)
      .filter((set): set is SelectionSetNode => set !== undefined);
    const build = (variables: Record<string, unknown>, fieldArgs: Record<string, unknown>) => {
      const compilation: Compilation = { schema: info.schema, fragments: info.fragments, variables, plans };
      return root(compilation, fieldArgs, selections)?.build() ?? null;
    };
    const built = shapes.build(info, args, build);
    if (!built) return null;
    const { cypher: text, params } = built;
    const rows = await ctx.graph.read<{ value: unknown }>(cypher(`Query.${name}`, text), params);
    return rows[0]?.value ?? null;
  };
}
