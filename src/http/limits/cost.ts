import type { DocumentNode } from 'graphql';

/**
 * The worst-case number of rows an operation can make the server fetch, from its document and
 * variables alone (nothing is run). The API uses the query planner's (`plannerCostEstimator` in
 * src/graphql/cost.ts), from the same list bounds its Cypher applies. It runs after validation, so the
 * document is known to be valid for the schema.
 */
export type CostEstimator = (
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  operationName: string | null,
) => number;
