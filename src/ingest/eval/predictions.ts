import type { SeedData } from '../../seed/format';
import { extractArticle } from '../plan/extract';
import type { Extraction, Snapshot } from '../types';
import type { CorpusArticle, GoldActor } from './corpus';
import type { GoldForScoring, PredictedForScoring } from './scoreArticle';
import { goldActorFor } from './speakerMatch';

/** The graph an evaluated article is extracted against: the seed's actors, places and events. */
export function snapshotOf(seed: SeedData): Snapshot {
  return { actors: seed.actors, places: seed.places, events: seed.events };
}

/** One article to score: its text and metadata, and its gold statements and actors. */
export interface EvalArticle {
  name: string;
  text: string;
  meta: { title: string | null; outlet: string | null; published: string; url: string | null };
  gold: GoldForScoring[];
  actors: GoldActor[];
}

/** The five seed articles as articles to score, each against the seed's actors. */
export function seedEvalArticles(seed: SeedData): EvalArticle[] {
  const actors: GoldActor[] = seed.actors.map((a) => ({ ...a }));
  return seed.articles.map((a) => ({
    name: a.id,
    text: a.text,
    meta: { title: a.title, outlet: a.outlet, published: a.published, url: a.url },
    gold: (seed.annotations.find((x) => x.article === a.id)?.statements ?? []).map((s) => ({
      ...s,
      construction: 'seed',
      restates: null,
    })),
    actors,
  }));
}

/** The extractor's statements, each speaker mapped to the gold actor it stands for (by id or by name). */
export function predictions(a: EvalArticle, snapshot: Snapshot): PredictedForScoring[] {
  return predictionsOf(extractArticle(a.text, a.meta, snapshot), a, snapshot);
}

/** An extraction's statements as the scorer reads them, in the extraction's order. */
export function predictionsOf(x: Extraction, a: EvalArticle, snapshot: Snapshot): PredictedForScoring[] {
  const known = new Map([...snapshot.actors, ...x.newActors].map((actor) => [actor.id, actor]));
  return x.statements.map((s) => {
    const aliases = known.get(s.speaker.id)?.aliases ?? [];
    const gold = goldActorFor(
      { id: s.speaker.id, isNew: s.speaker.isNew, names: [s.speaker.name, ...aliases, s.speaker.mention] },
      a.actors,
    );
    return {
      speaker: gold ?? s.speaker.id,
      start: s.start,
      end: s.end,
      stance: s.stance,
      respondsTo: s.respondsTo.map((e) => e.id),
      confidence: s.confidence,
      evidence: s.evidence,
      direct: s.direct,
    };
  });
}

/** A corpus article as the scorer reads it. */
export function fromCorpus(a: CorpusArticle): EvalArticle {
  return {
    name: a.folder,
    text: a.text,
    meta: { title: a.title, outlet: a.outlet, published: a.published, url: a.url },
    gold: a.statements,
    actors: a.actors,
  };
}
