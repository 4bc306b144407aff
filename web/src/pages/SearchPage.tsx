import { type FormEvent, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ArticleList, EventList } from '../components/Lists';
import { Failure, Loading } from '../components/Status';
import { StatementCard } from '../components/StatementCard';
import { StanceLegend } from '../components/Stance';
import { graphql } from '../gql';
import type { SearchQuery } from '../gql/graphql';
import { plain, plural, readableRange } from '../format';
import { pagePath } from '../ids';

const SearchDocument = graphql(`
  query Search($text: String!) {
    search(text: $text, first: 40) {
      __typename
      ... on Actor {
        id
        name
        actorKind: kind
        aliases
        statementCount
      }
      ... on Event {
        id
        title
        eventKind: kind
        date
        endDate
        datePrecision
      }
      ... on Statement {
        ...StatementCard
      }
      ... on Place {
        id
        name
        placeKind: kind
        aliases
        in {
          name
        }
        events {
          id
          title
          date
          datePrecision
        }
      }
      ... on Article {
        id
        title
        outlet
        published
      }
    }
  }
`);

type Hit = SearchQuery['search'][number];
type HitOf<Name extends Hit['__typename']> = Extract<Hit, { __typename: Name }>;
const only = <Name extends Hit['__typename']>(hits: Hit[], name: Name) =>
  hits.filter((hit): hit is HitOf<Name> => hit.__typename === name);

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [text, setText] = useState(q);
  useEffect(() => setText(q), [q]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setParams(text.trim() ? { q: text.trim() } : {});
  };
  return (
    <section>
      <h1>Search the graph</h1>
      <form className="big-search" role="search" onSubmit={submit}>
        <input
          aria-label="Search text"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="A name, an incident, a place or words from a quote (spelling variants are fine)"
        />
        <button type="submit">Search</button>
      </form>
      {q ? (
        <Results q={q} />
      ) : (
        <p className="muted">
          Try <Link to="/search?q=Pashinian">Pashinian</Link>, <Link to="/search?q=Lachin">Lachin</Link> or{' '}
          <Link to="/search?q=ceasefire">ceasefire</Link>.
        </p>
      )}
    </section>
  );
}

function Results({ q }: { q: string }) {
  const [{ data, fetching, error }] = useQuery({ query: SearchDocument, variables: { text: q } });
  if (fetching) return <Loading what="results" />;
  if (error) return <Failure error={error} />;
  const hits = data?.search ?? [];
  if (hits.length === 0) return <p role="status">Nothing in the graph matches “{q}”.</p>;
  const actors = only(hits, 'Actor');
  const events = only(hits, 'Event');
  const places = only(hits, 'Place');
  const articles = only(hits, 'Article');
  const statements = only(hits, 'Statement');
  return (
    <div className="results">
      <p className="muted" role="status">
        {hits.length} results for “{q}”, best matches first.
      </p>
      {actors.length > 0 && (
        <section aria-labelledby="hits-actors">
          <h2 id="hits-actors">People, organisations and states</h2>
          <ul className="hits">
            {actors.map((actor) => (
              <li key={actor.id}>
                <Link to={pagePath('actor', actor.id)}>{actor.name}</Link>{' '}
                <span className="muted">
                  {plain(actor.actorKind)} · {plural(actor.statementCount, 'statement')}
                  {actor.aliases.length > 0 && ` · also written ${actor.aliases.join(', ')}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {events.length > 0 && (
        <section aria-labelledby="hits-events">
          <h2 id="hits-events">Events</h2>
          <ul className="hits">
            {events.map((event) => (
              <li key={event.id}>
                <Link to={pagePath('event', event.id)}>{event.title}</Link>{' '}
                <span className="muted">
                  {plain(event.eventKind)} · {readableRange(event.date, event.endDate, event.datePrecision)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {places.length > 0 && (
        <section aria-labelledby="hits-places">
          <h2 id="hits-places">Places</h2>
          <ul className="hits">
            {places.map((place) => (
              <li key={place.id}>
                <strong>{place.name}</strong>{' '}
                <span className="muted">
                  {plain(place.placeKind)}
                  {place.in && ` in ${place.in.name}`}
                  {place.aliases.length > 0 && ` · also written ${place.aliases.join(', ')}`}
                </span>
                {place.events.length > 0 && <EventList events={place.events} className="sub" />}
              </li>
            ))}
          </ul>
        </section>
      )}
      {articles.length > 0 && (
        <section aria-labelledby="hits-articles">
          <h2 id="hits-articles">Articles</h2>
          <ArticleList articles={articles} />
        </section>
      )}
      {statements.length > 0 && (
        <section aria-labelledby="hits-statements">
          <h2 id="hits-statements">Statements</h2>
          <StanceLegend only={statements.map((statement) => statement.stance)} />
          {statements.map((statement) => (
            <StatementCard key={statement.id} statement={statement} />
          ))}
        </section>
      )}
    </div>
  );
}
