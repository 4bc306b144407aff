import cytoscape from 'cytoscape';
import { useEffect, useRef } from 'react';

export interface GraphNode {
  id: string;
  label: string;
  /** Drawn larger and darker: the actor the page is about, or a path's ends. */
  focus?: boolean;
  shape?: 'ellipse' | 'round-rectangle' | 'diamond' | 'hexagon';
  colour?: string;
}

export interface GraphEdge {
  id: string;
  source: string;
  target: string;
  label: string;
  colour: string;
}

/**
 * A small drawing of nodes and labelled arrows (Cytoscape.js). Clicking a node calls onOpen with its id.
 */
export function GraphView({
  nodes,
  edges,
  layout = 'concentric',
  directed = true,
  onOpen,
  label,
}: {
  nodes: GraphNode[];
  edges: GraphEdge[];
  layout?: 'concentric' | 'chain';
  /** Without direction the edges have no arrowheads (a path's relationship types carry no direction). */
  directed?: boolean;
  onOpen?: (id: string) => void;
  label: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!container.current) return;
    const graph = cytoscape({
      container: container.current,
      elements: [
        ...nodes.map((node) => ({
          data: {
            id: node.id,
            label: node.label,
            colour: node.colour ?? (node.focus ? '#263238' : '#90a4ae'),
            shape: node.shape ?? 'ellipse',
            size: node.focus ? 46 : 30,
          },
        })),
        ...edges.map((edge) => ({ data: { ...edge } })),
      ],
      style: [
        {
          selector: 'node',
          style: {
            label: 'data(label)',
            'background-color': 'data(colour)',
            shape: 'data(shape)' as 'ellipse',
            width: 'data(size)',
            height: 'data(size)',
            'font-size': 12,
            'text-wrap': 'wrap',
            'text-max-width': '140px',
            'text-valign': 'bottom',
            'text-margin-y': 4,
            color: '#1f2933',
          },
        },
        {
          selector: 'edge',
          style: {
            label: 'data(label)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': directed ? 'triangle' : 'none',
            'curve-style': 'bezier',
            width: 2,
            'font-size': 10,
            'text-rotation': 'autorotate',
            'text-background-color': '#ffffff',
            'text-background-opacity': 0.85,
            'text-background-padding': '2px',
            color: '#37474f',
          },
        },
      ],
      layout:
        layout === 'chain'
          ? {
              // Left to right in the given order, zig-zagging so long labels do not collide.
              name: 'preset',
              positions: Object.fromEntries(
                nodes.map((node, index) => [node.id, { x: index * 230, y: index % 2 === 0 ? 0 : 90 }]),
              ),
              padding: 40,
            }
          : {
              name: 'concentric',
              concentric: (node: cytoscape.NodeSingular) => (node.data('size') === 46 ? 2 : 1),
              levelWidth: () => 1,
              minNodeSpacing: nodes.length < 8 ? 150 : 90,
              avoidOverlap: true,
              padding: 30,
            },
      userZoomingEnabled: false,
      maxZoom: 1.3,
      autoungrabify: false,
    });
    if (onOpen) graph.on('tap', 'node', (event) => onOpen(String(event.target.id())));
    return () => graph.destroy();
  }, [nodes, edges, layout, directed, onOpen]);
  return <div className="graph" ref={container} role="img" aria-label={label} />;
}
