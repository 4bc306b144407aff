import type { IndexedActor } from '../../speakers/actorIndex';
import type { SpeakerTrial } from '../../speakers/trial';
import type { EvalArticle } from '../predictions';
import { spansMatch } from '../score';
import { textOfTokens } from '../../text/sentences';
import { type Eligibility, eligibility, record } from './eligible';

/**
 * The oracle bound (issue 13, coref15): every eligible candidate (eligible.ts) whose span matches a gold
 * statement is given the gold speaker, as a perfect coreference resolver would (and more: it also fixes what
 * coreference could not). A candidate matching no gold statement keeps what the rules gave it. The gold is found
 * by the article's text among the articles given; the actor is the graph's when the gold actor is one of the
 * seed's, else one standing for the gold actor under its id, which the scorer matches by id.
 */
export function oracleTrial(articles: EvalArticle[], kinds: Eligibility[]): SpeakerTrial {
  const byText = new Map(articles.map((a) => [a.text, a]));
  return (ctx, c, phrase, rules) => {
    const { text, tokens } = ctx.doc;
    const kind = eligibility(text, tokens, c, phrase, rules);
    if (!kind || !kinds.includes(kind)) return rules;
    const article = byText.get(text);
    const overlap = (g: { start: number; end: number }) =>
      Math.min(g.end, c.end) - Math.max(g.start, c.start);
    const gold = article?.gold
      .filter((g) => spansMatch(g, c))
      .sort(
        (x, y) => Number(x.restates !== null) - Number(y.restates !== null) || overlap(y) - overlap(x),
      )[0];
    const actor = gold && article?.actors.find((a) => a.id === gold.speaker);
    if (!actor || !phrase) {
      record(kind, rules, null);
      return rules;
    }
    const standing: IndexedActor = ctx.index.get(actor.id) ?? {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      orgType: null,
      partOf: null,
      isNew: false,
      organ: null,
    };
    const given = {
      actor: standing,
      mention: textOfTokens(text, tokens, phrase),
      by: rules?.by ?? ('descriptor' as const),
      via: null,
      side: ctx.sideOf(standing),
    };
    record(kind, rules, given);
    return given;
  };
}
