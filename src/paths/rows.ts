export interface PathRow {
  length: number;
  nodeIds: string[];
  relationships: string[];
}
