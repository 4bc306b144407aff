import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

// The offline GraphQL IDE: bundled with the explorer, so it works without internet (Apollo Sandbox
// loads from a CDN). It talks to this server's /graphql.
const fetcher = createGraphiQLFetcher({ url: `${window.location.origin}/graphql` });

const defaultQuery = `# Ctrl-Enter runs the query.
# The book icon lists every field.

query WhoRespondedToTheLachinClash {
  event(id: "event:2022-08-03-lachin-clash") {
    title
    date
    respondents { name }
    casualtyClaims { claimant { name } side { name } killed wounded }
  }
}
`;

const root = document.getElementById('graphiql');
if (!root) throw new Error('The page has no #graphiql element.');
createRoot(root).render(
  <StrictMode>
    <GraphiQL fetcher={fetcher} defaultQuery={defaultQuery}>
      <GraphiQL.Logo>
        <a href="/explorer" style={{ fontSize: '0.9rem', marginRight: '1rem' }}>
          ← Back to the explorer
        </a>
        Graph<em>i</em>QL
      </GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
