/**
 * A value the planner's Cypher returns already shaped like the GraphQL answer: keys are response keys
 * (aliases), so the default field resolver reads them (see `fieldByResponseKey`).
 */
export type Projected = Record<string, unknown>;
