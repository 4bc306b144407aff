import { setSpeakerTrial } from '../../speakers/trial';
import type { Eligibility } from './eligible';
import { oracleTrial } from './oracle';
import { printTrialTable, trialArticles } from './table';

/**
 * `npx tsx src/ingest/eval/corefTrial/run.ts MODE [--holdout]`: the (speaker, span) table (table.ts) with the
 * rules alone ("rules") or the oracle bound (oracle.ts) on the dropped candidates, the anaphoric ones, or both
 * ("oracle-dropped", "oracle-anaphoric", "oracle"). --holdout adds the holdout split, in aggregate only.
 * The CoreNLP chains are research/parser/corefTrial.ts.
 */
const ORACLE: Record<string, Eligibility[]> = {
  oracle: ['dropped', 'anaphoric'],
  'oracle-dropped': ['dropped'],
  'oracle-anaphoric': ['anaphoric'],
};

const mode = process.argv[2] ?? '';
const holdout = process.argv.includes('--holdout');
const kinds = ORACLE[mode];
if (mode !== 'rules' && !kinds) {
  console.error(`usage: run.ts (rules|${Object.keys(ORACLE).join('|')}) [--holdout]`);
  process.exit(2);
}
const articles = trialArticles(holdout);
if (kinds) setSpeakerTrial(oracleTrial([...articles.seed, ...articles.dev, ...articles.held], kinds));
printTrialTable(mode, articles);
