import type { Driver } from 'neo4j-driver';
import { type CypherQuery, Graph, type Params } from '../../src/db/graph';

export interface Recorded {
  name: string;
  text: string;
  params: Params;
}

/** A Graph that keeps every read it runs (text and parameters), for EXPLAIN and PROFILE in tests. */
export class RecordingGraph extends Graph {
  constructor(
    driver: Driver,
    readonly recorded: Recorded[] = [],
    database?: string,
  ) {
    super(driver, database);
  }

  override forRequest(): RecordingGraph {
    return new RecordingGraph(this.driver, this.recorded, this.database);
  }

  override read<Row>(query: CypherQuery<Row>, params: Params = {}): Promise<Row[]> {
    this.recorded.push({ name: query.name, text: query.text, params });
    return super.read(query, params);
  }
}
