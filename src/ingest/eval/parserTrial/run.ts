import { setSubjectTrial } from '../../candidates/subjects';
import { compromiseReader } from './compromiseSubjects';
import { enParseReader } from './enParseSubjects';
import { type SubjectReader, subjectTrial, trialCounts } from './trial';

/**
 * `npx tsx src/ingest/eval/parserTrial/run.ts [MODE] [eval options]`: runs `npm run eval` with a
 * parser deciding the subject of reporting verbs (src/ingest/README.md, "Parsers measured").
 * MODE is READER-replace or READER-fallback; without one it is the plain eval.
 */
const READERS: Record<string, () => SubjectReader> = {
  'compromise-subjects': () => compromiseReader('subject'),
  'compromise-chunk': () => compromiseReader('chunk'),
  'en-parse': () => enParseReader,
};
const MODES = Object.keys(READERS).flatMap((r) => [`${r}-replace`, `${r}-fallback`]);

const given = process.argv[2];
const mode = given && !given.startsWith('--') ? given : undefined;
if (mode && !MODES.includes(mode)) {
  console.error(`mode must be one of: ${MODES.join(', ')}`);
  process.exit(2);
}
if (mode) {
  process.argv.splice(2, 1);
  const fallback = mode.endsWith('-fallback');
  const reader = READERS[mode.replace(/-(replace|fallback)$/, '')] as () => SubjectReader;
  setSubjectTrial(subjectTrial(reader(), fallback));
  process.on('exit', () => console.info(`\n== parser trial ${mode}: ${JSON.stringify(trialCounts)}`));
}
// The eval runs when its module loads, after the trial is in place.
void import('../eval');
