import { Link } from 'react-router';
import { graphql } from '../gql';
import type { StatementCardFragment } from '../gql/graphql';
import { readableDate } from '../format';
import { pagePath, spanPath } from '../ids';
import { STANCES } from '../stance';
import { StanceTag } from './Stance';

export const StatementCardFields = graphql(`
  fragment StatementCard on Statement {
    id
    text
    direct
    date
    datePrecision
    stance
    provenance
    speaker {
      id
      name
    }
    via {
      id
      name
    }
    targets {
      id
      name
    }
    respondsTo {
      id
      title
    }
    source {
      start
      end
      article {
        id
        title
        outlet
      }
    }
  }
`);

export function ActorLinks({ actors }: { actors: { id: string; name: string }[] }) {
  return (
    <>
      {actors.map((actor, index) => (
        <span key={actor.id}>
          {index > 0 && ', '}
          <Link to={pagePath('actor', actor.id)}>{actor.name}</Link>
        </span>
      ))}
    </>
  );
}

/** One statement: who, what stance, when, the words, and a link to those words in their article. */
export function StatementCard({
  statement,
  showSpeaker = true,
  aboutEvent,
}: {
  statement: StatementCardFragment;
  showSpeaker?: boolean;
  /** The event the page is about: not repeated under each statement. */
  aboutEvent?: string;
}) {
  const otherEvents = statement.respondsTo.filter((event) => event.id !== aboutEvent);
  return (
    <article
      className="statement"
      data-statement={statement.id}
      style={{ borderLeftColor: STANCES[statement.stance].colour }}
    >
      <header>
        {showSpeaker && (
          <strong>
            <Link to={pagePath('actor', statement.speaker.id)}>{statement.speaker.name}</Link>
          </strong>
        )}
        {statement.via && (
          <span className="muted">
            {' '}
            (via <Link to={pagePath('actor', statement.via.id)}>{statement.via.name}</Link>)
          </span>
        )}
        <StanceTag stance={statement.stance} />
        <span className="muted">{readableDate(statement.date, statement.datePrecision)}</span>
      </header>
      <blockquote className={statement.direct ? 'quote' : 'paraphrase'}>
        {statement.direct ? `“${statement.text}”` : statement.text}
        {!statement.direct && <span className="muted small"> (paraphrased by the article)</span>}
      </blockquote>
      {statement.targets.length > 0 && (
        <p className="small">
          {STANCES[statement.stance].verb[0]?.toUpperCase()}
          {STANCES[statement.stance].verb.slice(1)}: <ActorLinks actors={statement.targets} />
        </p>
      )}
      {otherEvents.length > 0 && (
        <p className="small">
          About:{' '}
          {otherEvents.map((event, index) => (
            <span key={event.id}>
              {index > 0 && '; '}
              <Link to={pagePath('event', event.id)}>{event.title}</Link>
            </span>
          ))}
        </p>
      )}
      <p className="small source">
        <Link to={spanPath(statement.source)} title={statement.source.article.title}>
          Read it in the article
          {statement.source.article.outlet ? ` (${statement.source.article.outlet})` : ''}
        </Link>
        {statement.provenance === 'EXTRACTED' && <span className="muted"> · extracted automatically</span>}
      </p>
    </article>
  );
}
