import { type SpeakerChooser, setSpeakerChooser } from '../../../../src/ingest/speakers/learned/chooser';
import type { SpeakerOption } from '../../../../src/ingest/speakers/learned/options';
import {
  type RankRow,
  fitRanker,
  optionProbabilities,
  pick,
  pickAt,
} from '../../../../src/ingest/speakers/learned/ranker';
import { innerMargin } from '../../../../src/ingest/eval/speakerCv/cv';
import { partOf } from '../../../../src/ingest/eval/corpusGroups';
import { extract } from '../knownGraph';

const TEXT =
  'Nikol Pashinyan, speaking after a call with Sergei Lavrov, said Azerbaijan had shelled border villages overnight. ' +
  '"We will not accept this," he added.';

/** Runs the extractor with a chooser that keeps the rules' pick and records the options it was offered. */
function optionsOf(text: string): SpeakerOption[][] {
  const offered: SpeakerOption[][] = [];
  setSpeakerChooser((options) => {
    offered.push(options);
    return 0;
  });
  try {
    extract(text);
  } finally {
    setSpeakerChooser(null);
  }
  return offered;
}

function withChooser<T>(chooser: SpeakerChooser, run: () => T): T {
  setSpeakerChooser(chooser);
  try {
    return run();
  } finally {
    setSpeakerChooser(null);
  }
}

describe('learned speaker chooser: the options (speakers/learned/options.ts)', () => {
  it("offers the rules' pick first, then the actors named in the attribution and the speakers before", () => {
    const [first, second] = optionsOf(TEXT);
    expect(first?.[0]?.actor.name).toBe('Nikol Pashinyan');
    expect(first?.[0]?.features).toEqual(expect.arrayContaining(['src:rules', 'rules:rules-by=name']));
    const names = (first ?? []).map((o) => o.actor.name);
    expect(names).toContain('Sergei Lavrov');
    // Azerbaijan is named inside the reported words: what is said of it, not who says it.
    expect(names).not.toContain('Azerbaijan');
    const lavrov = first?.find((o) => o.actor.name === 'Sergei Lavrov');
    expect(lavrov?.features).toEqual(expect.arrayContaining(['src:sentence', 'pos:before', 'kind:PERSON']));
    // "he added": the rules follow the last speaker; the speaker before the rules' own pick is offered too.
    expect(second?.[0]?.actor.name).toBe('Nikol Pashinyan');
    expect(second?.[0]?.features).toEqual(expect.arrayContaining(['spoke:1-2']));
  });

  it("leaves the rules' result unchanged when the chooser keeps their pick, and makes no actor it was not asked to", () => {
    const plain = extract(TEXT);
    const kept = withChooser(
      () => 0,
      () => extract(TEXT),
    );
    expect(kept.statements.map((s) => [s.speaker.id, s.start, s.end])).toEqual(
      plain.statements.map((s) => [s.speaker.id, s.start, s.end]),
    );
    expect(kept.newActors).toEqual(plain.newActors);
  });

  it('gives the statement the chosen speaker, and "he" after it follows the choice', () => {
    const chooseLavrov: SpeakerChooser = (options) => {
      const at = options.findIndex((o) => o.actor.name === 'Sergei Lavrov');
      return at < 0 ? 0 : at;
    };
    const x = withChooser(chooseLavrov, () => extract(TEXT));
    expect(x.statements.map((s) => s.speaker.name)).toEqual(['Sergei Lavrov', 'Sergei Lavrov']);
  });

  it('is off unless a chooser is set', () => {
    expect(extract(TEXT).statements.map((s) => s.speaker.name)).toEqual([
      'Nikol Pashinyan',
      'Nikol Pashinyan',
    ]);
  });
});

/** Invented rows: the option with feature "good" is right; "rules" marks the rules' pick, right in half. */
const rows = (corpus: string, n: number): RankRow[] =>
  Array.from({ length: n }, (_, i) =>
    i % 2 === 0
      ? { corpus, options: [['rules'], ['good']], right: [false, true], rules: 0 }
      : { corpus, options: [['rules', 'good'], ['other']], right: [true, false], rules: 0 },
  );

describe('learned speaker chooser: training (speakers/learned/ranker.ts)', () => {
  const data = [...rows('A', 20), ...rows('B', 20), ...rows('C', 20)];

  it('learns which feature marks the right option, the same weights on every run', () => {
    const weights = fitRanker(data, { l2: 0.1, iterations: 200, minCorpora: 3 });
    expect(weights.good).toBeGreaterThan(0.5);
    expect(weights.good).toBeGreaterThan(weights.rules ?? 0);
    expect(fitRanker(data, { l2: 0.1, iterations: 200, minCorpora: 3 })).toEqual(weights);
    const [rulesP, goodP] = optionProbabilities(weights, [['rules'], ['good']]);
    expect(goodP).toBeGreaterThan(rulesP ?? 1);
  });

  it('leaves out features seen in fewer corpora than asked', () => {
    const weights = fitRanker(
      [...data, { corpus: 'A', options: [['rare'], ['good']], right: [true, false], rules: 0 }],
      {
        l2: 0.1,
        iterations: 50,
        minCorpora: 2,
      },
    );
    expect(weights.rare).toBeUndefined();
  });

  it("overrides the rules' pick only by the margin", () => {
    const model = { weights: { good: 1 }, margin: 0 };
    expect(pick(model, [['rules'], ['good']], 0)).toBe(1);
    expect(pick({ ...model, margin: 0.9 }, [['rules'], ['good']], 0)).toBe(0);
    expect(pickAt([0.3, 0.7], 0, 0.5)).toBe(0);
    expect(pickAt([0.2, 0.8], 0, 0.5)).toBe(1);
  });

  it('chooses the margin that is right most often, the higher on a tie', () => {
    // Overriding is right at a lead of 0.3 and 0.5, wrong at 0.1: margins 0.2 and 0.3 get all three.
    const pooled = [
      { p: [0.35, 0.65], right: [false, true], rules: 0 },
      { p: [0.25, 0.75], right: [false, true], rules: 0 },
      { p: [0.45, 0.55], right: [true, false], rules: 0 },
    ];
    expect(innerMargin(pooled)).toBe(0.3);
    expect(innerMargin([{ p: [0.5, 0.5], right: [true, true], rules: 0 }])).toBe(1.01);
  });

  it('splits corpus O into the fold read (O1) and the check never read (O2); N is one fold', () => {
    expect(partOf('1520-x')).toBe('O1');
    expect(partOf('1550-x')).toBe('O2');
    expect(partOf('1450-x')).toBe('N');
    expect(partOf('1350-x')).toBe('M');
    expect(partOf('1250-x')).toBe('L');
    expect(partOf('305-x')).toBe('C');
  });
});
