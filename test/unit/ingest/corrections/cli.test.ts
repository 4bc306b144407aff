import { correctionFromArgs } from '../../../../src/ingest/corrections/cli';
import { CorrectionError } from '../../../../src/ingest/corrections/correct';

describe('npm run correct', () => {
  it('reads a correction of speaker, stance, targets and span', () => {
    expect(
      correctionFromArgs([
        'statement:x',
        'correct',
        '--speaker',
        'actor:a',
        '--stance',
        'accuses',
        '--targets',
        'actor:b, actor:c',
        '--start',
        '10',
        '--end',
        '20',
      ]),
    ).toEqual({
      statementId: 'statement:x',
      action: 'CORRECT',
      speakerId: 'actor:a',
      stance: 'ACCUSES',
      targetIds: ['actor:b', 'actor:c'],
      start: 10,
      end: 20,
      note: null,
    });
    expect(correctionFromArgs(['statement:x', 'correct', '--no-targets'])).toMatchObject({ targetIds: [] });
  });

  it('reads confirm and reject, with a note', () => {
    expect(correctionFromArgs(['statement:x', 'reject', '--note', 'not said'])).toMatchObject({
      action: 'REJECT',
      note: 'not said',
    });
    expect(correctionFromArgs(['statement:x', 'confirm'])).toMatchObject({ action: 'CONFIRM' });
  });

  it.each([
    [['statement:x'], 'Give a statement id and one of confirm, correct, reject.'],
    [['statement:x', 'approve'], 'Give a statement id and one of confirm, correct, reject.'],
    [['statement:x', 'correct'], 'CORRECT needs at least one of'],
    [['statement:x', 'confirm', '--stance', 'ACCUSES'], 'CONFIRM takes no corrected fields'],
    [['statement:x', 'correct', '--stance', 'ANGRY'], 'Unknown stance ANGRY.'],
    [['statement:x', 'correct', '--start', '3'], 'A corrected span needs both start and end.'],
    [['statement:x', 'correct', '--start', '3.5', '--end', '4'], '--start must be a whole number'],
  ])('refuses %j, saying why', (argv, message) => {
    expect(() => correctionFromArgs(argv)).toThrow(CorrectionError);
    expect(() => correctionFromArgs(argv)).toThrow(message);
  });
});
