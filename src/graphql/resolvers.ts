import { type GraphQLObjectType, buildSchema, isObjectType } from 'graphql';
import { ACTOR_PLANS, ACTOR_ROOTS } from '../actors/plan';
import { ARTICLE_PLANS, ARTICLE_ROOTS } from '../articles/plan';
import { CLAIM_PLANS } from '../events/claims';
import { EVENT_PLANS, EVENT_ROOTS } from '../events/plan';
import type { Resolvers } from '../generated/graphql';
import { ingestMutations } from '../ingest/resolvers';
import { PATH_ROOTS } from '../paths/plan';
import { PLACE_PLANS, PLACE_ROOTS } from '../places/plan';
import { byResponseKey, connectionResolvers, edgeResolvers, pageInfoResolvers } from '../planner/connection';
import type { PlanRegistry } from '../planner/plan';
import { type RootPlan, rootNode } from '../planner/roots';
import { SEARCH_ROOTS } from '../search/plan';
import { FACET_PLANS } from '../statements/facets';
import { STATEMENT_PLANS, STATEMENT_ROOTS } from '../statements/plan';
import { plannedResolver } from './planned';
import { DateScalar } from './scalars';
import { loadTypeDefs } from './schema';

/** Each subject's field plans, merged per type (a subject may add fields to another's type). */
function mergePlans(...registries: PlanRegistry[]): PlanRegistry {
  const merged: PlanRegistry = {};
  for (const registry of registries) {
    for (const [type, fields] of Object.entries(registry)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export const PLANS = mergePlans(
  ACTOR_PLANS,
  EVENT_PLANS,
  STATEMENT_PLANS,
  FACET_PLANS,
  CLAIM_PLANS,
  ARTICLE_PLANS,
  PLACE_PLANS,
);

export const ROOTS: Record<string, RootPlan> = {
  node: rootNode,
  ...ACTOR_ROOTS,
  ...EVENT_ROOTS,
  ...STATEMENT_ROOTS,
  ...ARTICLE_ROOTS,
  ...PLACE_ROOTS,
  ...SEARCH_ROOTS,
  ...PATH_ROOTS,
};

type FieldResolvers = Record<string, unknown>;

/** Every field of the planned types reads its response key; connections, edges and pageInfo cut pages. */
function plannedTypeResolvers(): Record<string, FieldResolvers> {
  const schema = buildSchema(loadTypeDefs());
  const byKey = (type: GraphQLObjectType): FieldResolvers =>
    Object.fromEntries(Object.keys(type.getFields()).map((field) => [field, byResponseKey]));
  const result: Record<string, FieldResolvers> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    if (type.name.endsWith('Connection')) result[type.name] = { ...byKey(type), ...connectionResolvers };
    else if (type.name.endsWith('Edge')) result[type.name] = { ...byKey(type), ...edgeResolvers };
    else if (type.name in PLANS || /^(Path|SideClaims|FigureSpread)$|Facets$|Count$/.test(type.name))
      result[type.name] = byKey(type);
  }
  result.PageInfo = pageInfoResolvers;
  return result;
}

/**
 * Whether a field reads its value by response key (`byResponseKey`): a field of a planned type that
 * the planner's answer carries. (Compared here, on the resolver map: the executable schema holds
 * bound copies of the functions.)
 */
export function readsByResponseKey(type: string, field: string): boolean {
  const fields = (resolvers as unknown as Record<string, Record<string, unknown> | undefined>)[type];
  return fields?.[field] === byResponseKey;
}

const resolveType = (value: { __typename: string }) => value.__typename;

export const resolvers = {
  Date: DateScalar,
  ...plannedTypeResolvers(),
  Query: Object.fromEntries(
    Object.entries(ROOTS).map(([name, root]) => [name, plannedResolver(PLANS, name, root)]),
  ),
  Mutation: ingestMutations,
  Node: { __resolveType: resolveType },
  SearchHit: { __resolveType: resolveType },
} as unknown as Resolvers;
