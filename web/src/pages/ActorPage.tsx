import { useCallback, useMemo } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useQuery } from 'urql';
import { type GraphEdge, type GraphNode, GraphView } from '../components/GraphView';
import { EventList } from '../components/Lists';
import { StanceLegend } from '../components/Stance';
import { StatementCard } from '../components/StatementCard';
import { Failure, Loading, NotFound } from '../components/Status';
import { plain, plural, readableDate, yearOf } from '../format';
import { graphql } from '../gql';
import type { ActorPageQuery } from '../gql/graphql';
import { idFromParam, pagePath } from '../ids';
import { type Counted, countRelations, mainStance } from '../relations';
import { STANCE_ORDER, STANCES } from '../stance';

const PAGE = 100;

const ActorDocument = graphql(`
  query ActorPage($id: ID!, $first: Int!) {
    actor(id: $id) {
      id
      name
      kind
      aliases
      provenance
      partOf {
        id
        name
      }
      roles {
        id
        title
        since
        until
        organization {
          id
          name
        }
        sources {
          start
          end
          article {
            id
          }
        }
      }
      statements(first: $first, orderBy: DATE_ASC) {
        totalCount
        facets {
          stance {
            stance
            count
          }
          targets(first: 30) {
            actor {
              id
              name
            }
            count
          }
        }
        edges {
          node {
            ...StatementCard
          }
        }
      }
      targetedBy(first: $first) {
        totalCount
        facets {
          speakers(first: 30) {
            actor {
              id
              name
            }
            count
          }
        }
        edges {
          node {
            ...StatementCard
          }
        }
      }
      events {
        id
        title
        date
        datePrecision
      }
    }
  }
`);

type Actor = NonNullable<ActorPageQuery['actor']>;

function roleDates(role: Actor['roles'][number]): string {
  if (role.since && role.until) return `${readableDate(role.since)} to ${readableDate(role.until)}`;
  if (role.since) return `since ${readableDate(role.since)}`;
  if (role.until) return `until ${readableDate(role.until)}`;
  return 'dates not given in the sources';
}

function countsLine(counted: Counted): string {
  return STANCE_ORDER.filter((stance) => counted.byStance[stance])
    .map((stance) => `${STANCES[stance].verb} ${counted.byStance[stance]}×`)
    .join(', ');
}

export function ActorPage() {
  const id = idFromParam('actor', useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: ActorDocument, variables: { id, first: PAGE } });
  if (fetching) return <Loading what="the actor" />;
  if (error) return <Failure error={error} />;
  const actor = data?.actor;
  if (!actor) return <NotFound kind="actor" id={id} />;
  return <ActorView actor={actor} />;
}

