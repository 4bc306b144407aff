import neo4j from 'neo4j-driver';
import type { PathResolvers, QueryPathArgs, QueryResolvers } from '../generated/graphql';
import type { Context } from '../graphql/context';
import { badInput } from '../graphql/errors';
import { loadNode, loadNodes } from '../graphql/nodes';
import { pageSize } from '../graphql/pagination';
import { ALL_SHORTEST_PATHS, MAX_HOPS, SHORTEST_PATH } from './queries';
import type { PathRow } from './rows';

/** How many equally short paths are read before they are sorted and cut to `first`. */
const ENUMERATE = neo4j.int(1000);

function hopsOf(maxHops: number | null | undefined): number {
  const hops = maxHops ?? 4;
  if (!Number.isInteger(hops) || hops < 1 || hops > MAX_HOPS) {
    throw badInput(`maxHops must be between 1 and ${MAX_HOPS}; got ${hops}.`, 'maxHops');
  }
  return hops;
}

/** The avoidance arguments as query parameters, checked. */
function avoidance(args: Omit<QueryPathArgs, 'from' | 'to' | 'maxHops'>) {
  const maxDegree = args.maxDegree ?? null;
  if (maxDegree !== null && (!Number.isInteger(maxDegree) || maxDegree < 1)) {
    throw badInput(`maxDegree must be a whole number of at least 1; got ${maxDegree}.`, 'maxDegree');
  }
  return {
    avoid: args.avoid ?? [],
    avoidTypes: args.avoidRelationships ?? [],
    maxDegree: maxDegree === null ? null : neo4j.int(maxDegree),
  };
}

/** A path from a node to itself: just the node, when it exists. */
async function stayingPut(id: string, ctx: Context): Promise<PathRow[]> {
  return (await loadNode(id, ctx)) ? [{ length: 0, nodeIds: [id], relationships: [] }] : [];
}

export const pathQueries: Pick<QueryResolvers, 'path' | 'paths'> = {
  path: async (_root, { from, to, maxHops, ...rest }, ctx) => {
    const query = SHORTEST_PATH[hopsOf(maxHops)];
    const params = { from, to, ...avoidance(rest) };
    if (from === to) return (await stayingPut(from, ctx))[0] ?? null;
    const [path] = query ? await ctx.graph.read(query, params) : [];
    return path ?? null;
  },
  paths: async (_root, { from, to, maxHops, first, ...rest }, ctx) => {
    const query = ALL_SHORTEST_PATHS[hopsOf(maxHops)];
    const params = {
      from,
      to,
      ...avoidance(rest),
      first: neo4j.int(pageSize(first, 10)),
      enumerate: ENUMERATE,
    };
    if (from === to) return stayingPut(from, ctx);
    return query ? ctx.graph.read(query, params) : [];
  },
};

export const Path: PathResolvers = {
  nodes: (path, _args, ctx) => loadNodes(path.nodeIds, ctx),
};
