import type { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import type { Params } from '../db/graph';

/** A root field's Cypher as the planner built it: its text and its parameters. */
export interface Built {
  cypher: string;
  params: Params;
}

/** How many built queries are kept: a few hundred texts of some kilobytes each. */
const CAPACITY = 256;

/**
 * The planner's query for a root field, kept for the next request that asks the same thing: the same
 * operation (Apollo's document store hands back the same parsed document for the same query text),
 * the same root field and the same variables. The planner's output depends on nothing else (schema,
 * fragments, arguments and variables), so the kept query is the one it would build again. Bounded:
 * the least recently used is dropped first; an operation dropped from Apollo's store ages out here.
 */
export class BuiltQueries {
  private readonly operations = new WeakMap<OperationDefinitionNode, number>();
  private nextOperation = 0;
  private readonly built = new Map<string, Built>();

  constructor(private readonly capacity = CAPACITY) {}

  get size(): number {
    return this.built.size;
  }

  /** The kept query for this field of this request, or the one `build` makes (then kept). */
  for(info: GraphQLResolveInfo, build: () => Built | null): Built | null {
    const key = this.keyOf(info);
    const kept = this.built.get(key);
    if (kept) {
      // Map order is insertion order: re-inserting marks it most recently used.
      this.built.delete(key);
      this.built.set(key, kept);
      return kept;
    }
    const made = build();
    if (!made) return null;
    this.built.set(key, made);
    if (this.built.size > this.capacity) {
      const oldest = this.built.keys().next().value;
      if (oldest !== undefined) this.built.delete(oldest);
    }
    return made;
  }

  private keyOf(info: GraphQLResolveInfo): string {
    let operation = this.operations.get(info.operation);
    if (operation === undefined) this.operations.set(info.operation, (operation = this.nextOperation++));
    return `${operation}\u0000${String(info.path.key)}\u0000${JSON.stringify(info.variableValues)}`;
  }
}
