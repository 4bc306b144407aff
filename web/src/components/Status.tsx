import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Loading {what}…
    </p>
  );
}

export function Message({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="message" role="alert">
      <h1>{title}</h1>
      <p>{children}</p>
    </section>
  );
}

export function Failure({ error }: { error: CombinedError }) {
  const detail = error.networkError
    ? 'The explorer could not reach the graph API. Is the server running?'
    : error.graphQLErrors.map((e) => e.message).join(' ');
  return <Message title="Something went wrong">{detail}</Message>;
}

export function NotFound({ kind, id }: { kind: string; id: string }) {
  return (
    <Message title={`No such ${kind}`}>
      There is no {kind} with the id <code>{id}</code> in the graph. It may have been misspelt; try the
      search.
    </Message>
  );
}
