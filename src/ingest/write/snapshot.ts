import type { Graph } from '../../db/graph';
import { SNAPSHOT_ACTORS, SNAPSHOT_EVENTS, SNAPSHOT_PLACES } from './queries';
import type { Snapshot } from '../types';

/**
 * What the graph knows, for the extractor to resolve against. The whole reference graph is read:
 * it is small (actors, places and events, not statements); when it grows, this is where a
 * full-text candidate lookup per mention would replace it.
 */
export async function loadSnapshot(graph: Graph): Promise<Snapshot> {
  const [actors, places, events] = await Promise.all([
    graph.read(SNAPSHOT_ACTORS),
    graph.read(SNAPSHOT_PLACES),
    graph.read(SNAPSHOT_EVENTS),
  ]);
  return { actors, places, events };
}
