import { extractArticle } from '../../plan/extract';
import { ActorIndex } from '../../speakers/actorIndex';
import { SpeakerResolver } from '../../speakers/speakers';
import type { Snapshot } from '../../types';
import type { CorpusArticle } from '../corpus';
import { scoreArticle } from '../scoreArticle';
import { ruleCandidates } from './rules';

/**
 * One corpus article through the extractor, beside the rules' candidates and a speaker resolver over
 * them, and the gold statements whose span no output statement matched (speakers and stances are not
 * compared: a miss here is a span the output lacks).
 */
export function missedGold(a: CorpusArticle, snapshot: Snapshot) {
  const meta = { title: a.title, outlet: a.outlet, published: a.published, url: a.url };
  const output = extractArticle(a.text, meta, snapshot).statements;
  const { doc, rules: candidates } = ruleCandidates(a.text);
  const index = new ActorIndex(snapshot.actors);
  const resolver = new SpeakerResolver(doc, index, index.mentions(doc.tokens));
  const spanOnly = (s: { start: number; end: number; speaker: string }) => ({
    ...s,
    stance: '',
    respondsTo: [],
  });
  const { missed } = scoreArticle(
    a.statements.map((g) => ({ ...spanOnly(g), construction: g.construction, restates: g.restates })),
    output.map((s) => ({
      ...spanOnly({ ...s, speaker: '' }),
      confidence: 0,
      evidence: s.evidence,
      direct: s.direct,
    })),
  );
  return { output, doc, candidates, resolver, missed };
}
