import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { type GraphEdge, type GraphNode, GraphView } from '../components/GraphView';
import { Failure, Loading, Message } from '../components/Status';
import { graphql } from '../gql';
import type { PathsQuery } from '../gql/graphql';
import { type PageKind, pagePath } from '../ids';
import { STANCES } from '../stance';

const ActorChoicesDocument = graphql(`
  query ActorChoices {
    actors(first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const PathDocument = graphql(`
  query Paths($from: ID!, $to: ID!, $maxDegree: Int) {
    paths(from: $from, to: $to, maxHops: 6, maxDegree: $maxDegree, first: 5) {
      length
      relationships
      nodes {
        __typename
        id
        ... on Actor {
          name
        }
        ... on Event {
          title
        }
        ... on Statement {
          text
          stance
          speaker {
            name
          }
          source {
            start
            end
            article {
              id
            }
          }
        }
        ... on Place {
          name
        }
        ... on Article {
          title
        }
      }
    }
  }
`);

/** The graph's relationship types, as a journalist would say them. */
const RELATIONSHIPS: Record<string, string> = {
  SAID: 'said',
  TARGETS: 'aimed at',
  RESPONDS_TO: 'about',
  REPLIES_TO: 'replies to',
  VIA: 'delivered by',
  PART_OF: 'part of',
  HELD: 'held role',
  OF: 'role in',
  TOOK_PART_IN: 'took part in',
  HAPPENED_IN: 'happened in',
  IN: 'lies in',
  GOVERNS: 'governs',
  SOURCE: 'reported in',
  MENTIONS: 'mentions',
};

type Path = PathsQuery['paths'][number];
type PathNode = Path['nodes'][number];

/**
 * A step with more links than this is a hub (the conflict as a whole, a much-quoted ministry): a chain
 * through it says little. Skipped unless the reader asks for hubs.
 */
const HUB_DEGREE = 25;

function describe(node: PathNode): { label: string; kind: PageKind | null; shape: GraphNode['shape'] } {
  switch (node.__typename) {
    case 'Actor':
      return { label: node.name, kind: 'actor', shape: 'ellipse' };
    case 'Event':
      return { label: node.title, kind: 'event', shape: 'diamond' };
    case 'Statement':
      return {
        label: `“${node.text.length > 70 ? `${node.text.slice(0, 67)}…` : node.text}”`,
        kind: null,
        shape: 'round-rectangle',
      };
    case 'Place':
      return { label: node.name, kind: null, shape: 'hexagon' };
    case 'Article':
      return { label: node.title, kind: 'article', shape: 'round-rectangle' };
  }
}

function nodeLink(node: PathNode): string | null {
  if (node.__typename === 'Statement')
    return `${pagePath('article', node.source.article.id)}#${node.source.start}-${node.source.end}`;
  const { kind } = describe(node);
  return kind ? pagePath(kind, node.id) : null;
}

export function PathPage() {
  const [params, setParams] = useSearchParams();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const hubs = params.get('hubs') === '1';
  const [{ data: choices }] = useQuery({ query: ActorChoicesDocument });
  const actors = useMemo(
    () => (choices?.actors.edges ?? []).map((edge) => edge.node).sort((a, b) => a.name.localeCompare(b.name)),
    [choices],
  );
  const [draft, setDraft] = useState({ from, to, hubs });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.from && draft.to)
      setParams({ from: draft.from, to: draft.to, ...(draft.hubs ? { hubs: '1' } : {}) });
  };
  return (
    <section>
      <h1>How are two actors connected?</h1>
      <p>
        The shortest chain of facts between two people, organisations or states: who said what to whom, who
        belongs to what, who took part in which event.
      </p>
      <form className="path-form" onSubmit={submit}>
        {(['from', 'to'] as const).map((end) => (
          <label key={end}>
            {end === 'from' ? 'From' : 'To'}{' '}
            <select
              value={draft[end]}
              onChange={(event) => setDraft({ ...draft, [end]: event.target.value })}
              aria-label={end === 'from' ? 'First actor' : 'Second actor'}
            >
              <option value="">Choose an actor…</option>
              {actors.map((actor) => (
                <option key={actor.id} value={actor.id}>
                  {actor.name}
                </option>
              ))}
            </select>
          </label>
        ))}
        <label className="small">
          <input
            type="checkbox"
            checked={draft.hubs}
            onChange={(event) => setDraft({ ...draft, hubs: event.target.checked })}
          />{' '}
          Also through hubs (the conflict as a whole, much-quoted actors)
        </label>
        <button type="submit" disabled={!draft.from || !draft.to}>
          Show the connection
        </button>
      </form>
      {from && to && <PathResult from={from} to={to} hubs={hubs} />}
    </section>
  );
}

