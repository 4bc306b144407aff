import Cypher from '@neo4j/cypher-builder';
import type { ScalarPlan } from '../planner/plan';

/**
 * The states an actor (bound to `x`) acts for: itself when it is one, the state it is part of, or the
 * state of an organization in which it holds a role. Read from the graph's PART_OF/HELD/OF structure.
 */
const statesOf = (x: string) => `COLLECT {
    MATCH (${x})-[:PART_OF*0..3]->(st:Actor {kind: 'STATE'}) RETURN st
    UNION
    MATCH (${x})-[:HELD]->(:Role)-[:OF]->(:Actor)-[:PART_OF*0..3]->(st:Actor {kind: 'STATE'}) RETURN st
  }`;

/**
 * Whether an event is contested: among its responses, actors of some state X accuse state Y or its
 * actors, and actors of Y accuse X or its actors back (X ≠ Y). Fixed Cypher (its shape never varies),
 * with the event compiled in as a variable; an EXISTS, so it stops at the first such pair.
 */
export function isContested(e: Cypher.Node): Cypher.Predicate {
  return new Cypher.Exists(
    new Cypher.Raw((ctx) => {
      const event = ctx.compile(e);
      return `MATCH (sp1:Actor)-[:SAID]->(s1:Statement {stance: 'ACCUSES'})-[:RESPONDS_TO]->(${event}),
      (s1)-[:TARGETS]->(t1:Actor)
MATCH (sp2:Actor)-[:SAID]->(s2:Statement {stance: 'ACCUSES'})-[:RESPONDS_TO]->(${event}),
      (s2)-[:TARGETS]->(t2:Actor)
WHERE s1 <> s2
WITH ${statesOf('sp1')} AS accusers, ${statesOf('t1')} AS accused,
     ${statesOf('sp2')} AS accusersBack, ${statesOf('t2')} AS accusedBack
WHERE any(x IN accusers WHERE x IN accusedBack AND any(y IN accused WHERE y IN accusersBack AND y <> x))`;
    }),
  );
}

/** `Event.contested`. */
export const contested: ScalarPlan = { kind: 'scalar', value: ({ n }) => isContested(n) };
