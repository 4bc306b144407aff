import Cypher from '@neo4j/cypher-builder';
import type { RelatedPlan, Scope } from './plan';

type PatternOf = RelatedPlan['pattern'];

/** (value)-[:TYPE]->(m:Label) */
export const outgoing =
  (type: string, label: string): PatternOf =>
  (scope: Scope, m, r) =>
    new Cypher.Pattern(scope.n).related(r, { type, direction: 'right' }).to(m, { labels: [label] });

/** (value)<-[:TYPE]-(m:Label) */
export const incoming =
  (type: string, label: string): PatternOf =>
  (scope: Scope, m, r) =>
    new Cypher.Pattern(scope.n).related(r, { type, direction: 'left' }).to(m, { labels: [label] });

/** (:Label {id: $id}) — a lookup through the label's uniqueness constraint. */
export function byId(m: Cypher.Node | undefined, label: string, id: unknown): Cypher.Pattern {
  const node = { labels: [label], properties: { id: new Cypher.Param(id) } };
  return m ? new Cypher.Pattern(m, node) : new Cypher.Pattern(node);
}
