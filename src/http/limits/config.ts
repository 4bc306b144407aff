import { positiveInt } from '../../env';

/**
 * The limits every GraphQL request is held to before anything touches Neo4j. Each has a default
 * sized for this schema (a connection adds two levels, `edges` and `node`, to a query's depth) and
 * an environment variable to change it.
 */
export interface Limits {
  /** Deepest field nesting, fragments expanded (introspection's `ofType` chains not counted). */
  maxDepth: number;
  /** Aliased fields in a document, fragments expanded as often as they are spread. */
  maxAliases: number;
  /** Lexical tokens in the query text (comments excluded), counted before it is parsed. */
  maxTokens: number;
  /** Directives in a document, fragments expanded. */
  maxDirectives: number;
  /** Worst-case rows an operation may ask for, as the cost estimator counts them. */
  maxCost: number;
  /** Characters in one String or ID argument (search words, ids, cursors, names). */
  maxStringLength: number;
}

export const LIMIT_VARIABLES: Record<keyof Limits, string> = {
  maxDepth: 'GRAPHQL_MAX_DEPTH',
  maxAliases: 'GRAPHQL_MAX_ALIASES',
  maxTokens: 'GRAPHQL_MAX_TOKENS',
  maxDirectives: 'GRAPHQL_MAX_DIRECTIVES',
  maxCost: 'GRAPHQL_MAX_COST',
  maxStringLength: 'GRAPHQL_MAX_STRING_LENGTH',
};

export const DEFAULT_LIMITS: Limits = {
  maxDepth: 10,
  maxAliases: 15,
  maxTokens: 1000,
  maxDirectives: 20,
  maxCost: 150_000,
  maxStringLength: 512,
};

/** Reads the limits from the environment; a value that is not a positive whole number stops start-up. */
export function limitsFromEnv(env: NodeJS.ProcessEnv = process.env): Limits {
  const entries = (Object.keys(LIMIT_VARIABLES) as (keyof Limits)[]).map(
    (key) => [key, positiveInt(env, LIMIT_VARIABLES[key], DEFAULT_LIMITS[key])] as const,
  );
  return Object.fromEntries(entries) as unknown as Limits;
}
