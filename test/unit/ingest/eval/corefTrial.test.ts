import { type SpeakerTrial, setSpeakerTrial } from '../../../../src/ingest/speakers/trial';
import { type Chain, chainTrial } from '../../../../src/ingest/eval/corefTrial/chains';
import { isAnaphoricPhrase, trialTally } from '../../../../src/ingest/eval/corefTrial/eligible';
import { oracleTrial } from '../../../../src/ingest/eval/corefTrial/oracle';
import type { EvalArticle } from '../../../../src/ingest/eval/predictions';
import { extract } from '../knownGraph';

const DROPPED = 'Armenia closed the road on Monday. The outfit said the posts were retaken.';
const PRONOUN = 'Russia met Armenia on Monday. It said the posts were retaken.';

const spoken = (text: string) => extract(text).statements.map((s) => [s.speaker.name, s.start, s.end]);

function withTrial<T>(trial: SpeakerTrial, run: () => T): T {
  setSpeakerTrial(trial);
  try {
    return run();
  } finally {
    setSpeakerTrial(null);
  }
}

/** A chain over the article by the words of its mentions, the first one representative. */
function chain(text: string, ...words: string[]): Chain {
  return words.map((w, i) => {
    const start = text.indexOf(w);
    return { start, end: start + w.length, text: w, representative: i === 0 };
  });
}

describe('the speaker trial hook (speakers/trial.ts): eval only, inert unless set', () => {
  it('leaves extraction as the rules have it when no trial is set, and after one is unset', () => {
    const before = [spoken(DROPPED), spoken(PRONOUN)];
    expect(before).toEqual([[], [['Russia', 33, 60]]]);
    withTrial(
      () => null,
      () => expect(spoken(PRONOUN)).toEqual([]),
    );
    expect([spoken(DROPPED), spoken(PRONOUN)]).toEqual(before);
  });

  it('a trial that returns the rules’ resolution changes nothing', () => {
    const x = extract(PRONOUN);
    const kept = withTrial(
      (_ctx, _c, _phrase, rules) => rules,
      () => extract(PRONOUN),
    );
    expect(kept.statements).toEqual(x.statements);
    expect(kept.newActors).toEqual(x.newActors);
  });
});

describe('a coreference chain as the speaker (eval/corefTrial/chains.ts)', () => {
  it('fallback: a phrase that names no one takes the named mention of its chain', () => {
    const chains = [chain(DROPPED, 'Armenia', 'The outfit')];
    const x = withTrial(
      chainTrial(() => chains, ['dropped']),
      () => extract(DROPPED),
    );
    expect(x.statements.map((s) => [s.speaker.name, s.speaker.mention])).toEqual([['Armenia', 'The outfit']]);
  });

  it('fallback leaves a resolved pronoun alone; replace gives it the chain’s actor', () => {
    const chains = [chain(PRONOUN, 'Armenia', 'It')];
    expect(
      withTrial(
        chainTrial(() => chains, ['dropped']),
        () => spoken(PRONOUN),
      ),
    ).toEqual([['Russia', 33, 60]]);
    expect(
      withTrial(
        chainTrial(() => chains, ['dropped', 'anaphoric']),
        () => spoken(PRONOUN),
      ),
    ).toEqual([['Armenia', 33, 60]]);
  });

  it('keeps the rules where the chain has nothing that names an actor', () => {
    const chains = [chain(DROPPED, 'the road', 'The outfit')];
    expect(
      withTrial(
        chainTrial(() => chains, ['dropped', 'anaphoric']),
        () => spoken(DROPPED),
      ),
    ).toEqual([]);
  });
});

describe('the oracle bound (eval/corefTrial/oracle.ts)', () => {
  const article = (text: string, speaker: string): EvalArticle => ({
    name: 'x',
    text,
    meta: { title: null, outlet: null, published: '2024-01-01', url: null },
    gold: [
      {
        speaker,
        start: 35,
        end: text.length - 1,
        stance: 'CLAIMS',
        respondsTo: [],
        construction: 'paraphrase-that',
        restates: null,
      },
    ],
    actors: [{ id: speaker, name: 'Outfit', kind: 'ORGANIZATION', aliases: [] }],
  });

  it('gives an unresolved phrase the gold speaker of the statement its span matches', () => {
    const trial = oracleTrial([article(DROPPED, 'actor:outfit')], ['dropped']);
    const x = withTrial(trial, () => extract(DROPPED));
    expect(x.statements.map((s) => s.speaker.id)).toEqual(['actor:outfit']);
    expect(trialTally.dropped.changed).toBeGreaterThan(0);
  });

  it('leaves a candidate whose span matches no gold statement as the rules had it', () => {
    const other = { ...article(DROPPED, 'actor:outfit'), gold: [] };
    expect(withTrial(oracleTrial([other], ['dropped', 'anaphoric']), () => spoken(DROPPED))).toEqual([]);
  });
});

describe('which speaker phrases are anaphoric (eval/corefTrial/eligible.ts)', () => {
  it('pronouns and descriptions opened by a determiner, not names or bare plurals', () => {
    expect(['he', 'It', 'the agency', 'a spokesman', 'its spokesman'].map(isAnaphoricPhrase)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['the Kremlin', 'Hamas', 'officials', 'Police'].map(isAnaphoricPhrase)).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
