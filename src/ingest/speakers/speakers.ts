import { type IndexedActor, type Mention, mentionsWithin } from './actorIndex';
import type { Candidate } from '../candidates/candidates';
import { organOf } from './gazetteer';
import { namedWithArticle, namesGroup, newActor, unnamedSource } from './newActors';
import { withoutAcronym } from './acronyms';
import { nameAfterRole, nameBeforeRole } from './apposedNames';
import {
  installedBy,
  namedAfterDescription,
  withoutLead,
  withoutOpeningPlace,
  withoutRecord,
} from './described';
import { COLLECTIVE, INDEFINITE, PERSON_ROLES, ROLES, SOURCE_NOUNS, TITLE_ROLES } from './lexicon';
import { completePhrase } from './phrases';
import { ROLE_NOUNS, insideQuote } from './introduced';
import { inPrepositionalPhrase, unknownName } from './speakerNames';
import { SpeakerContext } from './context';
import { continuation, coordinated, describesThenNames, joint } from './joint';
import {
  apposedPerson,
  introduced,
  introducedActor,
  namesRole,
  officeOf,
  personWithRole,
  roleOrganization,
} from './people';
import { indefiniteSource, unnamedMedia } from './sources';
import { ministryOfNamed, namedOrganization, organizationNamedBefore } from './organizations';
import { fromMention } from './knownNames';
import { fromDescription } from './descriptions';
import { describedPlural } from './describedPlural';
import { citedBy } from './cited';
import { discourseReferent } from './discourse';
import { roleHolder } from './roleHolders';
import { trialSpeaker } from './trial';
import { type Token, textOfTokens } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { Resolution, ResolvedBy } from './resolution';

export { type ResolvedBy, type Resolution, SPEAKER_CONFIDENCE } from './resolution';

/**
 * Resolves who is speaking, in document order, remembering earlier speakers for "he", "it", "the
 * ministry" and continuation quotes. Unknown named speakers become new actors. The rules for each kind
 * of mention live in their own files: people.ts (named people and their roles), antecedents.ts
 * (pronouns and definite descriptions), sources.ts (described sources, spokespeople), documents.ts
 * (statements and their issuers), stateOrgans.ts, organizations.ts and knownNames.ts (states, organs,
 * organizations, media), joint.ts (joint, coordinated and continuing speakers), descriptions.ts (the
 * order in which a phrase with no name tries them).
 */
export class SpeakerResolver extends SpeakerContext {
  resolve(c: Candidate): Resolution | null {
    this.current = c;
    // A phrase inside quotation marks is part of someone's words, never who says them.
    const quoted = (p: Phrase) => insideQuote(this.doc.text, (this.doc.tokens[p.first] as Token).start);
    const [speaker, ...alternatives] = [
      ...(c.speaker ? [completePhrase(this.doc.tokens, c.speaker)] : []),
      ...c.alternatives,
    ].filter((p) => !quoted(p));
    const phrases = (speaker ? [speaker, ...alternatives] : [])
      .map((p) => withoutOpeningPlace(this.doc.tokens, withoutLead(this.doc.tokens, p)))
      .filter((p): p is Phrase => p !== null)
      .map((p) => withoutRecord(this.doc.tokens, p))
      .map((p) => withoutAcronym(this.doc.tokens, p));
    // "Ana Ruiz, a spokeswoman for the council said": the apposition's comma never closed; the name speaks.
    const named = speaker ? nameBeforeRole(this.doc.tokens, phrases[0] ?? speaker) : null;
    if (named) phrases.unshift(named);
    // "Another witness, shopkeeper Ana Ruiz, said": the person named after the description speaks.
    const apposed = speaker && !named && phrases[0] ? nameAfterRole(this.doc.tokens, phrases[0]) : null;
    // "A Britain-based monitoring group, the Syrian Observatory for Human Rights, said": the name, not the description.
    if (phrases.length > 1 && describesThenNames(this, phrases[0] as Phrase, phrases[1] as Phrase))
      phrases.unshift(...phrases.splice(1, 1));
    let found = c.kind === 'continuation' ? continuation(this, c) : coordinated(this, c);
    if (!found && speaker && c.kind !== 'continuation') found = joint(this, speaker, c.sentence);
    // "Azerbaijan's foreign ministry spokesperson, Aykhan Hajizada, said": the role is described, the person
    // speaks; "The Minister of Information, Culture and Tourism, Ana Ruiz,": the name comes last.
    // Only when the role comes first: "Ana Ruiz, head of the council, one of the parties, said" is Ana Ruiz.
    const role = phrases.findIndex((p) => namesRole(this, p));
    if (role === 0 && c.kind !== 'continuation') {
      for (const p of phrases.slice(role + 1).reverse()) {
        const person = found ? null : this.phrase(p, c.sentence);
        if (person?.actor.kind === 'PERSON') found = person;
      }
    }
    if (!found && apposed && c.kind !== 'continuation') {
      const person = this.phrase(apposed, c.sentence);
      // Only a name read whole: "Jean Charles dit Yenapono Some" cut to "Yenapono" would lose the role's later "the governor".
      const whole =
        person &&
        (!person.actor.isNew || person.actor.name === textOfTokens(this.doc.text, this.doc.tokens, apposed));
      if (person?.actor.kind === 'PERSON' && whole) found = person;
    }
    for (const p of phrases) if (!found) found = this.phrase(p, c.sentence);
    // "The IAEA boss", "Wagner's commander": one person's role, read as the body it names.
    const holder =
      found && !found.others && phrases[0] && c.kind !== 'continuation'
        ? roleHolder(this, phrases[0], found.actor)
        : undefined;
    if (found && holder)
      found = { ...found, actor: holder, by: 'title', via: null, side: this.sideOf(holder) };
    // "the rebels", "the regional governor": where the rules name no one, the actor the article mentioned that agrees.
    if (!found && phrases[0] && c.kind !== 'continuation') found = discourseReferent(this, phrases[0]);
    if (found && speaker && c.kind !== 'continuation') found = citedBy(this, c, speaker, found) ?? found;
    // A coreference model or an oracle on trial (eval only; none in production).
    found = trialSpeaker(this, c, speaker ?? null, found);
    if (found)
      this.history.push({
        actor: found.actor,
        mention: found.mention,
        sentence: c.sentence,
        side: found.side,
        via: found.via,
        ...(found.others ? { others: found.others } : {}),
      });
    return found;
  }

