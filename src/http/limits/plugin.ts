import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import { longestTextArgument } from './argumentLength';
import type { Limits } from './config';
import type { CostEstimator } from './cost';
import { LimitError, UnsupportedOperationError } from './limitError';
import { measureDocument } from './shape';

export interface LimitsPluginOptions {
  limits: Limits;
  /** The worst-case rows of an operation (the query planner's `plannerCostEstimator`). */
  costEstimator: (schema: GraphQLSchema) => CostEstimator;
}

/**
 * Holds every operation to the shape and cost limits once it is parsed, validated and its variables are
 * known, before any resolver runs: operation kind, depth, aliases, directives, argument lengths, then
 * cost. (Tokens are counted on the raw text before Apollo parses it: see `tokenGuard`. With the text
 * that short, parsing and validation are cheap.) Errors thrown here answer 400 with the limit's code.
 */
export function limitsPlugin({
  limits,
  costEstimator,
}: LimitsPluginOptions): ApolloServerPlugin<BaseContext> {
  const estimators = new WeakMap<GraphQLSchema, CostEstimator>();
  const estimatorFor = (schema: GraphQLSchema): CostEstimator => {
    let estimator = estimators.get(schema);
    if (!estimator) estimators.set(schema, (estimator = costEstimator(schema)));
    return estimator;
  };

  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operation, operationName, schema }) {
          if (operation?.operation === 'subscription') throw new UnsupportedOperationError('subscription');
          const shape = measureDocument(document);
          if (shape.depth > limits.maxDepth) throw new LimitError('maxDepth', limits.maxDepth, shape.depth);
          if (shape.aliases > limits.maxAliases) {
            throw new LimitError('maxAliases', limits.maxAliases, shape.aliases);
          }
          if (shape.directives > limits.maxDirectives) {
            throw new LimitError('maxDirectives', limits.maxDirectives, shape.directives);
          }
          const variables = request.variables ?? {};
          const longest = longestTextArgument(schema, document, variables);
          if (longest && longest.length > limits.maxStringLength) {
            const subject = `argument ${longest.name}`;
            throw new LimitError('maxStringLength', limits.maxStringLength, longest.length, subject);
          }
          const cost = estimatorFor(schema)(document, variables, operationName);
          if (cost > limits.maxCost) throw new LimitError('maxCost', limits.maxCost, cost);
        },
      };
    },
  };
}
