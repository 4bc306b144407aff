import Cypher from '@neo4j/cypher-builder';
import type { SelectionSetNode } from 'graphql';
import { type Compilation, projectValue, rootConnection } from './compile';
import { worstSize } from './cost';
import { type Args, Level, type ListPlan } from './plan';
import { byId } from './patterns';

/**
 * What a root field returns, for the cost of an operation: `items` values of `type` (a page of a
 * connection when `connection`), known before anything runs.
 */
export interface RootShape {
  type: string;
  items: (args: Args) => number;
  connection?: boolean;
}

/**
 * A root field compiled into one query that returns one row with the column `value` (the answer,
 * shaped as GraphQL wants it), or no row for null. Null instead of a query: the answer is known
 * without the database (an id of no kind we have).
 */
export type RootPlan = ((
  c: Compilation,
  args: Args,
  selections: readonly SelectionSetNode[],
) => Cypher.Clause | null) & { shape?: RootShape };

export function shaped(plan: RootPlan, shape: RootShape): RootPlan {
  return Object.assign(plan, { shape });
}

/** `actor(id:)` and its kind: one node by id through the uniqueness constraint. */
export const rootById = (label: string): RootPlan =>
  shaped(
    (c, args, selections) => {
      const n = new Cypher.Node();
      const level = new Level(true);
      const value = projectValue(c, label, level.scope(n), selections);
      return level.finish(new Cypher.Match(byId(n, label, args.id)).with(n), [value, 'value']);
    },
    { type: label, items: () => 1 },
  );

/** A top-level connection (`statements`, `events` …). */
export const rootList = (plan: ListPlan): RootPlan =>
  shaped((c, args, selections) => rootConnection(c, plan, args, selections), {
    type: plan.type,
    items: (args) => worstSize(plan.bound, args),
    connection: true,
  });

/** Ids carry their kind as a prefix (`actor:…`); the node is read through its own label's constraint. */
const KIND_LABELS: Record<string, string> = {
  actor: 'Actor',
  event: 'Event',
  statement: 'Statement',
  place: 'Place',
  article: 'Article',
};

/** `node(id:)`: null without a query when the id names no kind we have. */
export const rootNode: RootPlan = shaped(
  (c, args, selections) => {
    const id = String(args.id);
    const label = KIND_LABELS[id.slice(0, id.indexOf(':'))];
    if (!label) return null;
    const n = new Cypher.Node();
    const level = new Level(true);
    const value = projectValue(c, 'Node', level.scope(n), selections);
    return level.finish(new Cypher.Match(byId(n, label, id)).with(n), [value, 'value']);
  },
  { type: 'Node', items: () => 1 },
);