  phrase(p: Phrase, sentence: number): Resolution | null {
    const { tokens, text } = this.doc;
    const mention = textOfTokens(text, tokens, p);
    const norm = tokens
      .slice(p.first, p.last)
      .map((t) => t.norm)
      .join(' ');
    if (COLLECTIVE.test(norm) || unnamedMedia(this, p, norm)) return null;
    const relayed = this.relayed(p, sentence);
    if (relayed) return relayed;
    // "another of its officials, Foreign Minister Ana Ruiz": the person the phrase ends by naming.
    const ending = this.persons.find(
      (x) =>
        x.last === p.last &&
        x.first > p.first &&
        this.doc.tokens.slice(p.first, x.first).some((t) => t.text === ','),
    );
    if (ending) return { actor: introducedActor(this, ending), mention, by: 'name', via: null, side: null };
    const described = indefiniteSource(this, p, norm, mention);
    if (described) return described;
    const inside = mentionsWithin(this.mentions, p.first, p.last);
    const heads = inside.filter((m) => !inPrepositionalPhrase(tokens, m, p));
    const distinct = new Set(heads.filter((m) => m.how !== 'demonym').map((m) => m.actor.id));
    // "the European Union and Russia urged …": a joint attribution summarises separate statements.
    if (distinct.size > 1 && tokens.slice(p.first, p.last).some((t) => t.norm === 'and' || t.norm === '&'))
      return null;
    const side = (except: IndexedActor) =>
      inside.map((m) => this.index.sideOf(m.actor.id)).find((s) => s && s !== except.id) ?? null;
    const done = (actor: IndexedActor, by: ResolvedBy, via: IndexedActor | null = null): Resolution => ({
      actor,
      mention,
      by,
      via,
      side: side(actor),
    });

    const head = heads[heads.length - 1] ?? inside[inside.length - 1];
    // "The US State Department", "Georgia's Defence Ministry": a state's organ, even when capitalised like a name.
    const organAfterState =
      head &&
      head.actor.kind === 'STATE' &&
      organOf(
        tokens
          .slice(head.last, p.last)
          .map((t) => t.norm)
          .join(' '),
      );
    const named = unknownName(this.doc, p, heads, inside);
    const description = head && installedBy(tokens, head) ? head : null;
    // "Kenya-based analyst Omar Halabi": the description is neither the speaker's name nor its owner.
    const namedAfter = !!description && !!named && namedAfterDescription(tokens, description, named);
    const owners = namedAfter ? heads.filter((m) => m !== description) : heads;
    // "Iranian foreign ministry spokesman Nasser Kanaani": a name after the organ's role is a person speaking.
    const personOfOrgan =
      !!head && tokens.slice(head.last, p.last).some((t) => ROLES.has(t.norm) || TITLE_ROLES.has(t.norm));
    // "…," the Minister of Trade, Laura Pineda, said: the person in apposition to the role.
    const apposed = apposedPerson(this, p);
    if (apposed) return { ...done(introducedActor(this, apposed), 'name'), side: null };
    const office = officeOf(this, p, sentence, mention);
    if (office) return office;
    // "The MEA spokesperson" after "MEA spokesperson Ana Ruiz": the person introduced with that role.
    const lead = tokens[p.first]?.norm ?? '';
    if (lead === 'the' && p.last - p.first <= 4 && ROLE_NOUNS.has(tokens[p.last - 1]?.norm ?? '')) {
      const person = personWithRole(this, p);
      if (person) return { actor: person, mention, by: 'title', via: null, side: this.sideOf(person) };
    }
    // "Russian-installed officials said": a group of its own, named by the description.
    if (description && !namedAfter) {
      const name = mention.replace(/^(the|an?)\s+/i, '');
      const group = newActor(name.charAt(0).toUpperCase() + name.slice(1), mention, null, 'ORGANIZATION');
      return { ...done(this.create(group), 'new'), side: null };
    }
    const unknown = organAfterState && !personOfOrgan ? null : named;
    if (unknown?.organization) {
      const organization = done(namedOrganization(this, unknown.name, mention, owners), 'new');
      return namedAfter ? { ...organization, side: null } : organization;
    }
    if (unknown) {
      const named = organizationNamedBefore(this, unknown.name, p);
      if (named) return done(named, 'descriptor');
      const ministry = ministryOfNamed(this, unknown.name, mention);
      if (ministry) return done(ministry, 'new');
      const variant = this.index.fuzzyPersonNamed(unknown.name, unknown.surname);
      if (variant) return done(variant, 'variant');
      const earlier = introduced(this, unknown.name);
      if (earlier) return { actor: earlier, mention, by: 'surname', via: null, side: this.sideOf(earlier) };
      const affiliation = owners.length
        ? this.index.sideOf((owners[owners.length - 1] as Mention).actor.id)
        : null;
      const organization = roleOrganization(this, p, owners);
      const group = namesGroup(this.doc.text, unknown.name) || namedWithArticle(mention, unknown.name);
      const kind = group ? 'ORGANIZATION' : undefined;
      const actor = this.create(
        describesASource(unknown.name)
          ? unnamedSource(unknown.name, mention)
          : newActor(unknown.name, mention.replace(/^the\s+/i, ''), organization, kind),
      );
      return { actor, mention, by: 'new', via: null, side: affiliation };
    }
    // "the Serbian leader", "a Kenyan minister": a person the article introduces with that role.
    if (PERSON_ROLES.has(tokens[p.last - 1]?.norm ?? '') && (lead === 'the' || INDEFINITE.has(lead))) {
      const person = personWithRole(this, p, lead !== 'the');
      if (person) return { actor: person, mention, by: 'title', via: null, side: this.sideOf(person) };
    }
    if (head) return fromMention(this, head, p, mention, done) ?? describedPlural(this, p, mention);
    return fromDescription(this, norm, mention, sentence, p);
  }

  /**
   * "according to the military source quoted by the state agency": the source speaks, the agency that
   * quoted it delivered the words.
   */
  private relayed(p: Phrase, sentence: number): Resolution | null {
    const { tokens } = this.doc;
    for (let k = p.first + 1; k < p.last - 2; k++) {
      if (!['quoted', 'cited'].includes(tokens[k]?.norm ?? '') || tokens[k + 1]?.norm !== 'by') continue;
      const source = this.phrase({ first: p.first, last: k }, sentence);
      if (!source) return null;
      const channel = this.phrase({ first: k + 2, last: p.last }, sentence);
      return { ...source, via: channel && channel.actor.id !== source.actor.id ? channel.actor : source.via };
    }
    return null;
  }
}

/** "Residents said", "Local officials said": a description capitalised only because it opens the sentence. */
function describesASource(name: string): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  return SOURCE_NOUNS.has(last.toLowerCase()) && words.slice(1).every((w) => w === w.toLowerCase());
}
