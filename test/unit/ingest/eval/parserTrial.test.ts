import { setSubjectTrial } from '../../../../src/ingest/candidates/subjects';
import { compromiseReader, phraseOver } from '../../../../src/ingest/eval/parserTrial/compromiseSubjects';
import { subjectTrial } from '../../../../src/ingest/eval/parserTrial/trial';
import { analyse } from '../../../../src/ingest/text/sentences';
import { candidates } from '../candidates/found';

const speakers = (text: string): string[] => candidates(text).map(([speaker]) => speaker);

describe('the parser trial (compromise deciding the subject of a reporting verb)', () => {
  afterEach(() => setSubjectTrial(null));

  it('leaves the rules alone when no trial is set', () => {
    expect(speakers('Ana Ruiz, the head of the council, said the talks would resume.')).toEqual(['Ana Ruiz']);
  });

  it('gives the last word to compromise when a trial is set', () => {
    const text = 'The ministry of Ruritania on Thursday rejected the claims as lies.';
    expect(speakers(text)).toEqual(['The ministry of Ruritania']);
    setSubjectTrial(subjectTrial(compromiseReader('subject'), false));
    // compromise takes the nearest noun before the verb: the day, not the ministry.
    expect(speakers(text)).toEqual(['Thursday']);
  });

  it('keeps the rules where they found a subject in fallback mode', () => {
    setSubjectTrial(subjectTrial(compromiseReader('subject'), true));
    expect(speakers('The ministry of Ruritania on Thursday rejected the claims as lies.')).toEqual([
      'The ministry of Ruritania',
    ]);
  });

  it("maps compromise's character spans onto wink's tokens, punctuation at the edges left out", () => {
    const text = 'Ana Ruiz, the head of the council, said the talks would resume.';
    const doc = analyse(text);
    const sentence = doc.sentences[0];
    if (!sentence) throw new Error('no sentence');
    const phrase = phraseOver(doc, sentence, { start: 10, end: text.indexOf('said') });
    expect(phrase && text.slice(doc.tokens[phrase.first]?.start, doc.tokens[phrase.last - 1]?.end)).toBe(
      'the head of the council',
    );
  });
});