function PathResult({ from, to, hubs }: { from: string; to: string; hubs: boolean }) {
  const [{ data, fetching, error }] = useQuery({
    query: PathDocument,
    variables: { from, to, maxDegree: hubs ? null : HUB_DEGREE },
  });
  const [shown, setShown] = useState(0);
  if (fetching) return <Loading what="the connection" />;
  if (error) return <Failure error={error} />;
  const paths = data?.paths ?? [];
  const path = paths[Math.min(shown, paths.length - 1)];
  if (!path)
    return (
      <Message title="No connection found">
        These two are not connected within six steps in the graph
        {hubs ? '.' : ' without going through a hub; tick “Also through hubs” to allow them.'}
      </Message>
    );
  return (
    <section aria-labelledby="path-result">
      <h2 id="path-result">
        Connected in {path.length} {path.length === 1 ? 'step' : 'steps'}
      </h2>
      {paths.length > 1 && (
        <p className="path-choices">
          {paths.length} equally short connections:{' '}
          {paths.map((_candidate, index) => (
            <button
              key={index}
              type="button"
              className={index === shown ? 'chosen' : 'plain'}
              aria-pressed={index === shown}
              onClick={() => setShown(index)}
            >
              {index + 1}
            </button>
          ))}
        </p>
      )}
      <PathDrawing path={path} />
    </section>
  );
}

function PathDrawing({ path }: { path: Path }) {
  const navigate = useNavigate();
  const drawing = useMemo(() => {
    const nodes: GraphNode[] = path.nodes.map((node, index) => {
      const { label, shape } = describe(node);
      const colour = node.__typename === 'Statement' ? STANCES[node.stance].colour : undefined;
      return {
        id: node.id,
        label,
        shape,
        focus: index === 0 || index === path.nodes.length - 1,
        ...(colour ? { colour } : {}),
      };
    });
    const edges: GraphEdge[] = path.relationships.map((type, index) => ({
      id: `step-${index}`,
      source: path.nodes[index]?.id ?? '',
      target: path.nodes[index + 1]?.id ?? '',
      label: RELATIONSHIPS[type] ?? type.toLowerCase(),
      colour: '#78909c',
    }));
    return { nodes, edges };
  }, [path]);
  const open = useCallback(
    (id: string) => {
      const node = path.nodes.find((candidate) => candidate.id === id);
      const link = node ? nodeLink(node) : null;
      if (link) navigate(link);
    },
    [path, navigate],
  );
  return (
    <>
      <GraphView
        nodes={drawing.nodes}
        edges={drawing.edges}
        layout="chain"
        directed={false}
        onOpen={open}
        label="The connection, drawn as a chain"
      />
      <ol className="path-steps">
        {path.nodes.map((node, index) => {
          const link = nodeLink(node);
          const { label } = describe(node);
          const relationship = path.relationships[index];
          return (
            <li key={node.id}>
              {link ? <Link to={link}>{label}</Link> : <strong>{label}</strong>}
              {relationship && (
                <span className="muted"> — {RELATIONSHIPS[relationship] ?? relationship} —</span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
