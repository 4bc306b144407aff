import { type IndexedActor, lastMentionBefore, mentionsWithin } from './actorIndex';
import { SPOKES } from './lexicon';
import { introducedActor } from './people';
import type { Token } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { SpeakerContext } from './context';

/** Roles one person holds at the head of a body ("the IAEA boss", "Wagner's commander", "the UN envoy"). */
const HOLDER_ROLES = new Set(
  (
    'boss chief commander head leader envoy director coordinator chairman chairwoman chairperson ' +
    'president secretary minister commissioner governor mayor'
  ).split(' '),
);

/** Heads of any body, whatever the office is called ("the IAEA boss" is its director general). */
const GENERIC = new Set(['boss', 'chief', 'head', 'leader']);

/** How far back the holder may have been named or have spoken, in sentences. */
const REACH = 4;

/**
 * "Grossi described the events as …. The IAEA boss spoke of …", "Abutu Yaro, the police commissioner,
 * confirmed …. The police chief added": a definite role of a named body, which one person holds, is
 * the person the article named or heard last (within three sentences), not the body. Undefined when
 * the phrase is not such a role (a spokesperson speaks for the body, settled case 1) or no person is near.
 */
export function roleHolder(ctx: SpeakerContext, p: Phrase, body: IndexedActor): IndexedActor | undefined {
  const { tokens } = ctx.doc;
  const words = tokens.slice(p.first, p.last);
  if (words.length > 7 || SPOKES.test(words.map((t) => t.norm).join(' '))) return undefined;
  const definite = words[0]?.norm === 'the' || words.some((t) => ["'s", '\u2019s'].includes(t.norm));
  const role = words.findIndex(
    (t, k) =>
      HOLDER_ROLES.has(t.norm) &&
      (k === words.length - 1 || ['for', 'of'].includes(words[k + 1]?.norm ?? '')),
  );
  // The role names its body ("IAEA", "Wagner's", "police"): a bare "the chief" is left to the title rules.
  if (!definite || role < 1 || words.slice(0, role).every((t) => t.norm === 'the')) return undefined;
  // The rules read the body as the speaker: an organization, or a "person" named by the body's own word.
  const before = ctx.doc.text.slice((words[0] as Token).start, (words[role] as Token).start);
  if (body.kind === 'PERSON' && !before.includes(body.name)) return undefined;
  const sentence = (tokens[p.first] as Token).sentence;
  const inPhrase = mentionsWithin(ctx.mentions, p.first, p.last);
  if (inPhrase.some((m) => m.actor.kind === 'PERSON')) return undefined;
  const at = (k: number) => (tokens[k] as Token).sentence;
  const named = lastMentionBefore(ctx.mentions, p.first, (m) => m.actor.kind === 'PERSON');
  const intro = [...ctx.persons].reverse().find((x) => x.last <= p.first);
  const spoke = [...ctx.history].reverse().find((h) => h.actor.kind === 'PERSON');
  const candidates: [number, () => IndexedActor][] = [];
  if (named) candidates.push([at(named.first), () => ctx.ensure(named.actor)]);
  if (intro) candidates.push([at(intro.first), () => introducedActor(ctx, intro)]);
  if (spoke) candidates.push([spoke.sentence, () => spoke.actor]);
  const latest = candidates.sort((a, b) => b[0] - a[0])[0];
  const holder = latest && latest[0] >= sentence - REACH ? latest[1]() : undefined;
  // "Wagner's commander" is not the governor who spoke last: a person introduced with another office.
  const office = (words[role] as Token).norm;
  const offices = (a: IndexedActor) =>
    ctx.persons
      .filter((x) => introducedActor(ctx, x).id === a.id)
      .flatMap((x) => x.role)
      .filter((w) => HOLDER_ROLES.has(w));
  if (holder && !GENERIC.has(office) && offices(holder).some((w) => w !== office)) return undefined;
  return holder?.id === body.id ? undefined : holder;
}
