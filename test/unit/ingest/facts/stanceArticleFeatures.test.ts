import { articleContext, articleFeatures } from '../../../../src/ingest/facts/stanceModel/articleFeatures';
import { analyse } from '../../../../src/ingest/text/sentences';
import type { ExtractedStatement, Extraction } from '../../../../src/ingest/types';
import { SNAPSHOT } from '../knownGraph';

// An invented article: a ministry of one side speaks twice, a resident once.
const TEXT =
  'The Ministry of Defense of Azerbaijan said Armenian units shelled the village overnight.\n' +
  'Two farmers were killed in the shelling, the ministry said.\n' +
  'A resident, Lela Dorn, said the market stayed shut.';

const at = (words: string) => {
  const start = TEXT.indexOf(words);
  return { start, end: start + words.length, text: words };
};

function statement(
  id: string,
  words: string,
  stance: ExtractedStatement['stance'],
  speaker: Partial<ExtractedStatement['speaker']>,
): ExtractedStatement {
  return {
    id,
    ...at(words),
    direct: false,
    date: '2026-11-30',
    datePrecision: 'DAY',
    channel: 'STATEMENT',
    stance,
    speaker: {
      id: 'actor:mod-azerbaijan',
      name: 'Ministry of Defense of Azerbaijan',
      kind: 'ORGANIZATION',
      isNew: false,
      mention: 'The Ministry of Defense of Azerbaijan',
      ...speaker,
    },
    via: null,
    targets: [],
    respondsTo: [],
    confidence: 0.8,
    evidence: { form: 'paraphrase', by: 'name' } as ExtractedStatement['evidence'],
  };
}

const STATEMENTS = [
  statement('s1', 'Armenian units shelled the village overnight', 'ACCUSES', {}),
  statement('s2', 'Two farmers were killed in the shelling', 'CLAIMS', { mention: 'the ministry' }),
  statement('s3', 'the market stayed shut', 'CLAIMS', {
    id: 'actor:lela-dorn',
    name: 'Lela Dorn',
    kind: 'PERSON',
    isNew: true,
    mention: 'A resident, Lela Dorn',
  }),
];

const extraction = { text: TEXT, statements: STATEMENTS, claims: [], newActors: [] } as unknown as Extraction;
const ctx = articleContext(analyse(TEXT), extraction, SNAPSHOT);
const features = (i: number) => articleFeatures(ctx, STATEMENTS[i] as ExtractedStatement);

describe('the stance classifier’s article-level features', () => {
  it('read what the same speaker says elsewhere in the article, as the rules read it', () => {
    expect(features(1)).toEqual(expect.arrayContaining(['art:same:ACCUSES', 'art:same-near:ACCUSES']));
    expect(features(2).some((f) => f.startsWith('art:same'))).toBe(false);
  });

  it('read the speaker’s kind and what the words naming it say it is', () => {
    expect(features(0)).toEqual(
      expect.arrayContaining(['art:kind:ORGANIZATION', 'art:org:MINISTRY', 'art:spk:state-organ']),
    );
    expect(features(2)).toEqual(
      expect.arrayContaining(['art:kind:PERSON', 'art:spk:witness', 'art:speaker-no-side']),
    );
  });

  it('read an actor of the other side named in the words, and harm with or without a named doer', () => {
    expect(features(0)).toEqual(
      expect.arrayContaining(['art:names-other-side', 'art:harm', 'art:harm-other-side']),
    );
    expect(features(1)).toEqual(expect.arrayContaining(['art:harm', 'art:harm-no-doer']));
    expect(features(2)).not.toContain('art:harm');
  });

  it('read the whole sentence’s words, beyond the span', () => {
    expect(features(1)).toContain('art:s:ministry');
  });
});
