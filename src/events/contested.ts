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
 * `Event.contested`: among the event's responses, the accusations as (accusing state, accused state)
 * pairs; the event is contested when some pair also occurs the other way round. Fixed Cypher (its
 * shape never varies), with the event compiled in as a variable.
 */
export const contested: ScalarPlan = {
  kind: 'scalar',
  value: ({ n, hoist }) => {
    if (!hoist) throw new Error('contested needs the level of its event');
    const answer = new Cypher.Variable();
    const subquery = new Cypher.Raw(
      (
        ctx,
      ) => `MATCH (speaker:Actor)-[:SAID]->(s:Statement {stance: 'ACCUSES'})-[:RESPONDS_TO]->(${ctx.compile(n)})
MATCH (s)-[:TARGETS]->(target:Actor)
UNWIND ${statesOf('speaker')} AS accuser
UNWIND ${statesOf('target')} AS accused
WITH DISTINCT accuser, accused
WHERE accuser <> accused
WITH collect([accuser.id, accused.id]) AS accusations
RETURN any(pair IN accusations WHERE [pair[1], pair[0]] IN accusations) AS ${ctx.compile(answer)}`,
    );
    hoist({ subquery, imports: [n] });
    return answer;
  },
};
