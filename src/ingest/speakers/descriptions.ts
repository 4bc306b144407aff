import type { IndexedActor } from './actorIndex';
import { organOf } from './gazetteer';
import { unnamedSource } from './newActors';
import { DESCRIBED_OFFICIALS, DOCUMENT, INDEFINITE, INDIVIDUALS, SOURCE_NOUNS } from './lexicon';
import { antecedent, definite, describedEarlier, isPronoun, lastPerson, pronoun } from './antecedents';
import {
  describedGroup,
  describedSource,
  isPronounsSpokesperson,
  pronounsSpokesperson,
  unnamedSpokesperson,
} from './sources';
import { issuerAfter, issuerOf, lastIssuer, lastMinistry, namedIssuer } from './documents';
import { personWithRole } from './people';
import { organ } from './stateOrgans';
import { groupSpokenBefore } from './groupsBefore';
import { describedPlural } from './describedPlural';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';
import { type Resolution, type ResolvedBy, resolved } from './resolution';

/**
 * No name in the phrase: a pronoun, "his spokesman", "the ministry", "the statement", "the prime
 * minister", "a security source": each kind of description to the rules for it, in this order.
 */
export function fromDescription(
  ctx: SpeakerContext,
  norm: string,
  mention: string,
  sentence: number,
  p: Phrase,
): Resolution | null {
  const words = norm.split(' ');
  const lastWord = words[words.length - 1] ?? '';
  const simple = (actor: IndexedActor | undefined, by: ResolvedBy) => resolved(ctx, actor, mention, by);
  if (isPronoun(words)) return pronoun(ctx, lastWord, mention, sentence, p);
  if (isPronounsSpokesperson(words, norm)) return pronounsSpokesperson(ctx, words, mention, sentence, p);
  // "… in a statement issued by the border service. The statement said …": the issuer named with it.
  // "The statement released by the foreign ministry says": the issuer named right after it, else before.
  const named =
    ['the', 'a', 'an'].includes(words[0] ?? '') && DOCUMENT.test(lastWord)
      ? (issuerAfter(ctx, lastWord, p) ?? (words[0] === 'the' ? namedIssuer(ctx, lastWord, p.first) : null))
      : null;
  if (named) return { ...named, mention, by: 'descriptor' };
  if (DOCUMENT.test(lastWord)) {
    const issued = issuerOf(ctx, words, p);
    if (issued !== undefined) return simple(issued ?? undefined, 'descriptor');
  }
  // "An official with a local association": an indefinite description introduces a source, never an earlier actor.
  if (INDEFINITE.has(words[0] ?? '')) {
    const source =
      unnamedSpokesperson(ctx, p, words, mention, sentence) ?? describedSource(ctx, words, mention);
    if (source) return source;
    // "A Yemeni minister accused …. The Yemeni Minister of Information, Ana Ruiz, said": named just after.
    return simple(personWithRole(ctx, p, true), 'title');
  }
  // "the statement said": whoever spoke last issued it.
  if (DOCUMENT.test(norm)) {
    const document = DOCUMENT.exec(norm)?.[1] ?? '';
    return simple((lastIssuer(ctx, sentence, document) ?? ctx.lastSpoken())?.actor, 'descriptor');
  }
  // "Sources in the army said": the sources, described by where they sit, not the army itself.
  const sources = SOURCE_NOUNS.has(words[0] ?? '') && !/^official|^spokes/.test(words[0] ?? '');
  if (sources && (ctx.doc.tokens[p.first + 1] as Token | undefined)?.pos === 'ADP') {
    const source = describedSource(ctx, words, mention);
    if (source) return source;
  }
  // "The official said", "the senior official added": one person, the one who spoke or was introduced
  // last, as "he" would be; "officials" (plural) are the state.
  if (/^the (\w+ )?official$/.test(norm)) {
    const person = antecedent(ctx, p) ?? lastPerson(ctx, sentence, p.first);
    if (person) return simple(person, 'descriptor');
  }
  // "the military source": an unnamed source described before, or one of its own; not the military.
  if (words[0] === 'the' && /^sources?$/.test(lastWord) && words.length > 2) {
    const name = words.slice(1).join(' ');
    return simple(definite(ctx, p) ?? describedPerson(ctx, name, mention), 'descriptor');
  }
  // "local officials said", "according to military sources": described sources of their own (the
  // guidelines' described local officials and anonymous sources), not the state or the organ, nor
  // whichever state spoke last.
  if (DESCRIBED_OFFICIALS.test(norm)) {
    const name = mention.replace(/^the\s+/i, '');
    return simple(describedPerson(ctx, name, mention), 'new');
  }
  const key = organOf(norm);
  // "The paramilitary forces" after "the paramilitary Rapid Support Forces": the description outranks the organ.
  const earlier = key && words[0] === 'the' ? describedEarlier(ctx, p) : undefined;
  // "Iraq's Foreign Ministry condemned Turkey's strikes. … the Foreign Ministry said": an organ is not a
  // state whose name merely followed the same words.
  if (earlier && !(earlier.kind === 'STATE' && key !== 'state')) return simple(earlier, 'descriptor');
  if (key)
    return (
      simple(organ(ctx, key, norm, p.first, mention), 'descriptor') ??
      describedSource(ctx, words, mention) ??
      describedPlural(ctx, p, mention)
    );
  if (/\bministry\b/.test(norm)) return simple(lastMinistry(ctx), 'descriptor');
  // "The witness said": the witness described before, or one of their own; never another person named since.
  if (
    words[0] === 'the' &&
    words.length <= 3 &&
    [`${lastWord}s`, `${lastWord}es`].some((w) => INDIVIDUALS.has(w))
  ) {
    const name = words.slice(1).join(' ');
    return simple(definite(ctx, p) ?? describedPerson(ctx, name, mention), 'descriptor');
  }
  const titled = simple(
    ctx.titles.get(words.filter((w) => w !== 'the').join(' ')) ??
      (words[0] === 'the' ? personWithRole(ctx, p) : undefined),
    'title',
  );
  return (
    titled ??
    simple(definite(ctx, p), 'descriptor') ??
    describedSource(ctx, words, mention) ??
    describedGroup(ctx, p, mention) ??
    simple(groupSpokenBefore(ctx, p), 'descriptor') ??
    describedPlural(ctx, p, mention)
  );
}

/** An unnamed source of its own, named by how the article describes it ("Local officials", "Witness"). */
function describedPerson(ctx: SpeakerContext, description: string, mention: string): IndexedActor {
  return ctx.create(unnamedSource(description.charAt(0).toUpperCase() + description.slice(1), mention));
}
