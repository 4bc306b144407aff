import { type FormEvent, type ReactNode, useState } from 'react';
import { Link, NavLink, useNavigate } from 'react-router';

export function Layout({ children }: { children: ReactNode }) {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim()) navigate(`/search?q=${encodeURIComponent(text.trim())}`);
  };
  return (
    <div className="app">
      <header className="top">
        <Link to="/search" className="brand">
          Conflict graph explorer
        </Link>
        <form className="top-search" role="search" onSubmit={submit}>
          <input
            aria-label="Search people, organisations, events, places and quotes"
            placeholder="Search people, events, places, quotes…"
            value={text}
            onChange={(event) => setText(event.target.value)}
          />
          <button type="submit">Search</button>
        </form>
        <nav>
          <NavLink to="/search">Search</NavLink>
          <NavLink to="/path">How are two actors connected?</NavLink>
          <a href="/graphiql">GraphQL (GraphiQL)</a>
        </nav>
      </header>
      <main>{children}</main>
      <footer>
        Every quote links to the exact words in its source article. The graph records claims, not verdicts:
        each claim belongs to whoever made it.
      </footer>
    </div>
  );
}
