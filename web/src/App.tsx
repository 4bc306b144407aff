import { Navigate, Route, Routes } from 'react-router';
import { Layout } from './components/Layout';
import { Message } from './components/Status';
import { ActorPage } from './pages/ActorPage';
import { ArticlePage } from './pages/ArticlePage';
import { EventPage } from './pages/EventPage';
import { PathPage } from './pages/PathPage';
import { SearchPage } from './pages/SearchPage';

export function App() {
  return (
    <Layout>
      <Routes>
        <Route path="/" element={<Navigate to="/search" replace />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/actors/:id" element={<ActorPage />} />
        <Route path="/events/:id" element={<EventPage />} />
        <Route path="/articles/:id" element={<ArticlePage />} />
        <Route path="/path" element={<PathPage />} />
        <Route
          path="*"
          element={<Message title="Page not found">This address is not a page of the explorer.</Message>}
        />
      </Routes>
    </Layout>
  );
}
