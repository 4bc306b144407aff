import { installTrial } from './install';

/**
 * `npx tsx research/parser/trial.ts PARSER-MODE[-core] [eval options]`: `npm run eval` with a Maven
 * parser's subject of each reporting verb (see install.ts), PARSER corenlp or nlp4j, MODE replace
 * (the parser's subject wherever it has one) or fallback (only where the rules found none). The eval's
 * own process never starts a JVM: it reads the sidecar's output.
 */
if (!installTrial(process.argv[2] ?? '')) {
  console.error('usage: trial.ts (corenlp|nlp4j)-(replace|fallback)[-core] [eval options]');
  process.exit(2);
}
process.argv.splice(2, 1);
void import('../../src/ingest/eval/eval');
