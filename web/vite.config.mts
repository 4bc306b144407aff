import path from 'node:path';
import { defineConfig } from 'vite';

// Two pages from one build: the explorer (index.html, served at /explorer) and the offline GraphiQL
// (graphiql.html, served at /graphiql). Every script, style and font is bundled: nothing loads from
// the internet. `npm run web:dev` proxies the API to the server `npm start` runs.
const root = import.meta.dirname;

export default defineConfig({
  root,
  base: '/explorer/',
  oxc: { jsx: { runtime: 'automatic' } },
  build: {
    outDir: path.resolve(root, '../dist/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 4096,
    rollupOptions: {
      input: { explorer: path.resolve(root, 'index.html'), graphiql: path.resolve(root, 'graphiql.html') },
      // React libraries mark files "use client" for server components; meaningless in a browser bundle.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    proxy: { '/graphql': `http://localhost:${process.env.PORT ?? 4000}` },
  },
});