function ActorView({ actor }: { actor: Actor }) {
  const navigate = useNavigate();
  const said = actor.statements.edges.map((edge) => edge.node);
  const heard = actor.targetedBy.edges.map((edge) => edge.node);
  const addressed = useMemo(() => countRelations(said, (statement) => statement.targets), [said]);
  const targetedBy = useMemo(() => countRelations(heard, (statement) => [statement.speaker]), [heard]);
  const { nodes, edges } = useMemo(
    () => network(actor, addressed, targetedBy),
    [actor, addressed, targetedBy],
  );
  const open = useCallback((nodeId: string) => navigate(pagePath('actor', nodeId)), [navigate]);
  const years = groupByYear(said);
  return (
    <section className="actor-page">
      <p className="kicker">{plain(actor.kind)}</p>
      <h1>{actor.name}</h1>
      <p className="lead">
        {actor.partOf && (
          <>
            Part of <Link to={pagePath('actor', actor.partOf.id)}>{actor.partOf.name}</Link>.{' '}
          </>
        )}
        {actor.aliases.length > 0 && <>Also written: {actor.aliases.join(', ')}.</>}
      </p>
      <p className="counts">
        <strong>{plural(actor.statements.totalCount, 'statement')}</strong> made
        {actor.statements.facets.stance.length > 0 && (
          <span className="muted">
            {' '}
            (
            {actor.statements.facets.stance
              .map(({ stance, count }) =>
                count === 1 ? `1 ${STANCES[stance].label.toLowerCase()}` : `${count} ${STANCES[stance].many}`,
              )
              .join(', ')}
            )
          </span>
        )}{' '}
        · <strong>{plural(actor.targetedBy.totalCount, 'statement')}</strong> aimed at {actor.name}
      </p>

      <section aria-labelledby="roles">
        <h2 id="roles">Roles</h2>
        {actor.roles.length === 0 ? (
          <p className="muted">No role is recorded.</p>
        ) : (
          <ul className="roles">
            {actor.roles.map((role) => (
              <li key={role.id}>
                <strong>{role.title}</strong>
                {role.organization && (
                  <>
                    {' '}
                    of <Link to={pagePath('actor', role.organization.id)}>{role.organization.name}</Link>
                  </>
                )}{' '}
                <span className="muted">({roleDates(role)})</span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="relations">
        <h2 id="relations">Whom {actor.name} addressed, and who addressed them</h2>
        <StanceLegend />
        {nodes.length > 1 ? (
          <GraphView
            nodes={nodes}
            edges={edges}
            onOpen={open}
            label={`Network of ${actor.name}: arrows point from speaker to the actor addressed`}
          />
        ) : (
          <p className="muted">No statement links {actor.name} to another actor.</p>
        )}
        <div className="two-columns">
          <RelationList
            title={`Whom ${actor.name} accused, urged, supported or addressed`}
            totals={actor.statements.facets.targets}
            details={addressed}
          />
          <RelationList
            title={`Who accused, urged, supported or addressed ${actor.name}`}
            totals={actor.targetedBy.facets.speakers}
            details={targetedBy}
          />
        </div>
      </section>

      <section aria-labelledby="timeline">
        <h2 id="timeline">What {actor.name} said, over time</h2>
        {said.length === 0 ? (
          <p className="muted">The graph records no statement by {actor.name}.</p>
        ) : (
          <>
            <ol className="year-strip" aria-label="Statements per year">
              {years.map(([year, statements]) => (
                <li key={year}>
                  <a href={`#year-${year}`}>{year}</a>
                  <span className="dots">
                    {statements.map((statement) => (
                      <span
                        key={statement.id}
                        className="dot"
                        title={STANCES[statement.stance].label}
                        style={{ backgroundColor: STANCES[statement.stance].colour }}
                      />
                    ))}
                  </span>
                </li>
              ))}
            </ol>
            {years.map(([year, statements]) => (
              <section key={year} id={`year-${year}`} className="year">
                <h3>{year}</h3>
                {statements.map((statement) => (
                  <StatementCard key={statement.id} statement={statement} showSpeaker={false} />
                ))}
              </section>
            ))}
            {actor.statements.totalCount > said.length && (
              <p className="muted">
                Showing the first {said.length} of {actor.statements.totalCount} statements.
              </p>
            )}
          </>
        )}
      </section>

      {heard.length > 0 && (
        <section aria-labelledby="aimed">
          <h2 id="aimed">What others said to or about {actor.name}</h2>
          {heard.map((statement) => (
            <StatementCard key={statement.id} statement={statement} />
          ))}
        </section>
      )}

      {actor.events.length > 0 && (
        <section aria-labelledby="events">
          <h2 id="events">Events {actor.name} took part in</h2>
          <EventList events={actor.events} />
        </section>
      )}
    </section>
  );
}

/** Totals come from the API's facets (every statement); the stance breakdown from the statements shown. */
function RelationList({
  title,
  totals,
  details,
}: {
  title: string;
  totals: { actor: { id: string; name: string }; count: number }[];
  details: Counted[];
}) {
  return (
    <section>
      <h3>{title}</h3>
      {totals.length === 0 ? (
        <p className="muted">None recorded.</p>
      ) : (
        <ul className="relations">
          {totals.map((row) => {
            const detail = details.find((counted) => counted.actor.id === row.actor.id);
            return (
              <li key={row.actor.id}>
                <Link to={pagePath('actor', row.actor.id)}>{row.actor.name}</Link>{' '}
                <span className="count">{plural(row.count, 'statement')}</span>{' '}
                {detail && <span className="muted small">({countsLine(detail)})</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function groupByYear<T extends { date?: string | null }>(statements: T[]): [string, T[]][] {
  const years = new Map<string, T[]>();
  for (const statement of statements) {
    const year = yearOf(statement.date);
    years.set(year, [...(years.get(year) ?? []), statement]);
  }
  return [...years.entries()];
}

function network(actor: Actor, addressed: Counted[], targetedBy: Counted[]) {
  const nodes = new Map<string, GraphNode>([[actor.id, { id: actor.id, label: actor.name, focus: true }]]);
  const edges: GraphEdge[] = [];
  const edge = (from: string, to: string, counted: Counted) => {
    const stance = mainStance(counted.byStance);
    edges.push({
      id: `${from}->${to}`,
      source: from,
      target: to,
      label: `${STANCES[stance].verb}${counted.total > 1 ? ` ×${counted.total}` : ''}`,
      colour: STANCES[stance].colour,
    });
  };
  for (const counted of addressed) {
    if (counted.actor.id === actor.id) continue;
    nodes.set(counted.actor.id, { id: counted.actor.id, label: counted.actor.name });
    edge(actor.id, counted.actor.id, counted);
  }
  for (const counted of targetedBy) {
    if (counted.actor.id === actor.id) continue;
    nodes.set(counted.actor.id, { id: counted.actor.id, label: counted.actor.name });
    edge(counted.actor.id, actor.id, counted);
  }
  return { nodes: [...nodes.values()], edges };
}
