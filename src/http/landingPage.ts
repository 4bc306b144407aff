import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

export interface PageLink {
  href: string;
  label: string;
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * The page a browser gets at /graphql in production: static HTML with no scripts and nothing remote,
 * saying what this is, how to query it, and where the documentation (and any explorer) is.
 */
export function landingPageHtml(links: readonly PageLink[]): string {
  const items = links
    .map((link) => `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`)
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>conflict-graph GraphQL API</title>
    <style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#222}code{background:#f3f3f3;padding:0 .25rem}</style>
  </head>
  <body>
    <h1>conflict-graph GraphQL API</h1>
    <p>A knowledge graph of political actors and what they say. Send GraphQL operations as
      <code>POST /graphql</code> with <code>Content-Type: application/json</code> and a body
      <code>{"query": "…", "variables": {…}}</code>.</p>
    <p>The schema, example operations, limits and error codes are documented in the project's
      <code>README.md</code> and in <code>schema/*.graphql</code>.</p>
    <ul>
      ${items}
    </ul>
  </body>
</html>
`;
}

/** Apollo's landing page in production: ours, above, in place of a remotely loaded IDE. */
export function localLandingPage(links: readonly PageLink[]): ApolloServerPlugin<BaseContext> {
  const html = landingPageHtml(links);
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html };
        },
      };
    },
  };
}
