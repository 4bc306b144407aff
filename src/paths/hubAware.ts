import Cypher from '@neo4j/cypher-builder';

/**
 * `Query.path` as a shortest-path search that never expands a hub, where it can prove the answer
 * minimal; `shortestPath` where it cannot. In a graph of news, a few nodes (a state, the conflict's
 * event) hold a share of every relationship, and `shortestPath` expands them: at size L of the
 * benchmark, 109,723 db hits through `actor:state-0` for a path of length 4 between two actors of
 * degree 60 and 20.
 *
 * A hub is a node with more than HUB_DEGREE relationships (of any type: `COUNT { (x)--() }` is one
 * read of the node's degree, where naming the shown types reads one counter per type, which took two
 * thirds of the query's db hits at L; which nodes count as hubs decides the cost, never the answer,
 * as long as the light and hub tests are each other's negation). With both ends not hubs
 * (else: `shortestPath`), the stages below run in order, each only while no earlier one found a path,
 * so the first path found is the shortest found:
 * - length 1, `(a)-(b)`; length 2, `(a)-(x)-(b)`: every such path;
 * - length 3, `(a)-(x)-(y)-(b)` with x or y not a hub (two hash joins, each side expanding only
 *   non-hubs);
 * - length 3 through two hubs: for each hub h1 next to a and hub h2 next to b, `(h1)-[:T]->(h2)` for
 *   each shown type T and both directions, so Expand(Into) reads the smaller typed directed degree
 *   of the two (two states hardly ever share a type in the same direction);
 * - length 4, `(a)-(x)-(m)-(y)-(b)` with x and y not hubs (a hash join on m, which is not expanded).
 * A shortest path of length 3 is either seen by the third stage or runs through two hubs, seen by the
 * fourth; so when none is found, no path of length ≤ 3 exists, and a path of length 4 found by the last
 * stage is a shortest. A path found is a shortest walk, hence simple. When nothing is found within 4 (a
 * length-4 path through a hub next to an end, or a longer one), `shortestPath` runs, bounded by maxHops.
 * With maxHops ≤ 3 the stages alone are exact (fallback only for hub ends).
 */
export const HUB_DEGREE = 1000;

/** The path found, from `from` to `to`: its nodes and its relationships, in order. */
export interface FoundPath {
  nodes: Cypher.Variable;
  relationships: Cypher.Variable;
}

/**
 * The stages and the fallback as one clause, ending `WITH <nodes> AS …, <relationships> AS …` (only
 * rows where a path was found). The search runs from the end with fewer relationships (a) to the other
 * (b), whatever the order asked, and the path is turned round at the end when they were swapped. Why:
 * the hash joins' two sides have equal estimates, so which one is built (read in full) is the
 * planner's tie-break, fixed for a given text; for this text it is a's side, so a must be the lighter
 * end (at L, op 4: 1,955 db hits when it was the heavier, 1,427 now with stage 2's join as well).
 * Equal degrees keep the order asked.
 */
