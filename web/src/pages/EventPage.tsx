import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { CasualtyTable } from '../components/CasualtyTable';
import { ArticleList, EventList } from '../components/Lists';
import { StanceLegend } from '../components/Stance';
import { ActorLinks, StatementCard } from '../components/StatementCard';
import { Failure, Loading, NotFound } from '../components/Status';
import { plain, plural, readableRange } from '../format';
import { graphql } from '../gql';
import { idFromParam, pagePath } from '../ids';
import { groupBySide } from '../sides';

const EventDocument = graphql(`
  query EventPage($id: ID!) {
    event(id: $id) {
      id
      title
      kind
      date
      endDate
      datePrecision
      provenance
      contested
      places {
        id
        name
      }
      participants {
        id
        name
      }
      partOf {
        id
        title
      }
      parts {
        id
        title
        date
        datePrecision
      }
      respondents {
        id
        name
      }
      responses {
        ...StatementCard
        speaker {
          ...SideChain
          roles {
            organization {
              ...SideChain
            }
          }
        }
      }
      casualtyClaims {
        ...CasualtyClaimCell
      }
      reportedIn {
        id
        title
        outlet
        published
      }
    }
  }

  fragment SideChain on Actor {
    id
    name
    partOf {
      id
      name
      partOf {
        id
        name
        partOf {
          id
          name
        }
      }
    }
  }
`);

export function EventPage() {
  const id = idFromParam('event', useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: EventDocument, variables: { id } });
  if (fetching) return <Loading what="the event" />;
  if (error) return <Failure error={error} />;
  const event = data?.event;
  if (!event) return <NotFound kind="event" id={id} />;
  const sides = groupBySide(event.responses, (statement) => statement.speaker);
  return (
    <section className="event-page">
      <p className="kicker">{plain(event.kind)}</p>
      <h1>{event.title}</h1>
      {event.contested && (
        <p
          className="contested"
          title="Actors of one state accuse another state, and actors of that state accuse the first back."
        >
          Contested: the two sides accuse each other
        </p>
      )}
      <p className="lead">
        {readableRange(event.date, event.endDate, event.datePrecision)}
        {event.places.length > 0 && (
          <>
            {' · '}
            {event.places.map((place) => place.name).join(', ')}
          </>
        )}
        {event.partOf.length > 0 && (
          <>
            {' · part of '}
            {event.partOf.map((parent, index) => (
              <span key={parent.id}>
                {index > 0 && ', '}
                <Link to={pagePath('event', parent.id)}>{parent.title}</Link>
              </span>
            ))}
          </>
        )}
      </p>
      {event.participants.length > 0 && (
        <p>
          Involved: <ActorLinks actors={event.participants} />
        </p>
      )}

      <section aria-labelledby="casualties">
        <h2 id="casualties">Casualty claims, side by side</h2>
        <CasualtyTable claims={event.casualtyClaims} />
      </section>

      <section aria-labelledby="responded">
        <h2 id="responded">Who responded ({plural(event.respondents.length, 'actor')})</h2>
        {event.respondents.length === 0 ? (
          <p className="muted">No statement in the graph responds to this event.</p>
        ) : (
          <>
            <p>
              <ActorLinks actors={event.respondents} />
            </p>
            <p className="muted small">
              Their statements, grouped by the state or organisation each speaks for:
            </p>
            <StanceLegend only={event.responses.map((statement) => statement.stance)} />
            <div className="sides">
              {sides.map(({ side, items }) => (
                <section key={side.id} className="side" aria-label={`Responses from ${side.name}`}>
                  <h3>
                    {side.name} <span className="muted small">{plural(items.length, 'statement')}</span>
                  </h3>
                  {items.map((statement) => (
                    <StatementCard key={statement.id} statement={statement} aboutEvent={event.id} />
                  ))}
                </section>
              ))}
            </div>
          </>
        )}
      </section>

      {event.parts.length > 0 && (
        <section aria-labelledby="parts">
          <h2 id="parts">Events within it</h2>
          <EventList events={event.parts} />
        </section>
      )}

      <section aria-labelledby="reported">
        <h2 id="reported">Reported in</h2>
        {event.reportedIn.length === 0 ? (
          <p className="muted">No article in the graph mentions it.</p>
        ) : (
          <ArticleList articles={event.reportedIn} />
        )}
      </section>
    </section>
  );
}
