import { findQuotes } from '../../../../src/ingest/candidates/quotes';
import {
  type DetectorModel,
  learnedCandidates,
  probability,
  setDetectorModel,
  uncovered,
} from '../../../../src/ingest/candidates/learned/detector';
import { quotedTokens, sentenceFeatures } from '../../../../src/ingest/candidates/learned/features';
import { type Example, fit, trainWithThreshold } from '../../../../src/ingest/eval/spans/train';
import { analyse } from '../../../../src/ingest/text/sentences';
import { extract } from '../knownGraph';

const featuresOf = (text: string, sentence = 0) => {
  const doc = analyse(text);
  const s = doc.sentences[sentence];
  if (!s) throw new Error('no sentence');
  return sentenceFeatures({ doc, s, quoted: quotedTokens(doc, findQuotes(text)), rules: [] });
};

/** A hand-set model: fires on a short clause closing the sentence, or on a sentence that is mostly a quote. */
const model: DetectorModel = {
  bias: -2,
  weights: { 'short-clause-after-comma': 4, 'mostly-quoted': 4, 'l:reckon': 1 },
  threshold: 0.5,
};

describe('learned span detector: features', () => {
  it('sees a closing clause, a modal and the verbs outside quotation marks', () => {
    const f = featuresOf('The bridge will reopen within a week, the mayor reckoned.');
    expect(f).toEqual(
      expect.arrayContaining(['short-clause-after-comma', 'modal', 'l:reckon', 'l:reopen', 'last:reckon']),
    );
    expect(f).not.toContain('quote');
  });

  it('leaves the words inside quotation marks out of the lemmas', () => {
    const f = featuresOf('“We shall rebuild every school,” the engineer wrote.');
    expect(f).toEqual(expect.arrayContaining(['quote', 'opens-with-quote']));
    expect(f).not.toContain('l:rebuild');
  });
});

describe('learned span detector: candidates', () => {
  const text =
    'Fishing boats returned to the harbour on Monday. The bridge will reopen within a week, the mayor reckoned.';

  it('is off unless a model is given', () => {
    const doc = analyse(text);
    expect(learnedCandidates(doc, findQuotes(text), [])).toEqual([]);
  });

  it('hands a closing clause to the speaker stage with the words before the comma as its span', () => {
    const doc = analyse(text);
    const found = learnedCandidates(doc, findQuotes(text), [], model);
    expect(found).toHaveLength(1);
    const c = found[0];
    if (!c?.speaker) throw new Error('no candidate');
    expect(c.kind).toBe('trailing');
    expect(text.slice(c.start, c.end)).toBe('The bridge will reopen within a week, the mayor reckoned');
    expect(
      text.slice(doc.tokens[c.speaker.first]?.start ?? 0, doc.tokens[c.speaker.last - 1]?.end ?? 0),
    ).toBe('the mayor');
    expect(c.lemma).toBe('reckon');
  });

  it('reads only sentences no rule candidate touches', () => {
    const doc = analyse(text);
    const second = doc.sentences[1];
    if (!second) throw new Error('no sentence');
    const rule = { ...learnedCandidates(doc, findQuotes(text), [], model)[0], start: second.start + 2 };
    expect(uncovered(doc, [rule as never])).toEqual([0]);
  });

  it('gives a sentence that is all quote to the previous speaker', () => {
    const quoted = 'The engineer spoke to the workers. “Every school will stand again by spring.”';
    const doc = analyse(quoted);
    const found = learnedCandidates(doc, findQuotes(quoted), [], model);
    expect(found.map((c) => [c.kind, c.direct])).toEqual([['continuation', true]]);
  });

  it('runs inside extraction only while a model is set, the speaker resolved the usual way', () => {
    const article = 'Lavrov met the envoy on Monday. Talks will resume within a week, Lavrov reckoned.';
    const found = () => extract(article).statements.map((s) => [s.speaker.id, s.text, s.evidence.form]);
    expect(found()).toEqual([]);
    setDetectorModel(model);
    try {
      expect(found()).toEqual([
        ['actor:sergei-lavrov', 'Talks will resume within a week, Lavrov reckoned', 'trailing'],
      ]);
    } finally {
      setDetectorModel(null);
    }
    expect(found()).toEqual([]);
  });
});

describe('learned span detector: training', () => {
  const examples: Example[] = ['A', 'B', 'C'].flatMap((corpus) => [
    ...Array.from({ length: 6 }, () => ({ corpus, features: ['cue', 'common'], positive: true })),
    ...Array.from({ length: 12 }, () => ({ corpus, features: ['common'], positive: false })),
    { corpus, features: ['common', `topic-${corpus}`], positive: true },
  ]);

  it('learns the feature that carries across corpora and drops the ones of one corpus', () => {
    const m = fit(examples);
    expect(m.weights.cue).toBeGreaterThan(1);
    expect(Object.keys(m.weights)).not.toContain('topic-A');
    expect(probability(m, ['cue', 'common'])).toBeGreaterThan(0.5);
    expect(probability(m, ['common'])).toBeLessThan(0.5);
  });

  it('is deterministic and picks its threshold by leaving out one training corpus at a time', () => {
    const [a, b] = [trainWithThreshold(examples), trainWithThreshold(examples)];
    expect(a).toEqual(b);
    expect(a.threshold).toBeGreaterThanOrEqual(0.2);
    expect(a.threshold).toBeLessThan(1);
  });
});
