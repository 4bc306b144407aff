import { setSubjectTrial } from '../../candidates/subjects';
import { TRIAL_MODES, type TrialMode, compromiseTrial, trialCounts } from './compromiseSubjects';

/**
 * `npx tsx src/ingest/eval/parserTrial/run.ts MODE [eval options]`: runs `npm run eval` with
 * compromise deciding the subject of reporting verbs (see README.md beside this file). Without a
 * mode it is the plain eval.
 */
const given = process.argv[2];
const mode = given && !given.startsWith('--') ? (given as TrialMode) : undefined;
if (mode && !TRIAL_MODES.includes(mode)) {
  console.error(`mode must be one of: ${TRIAL_MODES.join(', ')}`);
  process.exit(2);
}
if (mode) {
  process.argv.splice(2, 1);
  setSubjectTrial(compromiseTrial(mode));
  process.on('exit', () => console.info(`\n== parser trial ${mode}: ${JSON.stringify(trialCounts)}`));
}
// The eval runs when its module loads, after the trial is in place.
void import('../eval');
