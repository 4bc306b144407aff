import { type Graph, cypher } from '../src/db/graph';
import { SEARCH_INDEX } from '../src/db/indexNames';
import { luceneQuery } from '../src/search/lucene';
import type { Scenario } from './generate';
import {
  type NActor,
  type NHit,
  type NPath,
  type Operation,
  type ServerName,
  resultItems,
} from './operations';

/** One server's answer to one operation, normalised. */
export interface Answer {
  server: ServerName;
  normalised: unknown;
  error: string | null;
}

export interface Check {
  server: ServerName;
  /** Same answer as the floor (for op 3, up to ties in score; for op 4, same length and a valid path). */
  equal: boolean;
  /** False when the server could not ask the question itself (ours, op 5). */
  comparable: boolean;
  items: number;
  note: string;
}

const HIT_TRUTH = cypher<{ id: string; text: string; speaker: NActor | null; score: number }>(
  'benchHitTruth',
  `CALL db.index.fulltext.queryNodes('${SEARCH_INDEX}', $lucene) YIELD node, score
   WITH node, score WHERE node.id IN $ids
   RETURN node.id AS id, node.text AS text, head(COLLECT { MATCH (sp:Actor)-[:SAID]->(node) RETURN sp { .id, .name } }) AS speaker,
          score`,
);

const PATH_STEPS = cypher<{ valid: number }>(
  'benchPathSteps',
  `UNWIND range(0, size($ids) - 2) AS i
   MATCH (a:Node {id: $ids[i]})-[r]-(b:Node {id: $ids[i + 1]})
   WHERE type(r) = $types[i]
   RETURN count(DISTINCT i) AS valid`,
);

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Op 3: Lucene breaks ties in score by its own document order, which differs between servers. */
async function checkHits(
  graph: Graph,
  scenario: Scenario,
  floor: NHit[],
  hits: NHit[],
): Promise<string | null> {
  if (hits.length !== floor.length) return `${hits.length} hits, the floor has ${floor.length}`;
  const truth = new Map(
    (
      await graph.read(HIT_TRUTH, { lucene: luceneQuery(scenario.searchText), ids: hits.map((h) => h.id) })
    ).map((r) => [r.id, r]),
  );
  const scores: number[] = [];
  for (const hit of hits) {
    const t = truth.get(hit.id);
    if (!t) return `${hit.id} is not a hit of the search index`;
    if (t.text !== hit.text || t.speaker?.id !== hit.speaker?.id || t.speaker?.name !== hit.speaker?.name) {
      return `${hit.id}: text or speaker differs`;
    }
    scores.push(t.score);
  }
  const floorScores = floor.map((h) => h.score ?? Number.NaN);
  for (let i = 0; i < scores.length; i++) {
    if (Math.abs((scores[i] as number) - (floorScores[i] as number)) > 1e-6) {
      return `hit ${i + 1} scores ${scores[i]}, the floor's ${floorScores[i]} (order or set differs)`;
    }
  }
  const lowest = Math.min(...floorScores);
  const above = (list: NHit[], s: number[]) =>
    list
      .filter((_, i) => (s[i] as number) > lowest + 1e-6)
      .map((h) => h.id)
      .sort();
  if (!same(above(hits, scores), above(floor, floorScores))) return 'different hits above the lowest score';
  return null;
}

/** Op 4: any shortest path will do, if it has the floor's length and every step exists. */
async function checkPath(
  graph: Graph,
  scenario: Scenario,
  floor: NPath | null,
  path: NPath | null,
): Promise<string | null> {
  if (!floor || !path) return floor === path ? null : 'one side found no path';
  if (path.length !== floor.length) return `length ${path.length}, the floor's ${floor.length}`;
  if (path.nodeIds[0] !== scenario.pathFrom || path.nodeIds.at(-1) !== scenario.pathTo)
    return 'wrong end points';
  if (path.nodeIds.length !== path.length + 1 || path.relationships.length !== path.length)
    return 'malformed path';
  const [row] = await graph.read(PATH_STEPS, { ids: path.nodeIds, types: path.relationships });
  return row?.valid === path.length ? null : 'a step of the path does not exist';
}

export async function checkAnswers(
  graph: Graph,
  operation: Operation,
  scenario: Scenario,
  answers: Answer[],
): Promise<Check[]> {
  const floor = answers.find((a) => a.server === 'cypher');
  const checks: Check[] = [];
  for (const answer of answers) {
    const comparable = answer.server !== 'ours' || operation.oursFaithful;
    const items = resultItems(answer.normalised);
    let problem: string | null;
    if (answer.error) problem = answer.error;
    else if (!floor || floor.error) problem = 'no floor answer to compare with';
    else if (answer.server === 'cypher') problem = null;
    else if (operation.id === 3) {
      problem = await checkHits(graph, scenario, floor.normalised as NHit[], answer.normalised as NHit[]);
    } else if (operation.id === 4) {
      problem = await checkPath(
        graph,
        scenario,
        floor.normalised as NPath | null,
        answer.normalised as NPath | null,
      );
    } else {
      problem = same(answer.normalised, floor.normalised)
        ? null
        : describeDifference(floor.normalised, answer.normalised);
    }
    const note = comparable
      ? (problem ?? 'equal')
      : `${operation.oursNote ?? 'not comparable'} (${problem ?? 'equal'})`;
    checks.push({ server: answer.server, equal: problem === null, comparable, items, note });
  }
  return checks;
}

function describeDifference(expected: unknown, actual: unknown): string {
  if (Array.isArray(expected) && Array.isArray(actual)) {
    if (expected.length !== actual.length) return `${actual.length} items, the floor has ${expected.length}`;
    const index = expected.findIndex((item, i) => !same(item, actual[i]));
    return `item ${index + 1} differs: ${JSON.stringify(actual[index]).slice(0, 200)} vs the floor's ${JSON.stringify(
      expected[index],
    ).slice(0, 200)}`;
  }
  return 'answers differ';
}
