import type { PathResolvers, QueryResolvers } from '../generated/graphql';
import { badInput } from '../graphql/errors';
import { loadNode, loadNodes } from '../graphql/nodes';
import { MAX_HOPS, SHORTEST_PATH } from './queries';

export const pathQueries: Pick<QueryResolvers, 'path'> = {
  path: async (_root, { from, to, maxHops }, ctx) => {
    const hops = maxHops ?? 4;
    const query = SHORTEST_PATH[hops];
    if (!Number.isInteger(hops) || !query) {
      throw badInput(`maxHops must be between 1 and ${MAX_HOPS}; got ${hops}.`, 'maxHops');
    }
    if (from === to)
      return (await loadNode(from, ctx)) ? { length: 0, nodeIds: [from], relationships: [] } : null;
    const [path] = await ctx.graph.read(query, { from, to });
    return path ?? null;
  },
};

export const Path: PathResolvers = {
  nodes: (path, _args, ctx) => loadNodes(path.nodeIds, ctx),
};
