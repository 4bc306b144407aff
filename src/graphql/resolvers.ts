import { Actor, Role, actorQueries } from '../actors/resolvers';
import { Article, Source, articleQueries } from '../articles/resolvers';
import { CasualtyClaim, Event, eventQueries } from '../events/resolvers';
import type { Resolvers } from '../generated/graphql';
import { ingestMutations } from '../ingest/resolvers';
import { Path, pathQueries } from '../paths/resolvers';
import { Place, placeQueries } from '../places/resolvers';
import { searchQueries } from '../search/resolvers';
import { StatementFacets } from '../statements/facets';
import { Statement, statementQueries } from '../statements/resolvers';
import { loadNode, resolveNodeType } from './nodes';
import type { ConnectionPage } from './pagination';
import { DateScalar } from './scalars';

/** totalCount is a field resolver so the count query runs only when a client selects it. */
const connection = { totalCount: <Row>(page: ConnectionPage<Row>) => page.count() };

export const resolvers: Resolvers = {
  Date: DateScalar,
  Query: {
    node: (_root, { id }, ctx) => loadNode(id, ctx),
    ...actorQueries,
    ...eventQueries,
    ...statementQueries,
    ...articleQueries,
    ...placeQueries,
    ...searchQueries,
    ...pathQueries,
  },
  Mutation: ingestMutations,
  Node: { __resolveType: resolveNodeType },
  SearchHit: { __resolveType: resolveNodeType },
  Actor,
  Role,
  Event,
  CasualtyClaim,
  Statement,
  StatementFacets,
  Article,
  Source,
  Place,
  Path,
  ActorConnection: connection,
  EventConnection: connection,
  StatementConnection: connection,
  ArticleConnection: connection,
  CasualtyClaimConnection: { ...connection, bySide: (page) => page.bySide() },
  PlaceConnection: connection,
};
