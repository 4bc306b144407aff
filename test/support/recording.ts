import type { Driver } from 'neo4j-driver';
import { type CypherQuery, Graph, type Params } from '../../src/db/graph';
import type { RequestBudget } from '../../src/db/requestBudget';

export interface Recorded {
  name: string;
  text: string;
  params: Params;
}

/**
 * A Graph that keeps every read it runs (text and parameters), for EXPLAIN and PROFILE in tests. Its
 * per-request graphs keep the budget and bookmarks the API gives them, so recorded requests run as
 * deployed (deadline, concurrency cap, transaction timeout).
 */
export class RecordingGraph extends Graph {
  constructor(
    driver: Driver,
    readonly recorded: Recorded[] = [],
    database?: string,
    budget?: RequestBudget,
    bookmarks: readonly string[] = [],
  ) {
    super(driver, database, budget, bookmarks);
  }

  override forRequest(budget?: RequestBudget, bookmarks: readonly string[] = []): RecordingGraph {
    return new RecordingGraph(this.driver, this.recorded, this.database, budget, bookmarks);
  }

  override read<Row>(query: CypherQuery<Row>, params: Params = {}): Promise<Row[]> {
    this.recorded.push({ name: query.name, text: query.text, params });
    return super.read(query, params);
  }
}
