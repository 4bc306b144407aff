import { ActorIndex } from '../../speakers/actorIndex';
import { SpeakerResolver } from '../../speakers/speakers';
import { completePhrase } from '../../speakers/phrases';
import type { Token } from '../../text/sentences';
import type { CorpusArticle, GoldActor } from '../corpus';
import { spansMatch } from '../score';
import { goldActorFor, nameKey } from '../speakerMatch';
import { listedArticles } from './devArticles';
import { ruleCandidates } from './rules';

/**
 * The speaker phrases the speaker stage resolves to no one (issue 13, recall14), each sorted by the form of
 * the phrase (pronoun, definite or indefinite description, bare plural, other) and by what the gold makes of
 * the statement it carries: no gold statement (a rule candidate that is not a statement: what resolving it
 * would add as a false one), or a gold speaker named in the article by a name or alias other than the phrase
 * ("named"), or one the gold itself describes ("described"), with that actor's kind. The check half is never
 * listed. "as described: scored" counts those a new unnamed source named by the phrase would be scored right on (the
 * described-actor choice): mostly because the gold lists the article's words ("The agency", "the group") as an alias
 * of the actor it names, which such a source is not. `npx tsx src/ingest/eval/spans/unresolved.ts [--list] [parts, e.g. N O1]`
 */
type Form = 'pronoun' | 'the-description' | 'indefinite' | 'bare' | 'other';

const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'who', 'which']);
const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'two', 'three', 'several', 'some', 'many']);

function formOf(tokens: Token[]): Form {
  const words = tokens.filter((t) => t.pos !== 'PUNCT' && t.pos !== 'CCONJ');
  const first = words[0];
  if (!first) return 'other';
  if (words.length === 1 && PRONOUNS.has(first.norm)) return 'pronoun';
  if (first.norm === 'the' || ['its', 'his', 'her', 'their'].includes(first.norm)) return 'the-description';
  if (INDEFINITE.has(first.norm)) return 'indefinite';
  if (words.every((w) => ['NOUN', 'ADJ', 'PROPN', 'ADP', 'DET'].includes(w.pos))) return 'bare';
  return 'other';
}

/** Whether the gold actor is named in the text by its name or an alias other than the phrase itself. */
function namedInText(a: CorpusArticle, actor: GoldActor, phrase: string): boolean {
  const text = nameKey(a.text);
  const own = nameKey(phrase);
  return [actor.name, ...actor.aliases]
    .map(nameKey)
    .filter((n) => n.length > 2 && n !== own && !/^(he|she|it|they|we)$/.test(n))
    .some((n) => new RegExp(`\\b${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text));
}

function main(): void {
  const list = process.argv.includes('--list');
  const parts = process.argv.slice(2).filter((x) => !x.startsWith('--'));
  const counts = new Map<string, number>();
  const bump = (k: string) => counts.set(k, (counts.get(k) ?? 0) + 1);
  for (const { a, part, snapshot } of listedArticles(parts)) {
    const { doc, rules } = ruleCandidates(a.text);
    const index = new ActorIndex(snapshot.actors);
    const resolver = new SpeakerResolver(doc, index, index.mentions(doc.tokens));
    for (const c of rules) {
      if (resolver.resolve(c) || !c.speaker || c.kind === 'continuation') continue;
      const p = completePhrase(doc.tokens, c.speaker);
      const tokens = doc.tokens.slice(p.first, p.last);
      const phrase = a.text.slice(tokens[0]?.start ?? 0, tokens[tokens.length - 1]?.end ?? 0);
      const form = formOf(tokens);
      const gold = a.statements.find((g) => spansMatch(g, c));
      const actor = gold ? a.actors.find((x) => x.id === gold.speaker) : undefined;
      // The described-actor choice: the phrase itself as a new unnamed source, scored as the eval scores one.
      const described = phrase.replace(/^(the|an?|another|one)\s+/i, '');
      const name = described.charAt(0).toUpperCase() + described.slice(1);
      const asDescribed =
        !!gold && goldActorFor({ id: '', isNew: true, names: [name] }, a.actors) === gold.speaker;
      if (asDescribed) {
        bump(`${form}|as described: scored`);
        bump('all|as described: scored');
      }
      const what = !gold
        ? 'no gold'
        : !actor
          ? 'gold actor ?'
          : `${namedInText(a, actor, phrase) ? 'named' : 'described'} ${actor.kind}`;
      bump(`${form}|${what}`);
      bump(`all|${what}`);
      if (list)
        console.info(
          `${part}\t${a.folder.slice(0, 4)}\t${form}\t${what}\t[${phrase}]\t${gold?.speaker ?? ''}`,
        );
    }
  }
  const whats = [...new Set([...counts.keys()].map((k) => k.split('|')[1] as string))].sort();
  console.info(['form'.padEnd(16), ...whats.map((w) => w.padStart(22))].join(''));
  for (const form of ['pronoun', 'the-description', 'indefinite', 'bare', 'other', 'all'])
    console.info(
      [form.padEnd(16), ...whats.map((w) => String(counts.get(`${form}|${w}`) ?? 0).padStart(22))].join(''),
    );
}

main();
