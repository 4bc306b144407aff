import Cypher from '@neo4j/cypher-builder';
import type { SortDirection } from '../generated/enums';

/** Argument values of one field, after variables and defaults are applied. */
export type Args = Record<string, unknown>;

/** What a field's Cypher can refer to: the node of the value being projected, and the relationship that reached it. */
export interface Scope {
  n: Cypher.Node;
  r?: Cypher.Relationship;
  /** The node the relationship started from (a Source's statement), where the type reads it. */
  owner?: Cypher.Node;
  /**
   * Runs a subquery (`CALL (imports) { … RETURN x AS v }`, one row) before this value's map is
   * returned, for fields that aggregate (facets, contested): Neo4j refuses an aggregating function
   * inside a subquery expression of a projection that also reads other variables.
   */
  hoist?: (hoisted: Hoisted) => void;
  /**
   * Whether a page may be read by a subquery hoisted to this value's level: only where the level is
   * a clause of the query (the root, a page's rows), not inside a subquery expression (COLLECT {}),
   * where Neo4j refuses the collect() such a subquery ends with.
   */
  pagesHoist?: boolean;
  /** Stored properties of `n` already read into variables (a page's `id`): projected from them. */
  read?: Record<string, Cypher.Variable>;
}

export type Hoisted =
  | {
      subquery: Cypher.Clause;
      /** The outer variables it reads ('*': all, for subqueries built by a list for its parent). */
      imports: Cypher.Variable[] | '*';
    }
  | {
      /**
       * An OPTIONAL MATCH that binds at most one row per row of the level (a lookup through a
       * uniqueness constraint), run in the level itself rather than as a subquery.
       */
      optional: Cypher.OptionalMatch;
    };

/** The SDL's SortDirection. */
export type Direction = SortDirection;

/** How many items a list field returns: a default, a hard maximum, and the argument that asks for more. */
export interface Bound {
  default: number;
  max: number;
  /** The argument clients set the size with (`first`); without one the default is the only size. */
  arg?: string;
}

/**
 * A sort key of a `many` list: a stored property of the related node, or of the relationship that
 * reached it. Named, not an expression, so the list can be sorted on the map it projects (which holds
 * the properties already read) instead of reading them again.
 */
export type SortKey = [property: string, direction: Direction, of?: 'relationship'];

/** A leaf: a property or an expression over the scope (COUNT {}, coalesce …). */
export interface ScalarPlan {
  kind: 'scalar';
  value: (scope: Scope, args: Args) => Cypher.Expr;
  /** Set when the value is the node's property of this name as stored (a map projection's `.name`). */
  property?: string;
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
  /** Sort keys of a `many` list (id last, so the order is total); by id when unset. */
  order?: SortKey[];
  distinct?: boolean;
  /**
   * `one` only: the pattern reaches at most one node whatever the data (a lookup through a uniqueness
   * constraint, as a statement's speaker by its key speakerId), so it needs no LIMIT 1 and no subquery.
   */
  unique?: boolean;
  /** Whether the target type reads the relationship (Source reads SOURCE's offsets). */
  withRelationship?: boolean;
  bound?: Bound;
}

/** Where a list's cursor resumes: the sort key and id of the last item of the previous page. */
export interface Keyset {
  /** One sort key, or several (a claim's event date, then its claimant's name). */
  key: string | number | null | (string | number | null)[];
  id: string;
}

/** What a list source gets to build its Cypher from. */
export interface ListInput {
  m: Cypher.Node;
  key: Cypher.Variable;
  /**
   * `m.id`, the last sort key of every list: read once where the rows are ordered, then carried with
   * them, so ordering the page again, its cursors and its `id` fields read nothing more.
   */
  id: Cypher.Variable;
  args: Args;
  after: Keyset | null;
  /** Rows to read: the page size plus one, to know whether there is a next page. */
  fetch: Cypher.Expr;
  parent?: Scope;
  /** Whether the rows are read in a hoisted subquery, where they may be collected (an aggregation). */
  hoisted: boolean;
}

/**
 * A paged list (a Relay connection): one subquery that returns `m`, its sort `key` and its `id`,
 * filtered, in order, at most `fetch` rows, resuming after the cursor; and the count of everything it
 * filters.
 */
