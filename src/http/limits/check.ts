import type { BaseContext, GraphQLRequestContextDidResolveOperation } from '@apollo/server';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import { type TextArgument, longestOf, textArguments } from './argumentLength';
import type { Limits } from './config';
import type { CostEstimator } from './cost';
import { LimitError, UnsupportedOperationError } from './limitError';
import { type Shape, measureDocument } from './shape';

export interface LimitsOptions {
  limits: Limits;
  /** The worst-case rows of an operation (the query planner's `plannerCostEstimator`). */
  costEstimator: (schema: GraphQLSchema) => CostEstimator;
}

/** What the limits read from a document alone, worked out once per schema and document. */
interface Analysis {
  cost: CostEstimator;
  documents: WeakMap<DocumentNode, { shape: Shape; texts: TextArgument[] }>;
}

/**
 * Holds every operation to the shape and cost limits once it is parsed, validated and its variables are
 * known, before any resolver runs: operation kind, depth, aliases, directives, argument lengths, then
 * cost. (Tokens are counted on the raw text before Apollo parses it: see `tokenGuard`. With the text
 * that short, parsing and validation are cheap.) Run from the API plugin's `didResolveOperation`
 * (src/http/apiPlugin.ts): errors thrown here answer 400 with the limit's code.
 *
 * Apollo's document store hands back the same parsed document for the same query text, so what
 * depends on the document alone (its shape, where its text arguments are) is kept per document, and a
 * repeated query only reads its variables; the cost depends on them and is worked out every time.
 */
export function limitsCheck({
  limits,
  costEstimator,
}: LimitsOptions): (request: GraphQLRequestContextDidResolveOperation<BaseContext>) => void {
  const analyses = new WeakMap<GraphQLSchema, Analysis>();
  const analysisFor = (schema: GraphQLSchema): Analysis => {
    let analysis = analyses.get(schema);
    if (!analysis)
      analyses.set(schema, (analysis = { cost: costEstimator(schema), documents: new WeakMap() }));
    return analysis;
  };
  const documentOf = (analysis: Analysis, schema: GraphQLSchema, document: DocumentNode) => {
    let known = analysis.documents.get(document);
    if (!known) {
      known = { shape: measureDocument(document), texts: textArguments(schema, document) };
      analysis.documents.set(document, known);
    }
    return known;
  };

  return ({ document, request, operation, operationName, schema }) => {
    if (operation?.operation === 'subscription') throw new UnsupportedOperationError('subscription');
    const analysis = analysisFor(schema);
    const { shape, texts } = documentOf(analysis, schema, document);
    if (shape.depth > limits.maxDepth) throw new LimitError('maxDepth', limits.maxDepth, shape.depth);
    if (shape.aliases > limits.maxAliases) {
      throw new LimitError('maxAliases', limits.maxAliases, shape.aliases);
    }
    if (shape.directives > limits.maxDirectives) {
      throw new LimitError('maxDirectives', limits.maxDirectives, shape.directives);
    }
    const variables = request.variables ?? {};
    const longest = longestOf(texts, variables);
    if (longest && longest.length > limits.maxStringLength) {
      const subject = `argument ${longest.name}`;
      throw new LimitError('maxStringLength', limits.maxStringLength, longest.length, subject);
    }
    const cost = analysis.cost(document, variables, operationName);
    if (cost > limits.maxCost) throw new LimitError('maxCost', limits.maxCost, cost);
  };
}
