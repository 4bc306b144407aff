import { SNAPSHOT_ACTORS, SNAPSHOT_EVENTS, SNAPSHOT_PLACES } from './queries';
import type { Snapshot } from '../types';
import type { Run } from './write';

/**
 * What the graph knows, for the extractor to resolve against, read through `run` — inside the
 * ingest's write transaction after its lock, so it already holds whatever a concurrent ingest wrote.
 * The whole reference graph is read: it is small (actors, places and events, not statements); when
 * it grows, this is where a full-text candidate lookup per mention would replace it.
 */
export async function loadSnapshot(run: Run): Promise<Snapshot> {
  const actors = await run(SNAPSHOT_ACTORS);
  const places = await run(SNAPSHOT_PLACES);
  const events = await run(SNAPSHOT_EVENTS);
  return { actors, places, events };
}
