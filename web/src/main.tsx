import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { Client, Provider, cacheExchange, fetchExchange } from 'urql';
import { App } from './App';
import './styles.css';

// POST with a JSON body: Apollo Server's CSRF protection refuses simple GET requests without a preflight header.
const client = new Client({
  url: '/graphql',
  preferGetMethod: false,
  exchanges: [cacheExchange, fetchExchange],
});

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <Provider value={client}>
      <BrowserRouter basename="/explorer">
        <App />
      </BrowserRouter>
    </Provider>
  </StrictMode>,
);
