import path from 'node:path';
import { setSubjectTrial } from '../../src/ingest/candidates/subjects';
import { subjectTrial, trialCounts } from '../../src/ingest/eval/parserTrial/trial';
import type { SubjectReader } from '../../src/ingest/eval/parserTrial/trial';
import { aligned, isSubject, loadParses, phraseOf, subtree } from './parses';

/** Clauses and parentheticals hung on a subject, left out of its "core" (relative clauses, acl, parataxis, the parser's unknown "dep"). */
const OFF_CORE = /^(acl|acl:relcl|relcl|parataxis|dep|punct)$/;

/**
 * Puts a Maven parser's subject of each reporting verb in place of the rules' (the existing
 * `setSubjectTrial` hook), read from the sidecar's output for the dev sentences (.parser/PARSER.jsonl).
 * MODE is PARSER-(replace|fallback)[-core]; "" leaves the rules alone. Returns a label, or null if MODE is wrong.
 */
export function installTrial(modeArg: string): string | null {
  if (modeArg === 'rules') return 'rules';
  const [parser, mode, shape = ''] = modeArg.split('-');
  if (!parser || !['corenlp', 'nlp4j'].includes(parser) || !['replace', 'fallback'].includes(mode ?? ''))
    return null;
  if (!['', 'core'].includes(shape)) return null;
  const dir = path.resolve(__dirname, '../../.parser');
  const parses = loadParses(path.join(dir, 'sentences.jsonl'), path.join(dir, `${parser}.jsonl`));
  const reader: SubjectReader = (doc, sentence, v) => {
    const a = aligned(parses, doc, sentence);
    const p = a?.of.get(v);
    if (!a || p === undefined) return null;
    const subject = a.tokens.findIndex((t) => t[4] === p + 1 && isSubject(t[5]));
    if (subject < 0) return null;
    const skip = (c: number) => shape === 'core' && OFF_CORE.test(a.tokens[c]?.[5] ?? '');
    return phraseOf(a, subtree(a, subject, skip, true));
  };
  setSubjectTrial(subjectTrial(reader, mode === 'fallback'));
  process.on('exit', () => console.info(`\n== ${modeArg}: ${JSON.stringify(trialCounts)}`));
  return modeArg;
}
