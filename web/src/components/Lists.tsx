import { Link } from 'react-router';
import type { DatePrecision } from '../gql/graphql';
import { readableDate } from '../format';
import { pagePath } from '../ids';

interface ArticleItem {
  id: string;
  title: string;
  outlet?: string | null;
  published?: string | null;
}

interface EventItem {
  id: string;
  title: string;
  date?: string | null;
  datePrecision?: DatePrecision | null;
}

/** Articles as links, each with its outlet and publication date. */
export function ArticleList({ articles }: { articles: ArticleItem[] }) {
  return (
    <ul className="hits">
      {articles.map((article) => (
        <li key={article.id}>
          <Link to={pagePath('article', article.id)}>{article.title}</Link>{' '}
          <span className="muted">
            {article.outlet ?? 'outlet unknown'} · {readableDate(article.published)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Events as links, each with its date as precisely as it is known. */
export function EventList({ events, className = 'hits' }: { events: EventItem[]; className?: string }) {
  return (
    <ul className={className}>
      {events.map((event) => (
        <li key={event.id}>
          <Link to={pagePath('event', event.id)}>{event.title}</Link>{' '}
          <span className="muted">{readableDate(event.date, event.datePrecision)}</span>
        </li>
      ))}
    </ul>
  );
}
