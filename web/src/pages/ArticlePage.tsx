import { useEffect, useMemo, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useQuery } from 'urql';
import { StanceLegend, StanceTag } from '../components/Stance';
import { ActorLinks } from '../components/StatementCard';
import { Failure, Loading, NotFound } from '../components/Status';
import { plural, readableDate } from '../format';
import { graphql } from '../gql';
import type { ArticlePageQuery } from '../gql/graphql';
import { idFromParam, pagePath, spanFromHash } from '../ids';
import { segments } from '../spans';
import { STANCES } from '../stance';

const ArticleDocument = graphql(`
  query ArticlePage($id: ID!) {
    article(id: $id) {
      id
      title
      outlet
      published
      url
      text
      events {
        id
        title
      }
      statements(first: 100) {
        totalCount
        edges {
          node {
            ...StatementCard
          }
        }
      }
    }
  }
`);

type Article = NonNullable<ArticlePageQuery['article']>;
type Statement = Article['statements']['edges'][number]['node'];
type Located = Statement & { start: number; end: number };

export function ArticlePage() {
  const id = idFromParam('article', useParams().id);
  const [{ data, fetching, error }] = useQuery({ query: ArticleDocument, variables: { id } });
  if (fetching) return <Loading what="the article" />;
  if (error) return <Failure error={error} />;
  const article = data?.article;
  if (!article) return <NotFound kind="article" id={id} />;
  return <ArticleView article={article} />;
}

function ArticleView({ article }: { article: Article }) {
  const { hash } = useLocation();
  const wanted = spanFromHash(hash);
  const located = useMemo<Located[]>(
    () =>
      article.statements.edges.map(({ node }) => ({
        ...node,
        start: node.source.start,
        end: node.source.end,
      })),
    [article],
  );
  const pieces = useMemo(
    () => segments(article.text, located, wanted ? [wanted.start, wanted.end] : []),
    [article.text, located, wanted?.start, wanted?.end],
  );
  const initial = wanted
    ? located.find((statement) => statement.start === wanted.start && statement.end === wanted.end)
    : undefined;
  const [selectedId, setSelectedId] = useState<string | undefined>(initial?.id);
  useEffect(() => setSelectedId(initial?.id), [initial?.id]);
  useEffect(() => {
    if (!wanted) return;
    document
      .querySelector(`[data-start="${wanted.start}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'instant' });
  }, [wanted?.start, wanted?.end]);
  const selected = located.find((statement) => statement.id === selectedId);
  const inWanted = (start: number, end: number) =>
    wanted !== null && start >= wanted.start && end <= wanted.end;

  return (
    <section className="article-page">
      <p className="kicker">Article</p>
      <h1>{article.title}</h1>
      <p className="lead">
        {article.outlet ?? 'Outlet unknown'} · published {readableDate(article.published)}
        {article.url && (
          <>
            {' · '}
            <a href={article.url} rel="noreferrer">
              original address
            </a>
          </>
        )}
      </p>
      <p>
        {plural(article.statements.totalCount, 'statement')} highlighted. Click a highlight for who said it,
        the stance and whom it targets.
      </p>
      <StanceLegend only={located.map((statement) => statement.stance)} />
      {wanted && !initial && (
        <p className="notice" role="status">
          No statement starts and ends exactly at characters {wanted.start}–{wanted.end}; that stretch is
          underlined below.
        </p>
      )}
      <div className="article-layout">
        <div className="article-text" aria-label="Article text">
          {pieces.map((piece) => {
            const outer = piece.spans[0];
            const highlight = inWanted(piece.start, piece.end) ? ' wanted' : '';
            if (!outer) {
              return (
                <span key={piece.start} data-start={piece.start} className={highlight.trim() || undefined}>
                  {piece.text}
                </span>
              );
            }
            const chosen = piece.spans.find((span) => span.id === selectedId);
            const shown = chosen ?? piece.spans[piece.spans.length - 1] ?? outer;
            return (
              <mark
                key={piece.start}
                data-start={piece.start}
                data-statements={piece.spans.map((span) => span.id).join(' ')}
                className={`span${chosen ? ' selected' : ''}${highlight}`}
                style={{
                  textDecorationColor: STANCES[shown.stance].colour,
                  backgroundColor: tint(shown.stance),
                }}
                title={`${shown.speaker.name}: ${STANCES[shown.stance].label}`}
                onClick={() =>
                  setSelectedId(shown.id === selectedId && piece.spans.length > 1 ? outer.id : shown.id)
                }
              >
                {piece.text}
              </mark>
            );
          })}
        </div>
        <aside className="span-detail" aria-live="polite">
          {selected ? <Detail statement={selected} /> : <p className="muted">Click a highlighted passage.</p>}
          {article.events.length > 0 && (
            <>
              <h3>Events in this article</h3>
              <ul className="hits">
                {article.events.map((event) => (
                  <li key={event.id}>
                    <Link to={pagePath('event', event.id)}>{event.title}</Link>
                  </li>
                ))}
              </ul>
            </>
          )}
        </aside>
      </div>
    </section>
  );
}

function tint(stance: Statement['stance']): string {
  return `${STANCES[stance].colour}22`;
}

function Detail({ statement }: { statement: Located }) {
  return (
    <div className="detail" data-selected={statement.id}>
      <h3>
        <Link to={pagePath('actor', statement.speaker.id)}>{statement.speaker.name}</Link>
      </h3>
      <p>
        <StanceTag stance={statement.stance} />{' '}
        <span className="muted">{readableDate(statement.date, statement.datePrecision)}</span>
      </p>
      {statement.via && (
        <p className="small">
          Delivered by <Link to={pagePath('actor', statement.via.id)}>{statement.via.name}</Link>
        </p>
      )}
      <p className="small">
        {statement.direct ? 'Direct quote' : 'Paraphrased by the article'}
        {statement.provenance === 'EXTRACTED' ? ', extracted automatically' : ', checked by hand'}. Characters{' '}
        {statement.start}–{statement.end}.
      </p>
      {statement.targets.length > 0 && (
        <p>
          Targets: <ActorLinks actors={statement.targets} />
        </p>
      )}
      {statement.respondsTo.length > 0 && (
        <p>
          About:{' '}
          {statement.respondsTo.map((event, index) => (
            <span key={event.id}>
              {index > 0 && '; '}
              <Link to={pagePath('event', event.id)}>{event.title}</Link>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