export function hubAwareShortest(
  from: Cypher.Node,
  to: Cypher.Node,
  path: FoundPath,
  types: readonly string[],
  hops: number,
): Cypher.Clause {
  return new Cypher.Raw((ctx) => {
    const v = () => ctx.compile(new Cypher.Variable());
    const [fromV, toV] = [ctx.compile(from), ctx.compile(to)];
    const [nodesV, relsV] = [ctx.compile(path.nodes), ctx.compile(path.relationships)];
    const [av, bv, pv] = [v(), v(), v()];
    const any = `[:${types.join('|')}]`;
    const degree = (x: string) => `COUNT { (${x})--() }`;
    const [fromDegree, toDegree, swapped, light] = [v(), v(), v(), v()];
    const found: string[] = [];
    const lines = [
      `WITH ${fromV}, ${toV}, ${degree(fromV)} AS ${fromDegree}, ${degree(toV)} AS ${toDegree}`,
      `WITH ${fromDegree} > ${toDegree} AS ${swapped}, ${fromDegree} <= ${HUB_DEGREE} AND ${toDegree} <= ${HUB_DEGREE} AS ${light},`,
      `  CASE WHEN ${fromDegree} > ${toDegree} THEN ${toV} ELSE ${fromV} END AS ${av},`,
      `  CASE WHEN ${fromDegree} > ${toDegree} THEN ${fromV} ELSE ${toV} END AS ${bv}`,
    ];
    // One stage: runs when both ends are light and no earlier stage found a path.
    const stage = (body: (q: string) => string) => {
      const [q, out] = [v(), v()];
      const guard = [light, ...found.map((f) => `${f} IS NULL`)].join(' AND ');
      lines.push(
        `OPTIONAL CALL (${[av, bv, light, ...found].join(', ')}) {`,
        `  WITH * WHERE ${guard}`,
        ...body(q)
          .split('\n')
          .map((line) => `  ${line}`),
        `  RETURN ${q} AS ${out} LIMIT 1`,
        '}',
      );
      found.push(out);
    };
    stage((q) => `MATCH ${q} = (${av})-${any}-(${bv})`);
    // A hash join on the middle node: Expand(Into) from a to each of b's neighbours read more.
    if (hops >= 2)
      stage((q) => {
        const mid = v();
        return [`MATCH ${q} = (${av})-${any}-(${mid}:Node)-${any}-(${bv})`, `USING JOIN ON ${mid}`].join(
          '\n',
        );
      });
    if (hops >= 3) {
      stage((q) => {
        const [x, y] = [v(), v()];
        const form = (join: string, notHub: string) =>
          [
            `MATCH ${q} = (${av})-${any}-(${x}:Node)-${any}-(${y}:Node)-${any}-(${bv})`,
            `USING JOIN ON ${join}`,
            `WHERE ${degree(notHub)} <= ${HUB_DEGREE}`,
            `RETURN ${q} LIMIT 1`,
          ].join('\n');
        // y light first: it expands the heavier end's neighbours, where a path of 3 with a hub next to
        // the lighter end is found at once (at S, op 4: 559 db hits this way, 730 the other).
        return [`CALL (${av}, ${bv}) {`, form(x, y), 'UNION ALL', form(y, x), '}'].join('\n');
      });
      stage((q) => {
        const [r1, h1, h2, r3] = [v(), v(), v(), v()];
        const branches = types.flatMap((type) =>
          ['->', '<-'].map((direction) => {
            const step = direction === '->' ? `-[:${type}]->` : `<-[:${type}]-`;
            return `MATCH ${q} = (${av})-[${r1}]-(${h1})${step}(${h2})-[${r3}]-(${bv}) RETURN ${q} LIMIT 1`;
          }),
        );
        return [
          `MATCH (${av})-[${r1}:${types.join('|')}]-(${h1}:Node) WHERE ${degree(h1)} > ${HUB_DEGREE}`,
          `MATCH (${bv})-[${r3}:${types.join('|')}]-(${h2}:Node) WHERE ${h2} <> ${h1} AND ${degree(h2)} > ${HUB_DEGREE}`,
          `CALL (${av}, ${bv}, ${r1}, ${h1}, ${h2}, ${r3}) {`,
          branches.join('\nUNION ALL\n'),
          '}',
        ].join('\n');
      });
    }
    if (hops >= 4) {
      stage((q) => {
        const [x, m, y] = [v(), v(), v()];
        return [
          `MATCH ${q} = (${av})-${any}-(${x}:Node)-${any}-(${m}:Node)-${any}-(${y}:Node)-${any}-(${bv})`,
          `USING JOIN ON ${m}`,
          `WHERE ${degree(x)} <= ${HUB_DEGREE} AND ${degree(y)} <= ${HUB_DEGREE}`,
        ].join('\n');
      });
    }
    // Nothing within 4 or through a hub end: the plain search, which may expand hubs.
    const [got, q, n, fallback] = [v(), v(), v(), v()];
    const anyTypes = types.join('|');
    lines.push(
      `WITH ${av}, ${bv}, ${swapped}, ${light}, coalesce(${found.join(', ')}) AS ${got}`,
      `OPTIONAL CALL (${av}, ${bv}, ${light}, ${got}) {`,
      `  WITH * WHERE ${got} IS NULL${hops >= 4 ? '' : ` AND NOT ${light}`}`,
      `  MATCH ${q} = shortestPath((${av})-[:${anyTypes}*..${hops}]-(${bv}))`,
      `  WHERE all(${n} IN nodes(${q}) WHERE ${n}:Node)`,
      `  RETURN ${q} AS ${fallback} LIMIT 1`,
      '}',
      `WITH ${swapped}, coalesce(${got}, ${fallback}) AS ${pv}`,
      `WHERE ${pv} IS NOT NULL`,
      `WITH CASE WHEN ${swapped} THEN reverse(nodes(${pv})) ELSE nodes(${pv}) END AS ${nodesV},`,
      `  CASE WHEN ${swapped} THEN reverse(relationships(${pv})) ELSE relationships(${pv}) END AS ${relsV}`,
    );
    return lines.join('\n');
  });
}
