import type { DocumentNode } from 'graphql';

/**
 * The worst-case number of rows an operation can make the server fetch, from its document and
 * variables alone (nothing is run). The query planner can supply an exact one; `staticCostEstimator`
 * is the stand-in. It runs after validation, so the document is known to be valid for the schema.
 */
export type CostEstimator = (
  document: DocumentNode,
  variables: Readonly<Record<string, unknown>>,
  operationName: string | null,
) => number;
