import { type GraphQLResolveInfo, type OperationDefinitionNode, getOperationAST, parse } from 'graphql';
import { type Built, BuiltQueries } from '../../src/graphql/builtQueries';

/** What BuiltQueries reads of a resolver's info: the operation, the root response key, the variables. */
const infoOf = (operation: OperationDefinitionNode, key: string, variableValues: Record<string, unknown>) =>
  ({ operation, path: { key, prev: undefined }, variableValues }) as unknown as GraphQLResolveInfo;

const operationOf = (query: string) => getOperationAST(parse(query)) as OperationDefinitionNode;

describe('BuiltQueries', () => {
  const one = operationOf('query($id: ID!) { a: actor(id: $id) { id } b: actor(id: "x") { id } }');
  let builds = 0;
  const build = (): Built => ({ cypher: `RETURN ${++builds}`, params: {} });

  beforeEach(() => {
    builds = 0;
  });

  it('builds once per operation, root field and variables, and reuses the rest', () => {
    const kept = new BuiltQueries();
    const first = kept.for(infoOf(one, 'a', { id: '1' }), build);
    expect(kept.for(infoOf(one, 'a', { id: '1' }), build)).toBe(first);
    expect(builds).toBe(1);
    expect(kept.for(infoOf(one, 'a', { id: '2' }), build)).not.toBe(first);
    expect(kept.for(infoOf(one, 'b', { id: '1' }), build)).not.toBe(first);
    // The same text parsed again is another document: Apollo's store is what makes it the same one.
    const again = operationOf('query($id: ID!) { a: actor(id: $id) { id } b: actor(id: "x") { id } }');
    expect(kept.for(infoOf(again, 'a', { id: '1' }), build)).not.toBe(first);
    expect(builds).toBe(4);
  });

  it('keeps nothing for a field the planner answers without a query', () => {
    const kept = new BuiltQueries();
    expect(kept.for(infoOf(one, 'a', {}), () => null)).toBeNull();
    expect(kept.size).toBe(0);
  });

  it('drops the least recently used beyond its capacity', () => {
    const kept = new BuiltQueries(2);
    const first = kept.for(infoOf(one, 'a', { id: '1' }), build);
    kept.for(infoOf(one, 'a', { id: '2' }), build);
    kept.for(infoOf(one, 'a', { id: '1' }), build); // used again: now the most recent
    kept.for(infoOf(one, 'a', { id: '3' }), build); // drops id 2
    expect(kept.size).toBe(2);
    expect(kept.for(infoOf(one, 'a', { id: '1' }), build)).toBe(first);
    kept.for(infoOf(one, 'a', { id: '2' }), build);
    expect(builds).toBe(4);
  });
});
