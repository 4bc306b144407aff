import { parseArgs } from 'node:util';
import { createDriver, ensureDevNeo4j } from '../../db/connection';
import { Graph } from '../../db/graph';
import { migrate } from '../../db/migrations';
import type { Stance } from '../types';
import {
  type Correction,
  type CorrectionAction,
  CorrectionError,
  checkCorrection,
  correctStatement,
} from './correct';

const USAGE = `Usage: npm run correct -- <statementId> confirm|correct|reject [--speaker ACTOR_ID] [--stance STANCE]
                        [--targets ID,ID,… | --no-targets] [--start N --end N] [--note TEXT] [--json]

An analyst's verdict on an extracted statement (the same as the correctStatement mutation):
  confirm   it is right; it becomes CURATED and survives re-ingesting its article
  correct   replace the fields given (speaker, stance, targets, span); it becomes CURATED
  reject    it is not a statement; it leaves the API and is not written again on re-ingest`;

/** Reads the command line into a correction, or throws a CorrectionError that says what is wrong. */
export function correctionFromArgs(argv: string[]): Correction | 'help' {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      speaker: { type: 'string' },
      stance: { type: 'string' },
      targets: { type: 'string' },
      'no-targets': { type: 'boolean', default: false },
      start: { type: 'string' },
      end: { type: 'string' },
      note: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return 'help';
  const [statementId, verb] = positionals;
  const action = verb?.toUpperCase() as CorrectionAction | undefined;
  if (!statementId || !action || !['CONFIRM', 'CORRECT', 'REJECT'].includes(action))
    throw new CorrectionError('Give a statement id and one of confirm, correct, reject.', 'action');
  const int = (name: string, v: string | undefined) => {
    if (v === undefined) return null;
    if (!/^\d+$/.test(v))
      throw new CorrectionError(`--${name} must be a whole number; got ${JSON.stringify(v)}.`, name);
    return Number(v);
  };
  const correction: Correction = {
    statementId,
    action,
    speakerId: values.speaker ?? null,
    stance: (values.stance?.toUpperCase() as Stance | undefined) ?? null,
    targetIds: values['no-targets']
      ? []
      : values.targets
        ? values.targets.split(',').map((t) => t.trim())
        : null,
    start: int('start', values.start),
    end: int('end', values.end),
    note: values.note ?? null,
  };
  checkCorrection(correction);
  return correction;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  let correction: Correction | 'help';
  try {
    correction = correctionFromArgs(argv);
  } catch (error) {
    if (!(error instanceof CorrectionError || error instanceof TypeError)) throw error;
    console.error(`${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (correction === 'help') {
    console.info(USAGE);
    return 0;
  }
  const settings = await ensureDevNeo4j((line) => console.error(line));
  const driver = createDriver(settings);
  try {
    const graph = new Graph(driver, settings.database);
    await migrate(graph);
    const result = await correctStatement(graph, correction);
    if (argv.includes('--json')) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else
      console.info(
        `${result.statementId}: ${result.rejected ? 'rejected' : `${result.action.toLowerCase()}ed, now ${result.provenance}`}\n` +
          `  [${result.start}-${result.end}] ${result.speakerId ?? '-'} ${result.stance} → ${result.targetIds.join(', ') || '-'}\n  ${result.text}`,
      );
    return 0;
  } catch (error) {
    if (!(error instanceof CorrectionError)) throw error;
    console.error(error.message);
    return 1;
  } finally {
    await driver.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