export interface ListPlan {
  kind: 'list';
  /** Names the list in cursors, so a cursor from another list is refused. */
  name: string;
  type: string;
  /** The order the list is in (a cursor is valid only for the order it was issued for). */
  direction: (args: Args) => Direction;
  rows: (input: ListInput) => Cypher.Clause;
  /**
   * The stored property of `m` that the rows' sort key is, for these arguments, when it is one (a
   * statement's `date`): a page projects that field from the key it has already read.
   */
  keyProperty?: (args: Args) => string | undefined;
  /** Every item the filters keep, bound to `m` (no order, no page): what totalCount and facets count. */
  members: (input: MembersInput) => Cypher.Clause & Withable;
  bound: Bound;
  /**
   * Fields of the connection computed over all its members (`StatementConnection.facets`,
   * `CasualtyClaimConnection.bySide`), projected only when selected.
   */
  aggregates?: Record<string, (c: FacetInput) => Aggregated>;
  /** totalCount from something cheaper than counting the members (counters kept at write time). */
  total?: (args: Args) => Cypher.Expr | undefined;
}

/** An aggregate's value, and the list's total when it counted the members in the same pass. */
export interface Aggregated {
  value: Cypher.Expr;
  total?: Cypher.Expr;
}

export type MembersInput = Omit<ListInput, 'after' | 'fetch' | 'key' | 'id' | 'hoisted'>;

/** What a list's facets get: fresh member sets (one per facet) and the facets' selections. */
export interface FacetInput {
  /** Where the facets' aggregating subqueries run: the level of the list's parent. */
  hoist: (hoisted: Hoisted) => void;
  members: () => { m: Cypher.Node; clause: Cypher.Clause & Withable };
  /** The list's arguments (its filters), for an aggregate that answers some filters from counters. */
  args: Args;
  selections: readonly import('graphql').SelectionSetNode[];
  /** Whether totalCount is selected too: an aggregate that passes over every member may count them. */
  countTotal: boolean;
  project: (
    typeName: string,
    n: Cypher.Node,
    selections: readonly import('graphql').SelectionSetNode[],
    level: Level,
  ) => Cypher.Expr;
  operation: import('./selection').Operation;
}

/** A clause a WITH can follow (MATCH, CALL, a procedure's YIELD, WITH). */
export interface Withable {
  with(...columns: (Cypher.Variable | [Cypher.Expr, Cypher.Variable])[]): Cypher.With;
}

/**
 * A value its parent's plan projects (facet counts): listed here only for the cost of an operation,
 * as `bound` items of `type`.
 */
export interface ComputedPlan {
  kind: 'computed';
  type: string;
  bound?: Bound;
}

export type FieldPlan = ScalarPlan | SelfPlan | RelatedPlan | ListPlan | ComputedPlan;

/** How each field of one GraphQL object type is read from the graph. */
export type TypePlan = Record<string, FieldPlan>;

/** Every type the planner can project, by GraphQL type name. */
export type PlanRegistry = Record<string, TypePlan>;

/** The subqueries hoisted while projecting the values bound at one point of a query. */
export class Level {
  readonly hoisted: Hoisted[] = [];

  /** `pagesHoist`: see Scope; true only for levels that are clauses of the query. */
  constructor(readonly pagesHoist = false) {}

  readonly hoist = (hoisted: Hoisted): void => {
    this.hoisted.push(hoisted);
  };

  /** A scope at this level. */
  scope(n: Cypher.Node, extra: Omit<Scope, 'n' | 'hoist'> = {}): Scope {
    return { n, ...extra, hoist: this.hoist, pagesHoist: this.pagesHoist };
  }

  /** `tail`, then every hoisted subquery, then RETURN `columns`. */
  finish(tail: Cypher.With, ...columns: Parameters<Cypher.With['return']>): Cypher.Return {
    let current = tail;
    for (const hoisted of this.hoisted)
      current = (
        'optional' in hoisted
          ? current.optionalMatch(hoisted.optional)
          : current.call(hoisted.subquery, hoisted.imports)
      ).with('*');
    return current.return(...columns);
  }

  /** Every hoisted subquery, then RETURN `columns`: a query that starts here, with nothing bound yet. */
  start(...columns: ConstructorParameters<typeof Cypher.Return>): Cypher.Clause {
    const calls = this.hoisted.map((hoisted) =>
      'optional' in hoisted ? hoisted.optional : new Cypher.Call(hoisted.subquery, hoisted.imports),
    );
    return Cypher.utils.concat(...calls, new Cypher.Return(...columns));
  }
}
