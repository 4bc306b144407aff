import type Cypher from '@neo4j/cypher-builder';

/** Argument values of one field, after variables and defaults are applied. */
export type Args = Record<string, unknown>;

/** What a field's Cypher can refer to: the node of the value being projected, and the relationship that reached it. */
export interface Scope {
  n: Cypher.Node;
  r?: Cypher.Relationship;
  /** The node the relationship started from (a Source's statement), where the type reads it. */
  owner?: Cypher.Node;
}

export type Direction = 'ASC' | 'DESC';

/** How many items a list field returns: a default, a hard maximum, and the argument that asks for more. */
export interface Bound {
  default: number;
  max: number;
  /** The argument clients set the size with (`first`); without one the default is the only size. */
  arg?: string;
}

/** A leaf: a property or an expression over the scope (COUNT {}, coalesce …). */
export interface ScalarPlan {
  kind: 'scalar';
  value: (scope: Scope, args: Args) => Cypher.Expr;
}

/** The value itself under another type (Source.article is the article the SOURCE relationship reaches). */
export interface SelfPlan {
  kind: 'self';
  type: string;
}

/** Related nodes: the pattern from the parent to them, their filter, order and bound. */
export interface RelatedPlan {
  kind: 'one' | 'many';
  type: string;
  pattern: (scope: Scope, m: Cypher.Node, r: Cypher.Relationship) => Cypher.Pattern;
  where?: (scope: Scope, m: Cypher.Node, args: Args) => Cypher.Predicate | undefined;
  /** Sort keys of a `many` list (id last, so the order is total). */
  order?: (m: Cypher.Node, r: Cypher.Relationship) => [Cypher.Expr, Direction][];
  distinct?: boolean;
  /** Whether the target type reads the relationship (Source reads SOURCE's offsets). */
  withRelationship?: boolean;
  bound?: Bound;
}

/** Where a list's cursor resumes: the sort key and id of the last item of the previous page. */
export interface Keyset {
  key: string | number | null;
  id: string;
}

/** What a list source gets to build its Cypher from. */
export interface ListInput {
  m: Cypher.Node;
  key: Cypher.Variable;
  args: Args;
  after: Keyset | null;
  /** Rows to read: the page size plus one, to know whether there is a next page. */
  fetch: Cypher.Expr;
  parent?: Scope;
}

/**
 * A paged list (a Relay connection): one subquery that returns `m` and its sort `key`, filtered, in
 * order, at most `fetch` rows, resuming after the cursor; and the count of everything it filters.
 */
export interface ListPlan {
  kind: 'list';
  /** Names the list in cursors, so a cursor from another list is refused. */
  name: string;
  type: string;
  /** The order the list is in (a cursor is valid only for the order it was issued for). */
  direction: (args: Args) => Direction;
  rows: (input: ListInput) => Cypher.Clause;
  count: (input: Omit<ListInput, 'after' | 'fetch' | 'key'>) => Cypher.Expr;
  bound: Bound;
  /** Arguments that do not change which list this is (the page). */
}

export type FieldPlan = ScalarPlan | SelfPlan | RelatedPlan | ListPlan;

/** How each field of one GraphQL object type is read from the graph. */
export type TypePlan = Record<string, FieldPlan>;

/** Every type the planner can project, by GraphQL type name. */
export type PlanRegistry = Record<string, TypePlan>;
