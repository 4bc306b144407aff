import {
  type ActorIndex,
  type IndexedActor,
  type Mention,
  lastMentionBefore,
  mentionsWithin,
} from './actorIndex';
import type { Candidate } from '../candidates/candidates';
import { type OrganKey, SEATS, organOf } from './gazetteer';
import { namesGroup, newActor } from './newActors';
import { acronymNames, withoutAcronym } from './acronyms';
import {
  BODIES,
  DOCUMENT_MODIFIERS,
  installedBy,
  officeOwner,
  roleAfterState,
  withoutLead,
} from './described';
import {
  ANONYMOUS,
  COLLECTIVE,
  DOCUMENT,
  GROUP_PRONOUNS,
  INDEFINITE,
  GROUP_NOUNS,
  INDIVIDUALS,
  INSTITUTIONS,
  LEADERS,
  NOT_PARTIES,
  PERSON_PRONOUNS,
  PERSON_ROLES,
  POSSESSIVES,
  ROLES,
  SOURCE_NOUNS,
  SPOKES,
  STATE_MEDIA,
  TITLE_ROLES,
} from './lexicon';
import { ORGAN_NAMES, organName } from './organs';
import { completePhrase, describedBefore, stem } from './phrases';

import { type IntroducedPerson, ROLE_NOUNS, insideQuote, introducedPersons } from './introduced';
import { adjectiveBeforeNoun, inPrepositionalPhrase, titledPersons, unknownName } from './speakerNames';
import { isCapitalised } from '../text/nameTrie';
import { type TextAnalysis, type Token, normWord } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { NewActor } from '../types';

/** How the speaker was found; it sets the confidence. */
export type ResolvedBy =
  | 'name'
  | 'surname'
  | 'variant'
  | 'capital'
  | 'organ'
  | 'descriptor'
  | 'title'
  | 'pronoun'
  | 'continuation'
  | 'new';

export interface Resolution {
  actor: IndexedActor;
  mention: string;
  by: ResolvedBy;
  /** Who delivered the words for the speaker ("his spokesman said"), when known. */
  via: IndexedActor | null;
  /** The state the mention ties the speaker to ("Turkey's Defence Minister Hulusi Akar" → Turkey). */
  side: string | null;
  /** Co-speakers of a joint attribution ("Macron and Scholz said"): each is given the same words. */
  others?: Resolution[];
}

export const SPEAKER_CONFIDENCE: Record<ResolvedBy, number> = {
  name: 0.9,
  surname: 0.85,
  capital: 0.85,
  organ: 0.8,
  continuation: 0.75,
  descriptor: 0.75,
  title: 0.75,
  pronoun: 0.7,
  variant: 0.7,
  new: 0.6,
};

/** A speaker resolved earlier in the article, remembered for "he", "it" and continuations. */
interface Spoken {
  actor: IndexedActor;
  mention: string;
  sentence: number;
  side: string | null;
  others?: Resolution[];
}

/**
 * Resolves who is speaking, in document order, remembering earlier speakers for "he", "it", "the
 * ministry" and continuation quotes. Unknown named speakers become new actors.
 */
export class SpeakerResolver {
  private readonly history: Spoken[] = [];
  private readonly created = new Map<string, NewActor>();
  /** Organs made in this article for states the graph has none for, and the state each belongs to. */
  private readonly createdOrgan = new Map<string, OrganKey>();
  private readonly createdSide = new Map<string, string>();
  private readonly titles: Map<string, IndexedActor>;
  private readonly persons: IntroducedPerson[];
  /** "Sudanese Armed Forces (SAF)": each bracketed acronym and the full name it stands for. */
  private readonly acronyms: Map<string, { name: string; at: number }>;
  /** The candidate being resolved: people named inside its own words are not who says them. */
  private current: Candidate | null = null;

  constructor(
    private readonly doc: TextAnalysis,
    private readonly index: ActorIndex,
    private readonly mentions: Mention[],
  ) {
    this.titles = titledPersons(doc, mentions);
    this.persons = introducedPersons(doc, mentions);
    this.acronyms = acronymNames(doc.text);
  }

  newActors(): NewActor[] {
    return [...this.created.values()];
  }

  resolve(c: Candidate): Resolution | null {
    this.current = c;
    // A phrase inside quotation marks is part of someone's words, never who says them.
    const quoted = (p: Phrase) => insideQuote(this.doc.text, (this.doc.tokens[p.first] as Token).start);
    const [speaker, ...alternatives] = [
      ...(c.speaker ? [completePhrase(this.doc.tokens, c.speaker)] : []),
      ...c.alternatives,
    ].filter((p) => !quoted(p));
    const phrases = (speaker ? [speaker, ...alternatives] : []).map((p) =>
      withoutAcronym(this.doc.tokens, withoutLead(this.doc.tokens, p)),
    );
    // "A Britain-based monitoring group, the Syrian Observatory for Human Rights, said": the name, not the description.
    if (phrases.length > 1 && this.describesThenNames(phrases[0] as Phrase, phrases[1] as Phrase))
      phrases.unshift(...phrases.splice(1, 1));
    let found = c.kind === 'continuation' ? this.continuation(c) : this.coordinated(c);
    if (!found && speaker && c.kind !== 'continuation') found = this.joint(speaker, c.sentence);
    // "Azerbaijan's foreign ministry spokesperson, Aykhan Hajizada, said": the role is described, the person
    // speaks; "The Minister of Information, Culture and Tourism, Ana Ruiz,": the name comes last.
    // Only when the role comes first: "Ana Ruiz, head of the council, one of the parties, said" is Ana Ruiz.
    const role = phrases.findIndex((p) => this.namesRole(p));
    if (role === 0 && c.kind !== 'continuation') {
      for (const p of phrases.slice(role + 1).reverse()) {
        const person = found ? null : this.phrase(p, c.sentence);
        if (person?.actor.kind === 'PERSON') found = person;
      }
    }
    for (const p of phrases) if (!found) found = this.phrase(p, c.sentence);
    if (found)
      this.history.push({
        actor: found.actor,
        mention: found.mention,
        sentence: c.sentence,
        side: found.side,
        ...(found.others ? { others: found.others } : {}),
      });
    return found;
  }

  /**
   * "Ana Ruiz accused the council of stalling and added that …": a reporting verb joined by "and" to
   * an earlier one of its sentence shares that verb's speaker, whatever words stand between them.
   */
  private coordinated(c: Candidate): Resolution | null {
    const { tokens } = this.doc;
    if (c.verb === null || c.kind === 'according-to') return null;
    let k = c.verb - 1;
    while (k > 0 && ['ADV', 'AUX'].includes(tokens[k]?.pos ?? '')) k--;
    if (tokens[k]?.norm !== 'and') return null;
    const last = this.history[this.history.length - 1];
    return last && last.sentence === c.sentence ? continuing(last) : null;
  }

  /**
   * "Macron and Scholz urged …", "France, the United States and their Western allies accused …": a
   * joint attribution gives the words to each named party (the annotation guidelines: one statement
   * per speaker). Parts introduced by a possessive ("their allies") and parts naming no one are left
   * out; "Ministry of Culture and Tourism" is not split (no "of" before the "and").
   */
  private joint(p: Phrase, sentence: number): Resolution | null {
    const { tokens } = this.doc;
    const span = tokens.slice(p.first, p.last);
    const and = span.findIndex((t) => t.norm === 'and' || t.norm === '&');
    if (and < 0 || span.slice(0, and).some((t) => t.norm === 'of')) return null;
    if (COLLECTIVE.test(span.map((t) => t.norm).join(' '))) return null;
    const parts: Phrase[] = [];
    let first = p.first;
    for (let k = p.first; k <= p.last; k++) {
      const t = tokens[k];
      if (k === p.last || (t && [',', 'and', '&'].includes(t.norm))) {
        if (k > first) parts.push({ first, last: k });
        first = k + 1;
      }
    }
    if (parts.length < 2) return null;
    const heads = parts.map((part) => (tokens[part.last - 1] as Token).norm);
    // "Palestinian eyewitnesses and security sources": one described source.
    if (heads.every((h) => SOURCE_NOUNS.has(h) && /s$/.test(h)) && !SPOKES.test(heads.join(' '))) {
      const mention = this.doc.text.slice(
        (tokens[p.first] as Token).start,
        (tokens[p.last - 1] as Token).end,
      );
      return this.describedSource(['some', ...mention.toLowerCase().split(/\s+/)], `some ${mention}`);
    }
    const found: Resolution[] = [];
    let skipped = false;
    for (const [i, part] of parts.entries()) {
      const lead = (tokens[part.first] as Token).norm;
      // "their Western allies", "media reports", "al-Burhan's deputy and … Dagalo": not a party of their own.
      const role = ROLES.has(heads[i] ?? '') && i < parts.length - 1;
      if (POSSESSIVES.has(lead) || NOT_PARTIES.has(heads[i] ?? '') || role || part.last - part.first > 8) {
        skipped = true;
        continue;
      }
      const r = this.phrase(part, sentence);
      if (r && !found.some((f) => f.actor.id === r.actor.id)) found.push(r);
    }
    if (found.length === 1 && skipped) return found[0] as Resolution;
    if (found.length < 2) return null;
    const [main, ...others] = found as [Resolution, ...Resolution[]];
    const mention = this.doc.text.slice((tokens[p.first] as Token).start, (tokens[p.last - 1] as Token).end);
    return { ...main, mention, others };
  }

  /** An indefinite description ("a monitoring group") followed by a proper name in apposition. */
  private describesThenNames(description: Phrase, name: Phrase): boolean {
    const { tokens } = this.doc;
    if (!['a', 'an'].includes((tokens[description.first] as Token).norm)) return false;
    const words = tokens.slice(name.first, name.last);
    const start = words[0]?.norm === 'the' ? 1 : 0;
    return (
      words.length > start &&
      words.slice(start).every((t) => isCapitalised(t.text) || t.pos === 'ADP' || t.pos === 'DET')
    );
  }

  /** "The head of Ukraine's nuclear watchdog, Oleh Korikov": a phrase that describes a role, not a name. */
  private namesRole(p: Phrase): boolean {
    const { tokens } = this.doc;
    if (ROLES.has((tokens[p.last - 1] as Token).norm)) return true;
    // "The head of …", "the deputy spokesman for …", "the European Union's high representative for
    // foreign affairs": a role with its complement.
    const words = tokens.slice(p.first, p.last);
    return words.some((t, i) => ROLES.has(t.norm) && ['of', 'for'].includes(words[i + 1]?.norm ?? ''));
  }

  /**
   * "The mayor of the town, Ana Ruiz, said", "…," said the army's spokesman in the province, Ana Ruiz:
   * the person named in apposition to a role, after a comma; a short complement of the role ("in the
   * province") may stand between the phrase and the comma.
   */
  private apposedPerson(p: Phrase): IntroducedPerson | undefined {
    const { tokens } = this.doc;
    const words = tokens.slice(p.first, p.last);
    const role =
      this.namesRole(p) ||
      words.some(
        (t, i) =>
          ROLE_NOUNS.has(t.norm) &&
          (i === words.length - 1 || ['of', 'for'].includes(words[i + 1]?.norm ?? '')),
      );
    if (!role) return undefined;
    let k = p.last;
    if (tokens[k]?.pos === 'ADP' && ['in', 'for', 'of', 'at'].includes(tokens[k]?.norm ?? '')) {
      const end = k + 5;
      for (k++; k < end && k < tokens.length && tokens[k]?.text !== ','; k++)
        if (['VERB', 'AUX', 'PUNCT'].includes(tokens[k]?.pos ?? '')) return undefined;
    }
    if (tokens[k]?.text !== ',') return undefined;
    return this.persons.find((x) => x.first === k + 1);
  }

  sideOf(actor: IndexedActor): string | null {
    return (
      this.index.sideOf(actor.id) ??
      this.createdSide.get(actor.id) ??
      this.history.find((h) => h.actor.id === actor.id && h.side)?.side ??
      null
    );
  }

  /**
   * A quote standing alone continues the last speaker's words, unless the sentence just before it
   * said nothing attributed and named a person ("Pashinyan addressed the nation. “We want peace.”").
   */
  private continuation(c: Candidate): Resolution | null {
    const last = this.history[this.history.length - 1];
    if (!last || last.sentence < c.sentence - 1) {
      const before = this.doc.sentences[c.sentence - 1];
      const named = before
        ? mentionsWithin(this.mentions, before.first, before.last).find(
            (m) => m.actor.kind === 'PERSON' && !m.actor.isNew,
          )
        : undefined;
      if (named)
        return {
          actor: named.actor,
          mention: this.doc.text.slice(named.start, named.end),
          by: 'continuation',
          via: null,
          side: null,
        };
    }
    return !last || last.sentence < c.sentence - 2 ? null : continuing(last);
  }

  private phrase(p: Phrase, sentence: number): Resolution | null {
    const { tokens, text } = this.doc;
    const mention = text.slice((tokens[p.first] as Token).start, (tokens[p.last - 1] as Token).end);
    const norm = tokens
      .slice(p.first, p.last)
      .map((t) => t.norm)
      .join(' ');
    if (COLLECTIVE.test(norm)) return null;
    const relayed = this.relayed(p, sentence);
    if (relayed) return relayed;
    // "another of its officials, Foreign Minister Ana Ruiz": the person the phrase ends by naming.
    const ending = this.persons.find(
      (x) =>
        x.last === p.last &&
        x.first > p.first &&
        this.doc.tokens.slice(p.first, x.first).some((t) => t.text === ','),
    );
    if (ending) return { actor: this.introducedActor(ending), mention, by: 'name', via: null, side: null };
    const described = this.indefiniteSource(p, norm, mention);
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
    // "Iranian foreign ministry spokesman Nasser Kanaani": a name after the organ's role is a person speaking.
    const personOfOrgan =
      !!head && tokens.slice(head.last, p.last).some((t) => ROLES.has(t.norm) || TITLE_ROLES.has(t.norm));
    // "…," the Minister of Trade, Laura Pineda, said: the person in apposition to the role.
    const apposed = this.apposedPerson(p);
    if (apposed) return { ...done(this.introducedActor(apposed), 'name'), side: null };
    const office = this.officeOf(p, sentence, mention);
    if (office) return office;
    // "The MEA spokesperson" after "MEA spokesperson Ana Ruiz": the person introduced with that role.
    const lead = tokens[p.first]?.norm ?? '';
    if (lead === 'the' && p.last - p.first <= 4 && ROLE_NOUNS.has(tokens[p.last - 1]?.norm ?? '')) {
      const person = this.personWithRole(p);
      if (person) return { actor: person, mention, by: 'title', via: null, side: this.sideOf(person) };
    }
    // "Russian-installed officials said": a group of its own, named by the description.
    if (head && installedBy(tokens, head)) {
      const name = mention.replace(/^(the|an?)\s+/i, '');
      const group = newActor(name.charAt(0).toUpperCase() + name.slice(1), mention, null, 'ORGANIZATION');
      return { ...done(this.create(group), 'new'), side: null };
    }
    const unknown = organAfterState && !personOfOrgan ? null : named;
    if (unknown?.organization) return done(this.namedOrganization(unknown.name, mention, heads), 'new');
    if (unknown) {
      const named = this.organizationNamedBefore(unknown.name, p);
      if (named) return done(named, 'descriptor');
      const ministry = this.ministryOfNamed(unknown.name, mention);
      if (ministry) return done(ministry, 'new');
      const variant = this.index.fuzzyPersonNamed(unknown.name, unknown.surname);
      if (variant) return done(variant, 'variant');
      const earlier = this.introduced(unknown.name);
      if (earlier) return { actor: earlier, mention, by: 'surname', via: null, side: this.sideOf(earlier) };
      const affiliation = heads.length
        ? this.index.sideOf((heads[heads.length - 1] as Mention).actor.id)
        : null;
      const organization = this.roleOrganization(p, heads);
      const kind = namesGroup(this.doc.text, unknown.name) ? 'ORGANIZATION' : undefined;
      const actor = this.create(newActor(unknown.name, mention.replace(/^the\s+/i, ''), organization, kind));
      return { actor, mention, by: 'new', via: null, side: affiliation };
    }
    // "the Serbian leader", "a Kenyan minister": a person the article introduces with that role.
    if (PERSON_ROLES.has(tokens[p.last - 1]?.norm ?? '') && (lead === 'the' || INDEFINITE.has(lead))) {
      const person = this.personWithRole(p, lead !== 'the');
      if (person) return { actor: person, mention, by: 'title', via: null, side: this.sideOf(person) };
    }
    if (head) return this.fromMention(head, p, mention, done);
    return this.fromDescription(norm, mention, sentence, p);
  }

  /**
   * "The Free Valley Front News Agency said …. The Free Valley agency said": a name with a common noun
   * after it is the organization made before whose name holds the name and ends with that noun.
   */
  private organizationNamedBefore(name: string, p: Phrase): IndexedActor | undefined {
    const noun = this.doc.tokens[p.last - 1] as Token;
    if (noun.pos !== 'NOUN' || !/^[a-z]/.test(noun.text)) return undefined;
    const made = [...this.created.values()].find(
      (a) =>
        a.kind === 'ORGANIZATION' &&
        a.name !== name &&
        a.name.includes(name) &&
        stem(a.name.split(/\s+/).pop() ?? '') === stem(noun.norm),
    );
    return made ? this.create(made) : undefined;
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

  /**
   * An organization the graph does not know, named by the article ("the German Consulate General in
   * Erbil"). A state's possessive before it ("India's Ministry of External Affairs") is part of the
   * name, as the seed names organs ("… of India"), and the organization is part of that state.
   */
  private namedOrganization(name: string, mention: string, heads: Mention[]): IndexedActor {
    const { tokens } = this.doc;
    const owner = heads[heads.length - 1];
    const state = owner?.actor.kind === 'STATE' ? owner.actor : undefined;
    const possessive = !!owner && tokens[owner.last]?.norm === "'s";
    const full = state && possessive && !name.includes(state.name) ? `${name} of ${state.name}` : name;
    const partOf = state && !state.isNew ? state.id : null;
    if (state) this.ensure(state);
    const actor = this.create(newActor(full, mention.replace(/^the\s+/i, ''), partOf, 'ORGANIZATION'));
    if (state) this.createdSide.set(actor.id, state.id);
    return actor;
  }

  /** "Prime Minister Ana Ruiz's office said": the person's office, an organization of its own. */
  private officeOf(p: Phrase, sentence: number, mention: string): Resolution | null {
    const owner = officeOwner(this.doc.tokens, p);
    const principal = owner ? this.phrase(owner, sentence) : null;
    if (!principal || principal.actor.kind !== 'PERSON') return null;
    const state = principal.side ?? this.sideOf(principal.actor);
    const partOf = state && this.index.get(state) ? state : null;
    const name = `Office of ${principal.actor.name}`;
    const actor = this.create(newActor(name, mention.replace(/^the\s+/i, ''), partOf, 'ORGANIZATION'));
    return { actor, mention, by: 'new', via: null, side: state };
  }

  /**
   * The organization a new person's role is named with: "EU spokeswoman Maria Lopez", "Maria Lopez,
   * a spokeswoman for the European Union," or "…, the head of Ukraine's Security Service". Only an
   * actor the graph knows, so the person's PART_OF link has somewhere to go.
   */
  private roleOrganization(p: Phrase, heads: Mention[]): string | null {
    const { tokens } = this.doc;
    const known = (m: Mention | undefined) =>
      m && !m.actor.isNew && m.actor.kind !== 'PERSON' ? m.actor.id : null;
    const before = heads.filter((m) => tokens.slice(m.last, p.last).some((t) => ROLES.has(t.norm)));
    if (before.length) return known(before[before.length - 1]);
    if (tokens[p.last]?.text !== ',') return null;
    let end = p.last + 1;
    while (
      end < tokens.length &&
      end < p.last + 14 &&
      tokens[end]?.text !== ',' &&
      tokens[end]?.pos !== 'VERB'
    )
      end++;
    const role = tokens.slice(p.last + 1, end).findIndex((t) => ROLES.has(t.norm));
    if (role < 0) return null;
    const after = mentionsWithin(this.mentions, p.last + 1 + role, end).filter((m) => m.how !== 'demonym');
    return known(after[after.length - 1]);
  }

  /** A known name; a state followed by an organ ("Georgia's foreign ministry", "Armenian officials") is that organ. */
  private fromMention(
    head: Mention,
    p: Phrase,
    mention: string,
    done: (a: IndexedActor, by: ResolvedBy) => Resolution,
  ): Resolution | null {
    const actor = head.actor;
    // The phrase around the state's name: "Georgia's foreign ministry", "the Foreign Ministry of Kyrgyzstan".
    const rest = [...this.doc.tokens.slice(p.first, head.first), ...this.doc.tokens.slice(head.last, p.last)]
      .map((t) => t.norm)
      .join(' ');
    // "The interior minister of Pakistan's caretaker government": a person described by a role of the state.
    const role = this.doc.tokens.slice(p.first, head.first).some((t) => PERSON_ROLES.has(t.norm));
    if (role && actor.kind === 'STATE') {
      const name = mention.replace(/^the\s+/i, '');
      const person = this.titles.get(name.toLowerCase());
      return done(
        person ?? this.create(newActor(name, name, actor.isNew ? null : actor.id, 'PERSON')),
        'title',
      );
    }
    // "Israel's defence minister warned": the state's office-holder, named as the role of the state.
    const office = actor.kind === 'STATE' ? roleAfterState(this.doc.tokens, head, p) : null;
    if (office) {
      const alias = mention.replace(/^the\s+/i, '');
      const holder =
        this.personWithRole(p) ??
        this.create(newActor(`${office} of ${actor.name}`, alias, actor.isNew ? null : actor.id, 'PERSON'));
      return done(holder, 'title');
    }
    const organ = actor.kind === 'STATE' ? organOf(rest) : null;
    // "Lebanon's health ministry", "Serbia's election commission": an organ the gazetteer has no key for.
    const after = this.doc.tokens
      .slice(head.last, p.last)
      .map((t) => t.norm)
      .join(' ');
    if (!organ && actor.kind === 'STATE' && (INSTITUTIONS.test(rest) || STATE_MEDIA.test(after))) {
      const name = mention.replace(/^the\s+/i, '');
      return done(this.create(newActor(name, name, actor.isNew ? null : actor.id, 'ORGANIZATION')), 'new');
    }
    if (organ) {
      const known = organ === 'state' || this.index.organ(actor.id, organ);
      return done(this.organActor(actor, organ, mention), known ? 'organ' : 'new');
    }
    // "The Kyrgyz side said", "The US accused …": the state itself.
    const bare = rest.replace(/^the\s*/, '').trim();
    const acronym = /^[A-Z.]+$/.test(this.doc.tokens[head.first]?.text ?? '');
    if (head.how === 'demonym' && (bare === 'side' || (bare === '' && acronym)))
      return done(this.ensure(actor), 'name');
    if (head.how === 'demonym') return null;
    // "The Kremlin said": the president's office, not the state.
    const seat = this.doc.tokens
      .slice(head.first, head.last)
      .map((t) => t.norm)
      .join(' ');
    if (head.how === 'capital' && SEATS.has(seat))
      return done(this.organActor(actor, 'presidency', mention), 'organ');
    // "The United Nations mission in Libya", "the UN refugee agency", "UN human rights experts": a body
    // of the organization, not the organization.
    if (actor.kind === 'ORGANIZATION' && BODIES.test(rest.replace(/^(the|an?) /, ''))) {
      const name = mention.replace(/^(the|an?)\s+/i, '');
      return done(this.create(newActor(name, name, actor.isNew ? null : actor.id, 'ORGANIZATION')), 'new');
    }
    const by: ResolvedBy = head.how === 'surname' ? 'surname' : head.how === 'capital' ? 'capital' : 'name';
    return done(this.ensure(actor), by);
  }

  /** No name in the phrase: a pronoun, "his spokesman", "the ministry", "the statement", "the prime minister". */
  private fromDescription(norm: string, mention: string, sentence: number, p: Phrase): Resolution | null {
    const words = norm.split(' ');
    const lastWord = words[words.length - 1] ?? '';
    const simple = (actor: IndexedActor | undefined, by: ResolvedBy): Resolution | null =>
      actor ? { actor, mention, by, via: null, side: this.sideOf(actor) } : null;
    if (words.length === 1 && PERSON_PRONOUNS.has(lastWord))
      return simple(this.lastPerson(sentence, p.first), 'pronoun');
    if (words.length === 1 && GROUP_PRONOUNS.has(lastWord)) {
      // "…, the statement said. "…," it said.": "it" is the statement, whoever issued it.
      const last = this.history[this.history.length - 1];
      const document = last && DOCUMENT.test(last.mention.toLowerCase()) ? last.actor : undefined;
      // "Witnesses said …. They said …": plural sources are "they" too, and so are joint speakers.
      const sources =
        lastWord === 'they'
          ? [...this.history]
              .reverse()
              .find(
                (h) =>
                  h.actor.kind !== 'PERSON' ||
                  !!h.others?.length ||
                  (h.actor.isNew && pluralSource(h.actor.name)),
              )
          : undefined;
      // "Turkey carries out strikes that it says target militants": the sentence's own subject.
      const subject = lastWord === 'it' ? this.sentenceSubject(p.first) : undefined;
      if (subject) return simple(subject, 'pronoun');
      // "Iran has fought a shadow war with Israel for years. It has accused it of …": a sentence that
      // opens with "it" continues the subject that opened the sentence before, when no group spoke there.
      const previous = lastWord === 'it' ? this.previousSubject(p.first) : undefined;
      if (previous) return simple(previous, 'pronoun');
      if (sources?.others?.length)
        return { ...(simple(sources.actor, 'pronoun') as Resolution), others: sources.others };
      return simple(document ?? sources?.actor ?? this.lastGroup(), 'pronoun');
    }
    // "Three sources said …. One said …": one of the sources just described.
    if (words.length === 1 && lastWord === 'one')
      return simple(
        [...this.history].reverse().find((h) => h.actor.isNew && /^\S+s\b/.test(h.actor.name))?.actor,
        'descriptor',
      );
    const owner = words[0] ?? '';
    if (SPOKES.test(norm) && (PERSON_PRONOUNS.has(owner) || GROUP_PRONOUNS.has(owner))) {
      // "his spokesman said": the words are the principal's, delivered via the spokesperson if the graph knows one.
      const principal = PERSON_PRONOUNS.has(owner)
        ? this.lastPerson(sentence, p.first, true)
        : GROUP_PRONOUNS.has(owner)
          ? this.lastGroup()
          : undefined;
      const found = simple(principal, 'descriptor');
      const role = words[words.length - 1] ?? '';
      const surname = principal?.name.split(' ').pop() ?? '';
      return (
        found && {
          ...found,
          via:
            this.index.named(`${surname}'s ${role}`) ??
            this.index.named(`${principal?.name}'s ${role}`) ??
            null,
        }
      );
    }
    // "… in a statement issued by the border service. The statement said …": the issuer named with it.
    // "The statement released by the foreign ministry says": the issuer named right after it, else before.
    const named =
      ['the', 'a', 'an'].includes(words[0] ?? '') && DOCUMENT.test(lastWord)
        ? (this.issuerAfter(lastWord, p) ?? (words[0] === 'the' ? this.namedIssuer(lastWord, p.first) : null))
        : null;
    if (named) return { ...named, mention, by: 'descriptor' };
    if (DOCUMENT.test(lastWord)) {
      const issued = this.issuerOf(words, p);
      if (issued !== undefined) return simple(issued ?? undefined, 'descriptor');
    }
    // "An official with a local association": an indefinite description introduces a source, never an earlier actor.
    if (INDEFINITE.has(words[0] ?? '')) {
      const source = this.describedSource(words, mention);
      if (source) return source;
      // "A Yemeni minister accused …. The Yemeni Minister of Information, Ana Ruiz, said": named just after.
      return simple(this.personWithRole(p, true), 'title');
    }
    // "the statement said": whoever spoke last issued it.
    if (DOCUMENT.test(norm)) return simple(this.history[this.history.length - 1]?.actor, 'descriptor');
    // "Sources in the army said": the sources, described by where they sit, not the army itself.
    const sources = SOURCE_NOUNS.has(words[0] ?? '') && !/^official|^spokes/.test(words[0] ?? '');
    if (sources && (this.doc.tokens[p.first + 1] as Token | undefined)?.pos === 'ADP') {
      const source = this.describedSource(words, mention);
      if (source) return source;
    }
    // "The official said", "the senior official added": one person, the one who spoke or was introduced
    // last, as "he" would be; "officials" (plural) are the state.
    if (/^the (\w+ )?official$/.test(norm)) {
      const person = this.antecedent(p) ?? this.lastPerson(sentence, p.first);
      if (person) return simple(person, 'descriptor');
    }
    // "the military source": an unnamed source described before, or one of its own; not the military.
    if (words[0] === 'the' && /^sources?$/.test(lastWord) && words.length > 2) {
      const name = words.slice(1).join(' ');
      return simple(
        this.definite(p) ??
          this.create(newActor(name.charAt(0).toUpperCase() + name.slice(1), mention, null, 'PERSON')),
        'descriptor',
      );
    }
    const organ = organOf(norm);
    // "The paramilitary forces" after "the paramilitary Rapid Support Forces": the description outranks the organ.
    const earlier = organ && words[0] === 'the' ? this.describedEarlier(p) : undefined;
    if (earlier) return simple(earlier, 'descriptor');
    if (organ)
      return (
        simple(this.organ(organ, norm, p.first, mention), 'descriptor') ??
        this.describedSource(words, mention)
      );
    if (/\bministry\b/.test(norm))
      return simple(
        this.history
          .map((h) => h.actor)
          .reverse()
          .find((a) => a.orgType === 'MINISTRY'),
        'descriptor',
      );
    const titled = simple(
      this.titles.get(words.filter((w) => w !== 'the').join(' ')) ??
        (words[0] === 'the' ? this.personWithRole(p) : undefined),
      'title',
    );
    return (
      titled ??
      simple(this.definite(p), 'descriptor') ??
      this.describedSource(words, mention) ??
      this.describedGroup(p, mention)
    );
  }

  /**
   * "the source", "the committee", "the survivors", "the paramilitary force": an actor the article
   * named before whose name or description has that noun; "the world body" is the United Nations.
   */
  private definite(p: Phrase): IndexedActor | undefined {
    const { tokens } = this.doc;
    const words = tokens.slice(p.first, p.last);
    if (words[0]?.norm !== 'the' || words.length > 4) return undefined;
    const head = stem(words[words.length - 1]?.norm ?? '');
    if (
      /^(world|global) body$/.test(
        words
          .slice(1)
          .map((t) => t.norm)
          .join(' '),
      )
    )
      return (
        this.index.named('United Nations') ?? this.create(newActor('United Nations', 'United Nations', null))
      );
    // "Ankara blamed the Northern Front (NF), but the group denied": the organization the sentence named.
    if (GROUP_NOUNS.has(words[words.length - 1]?.norm ?? '')) {
      const named = this.acronymNamedBefore(p.first);
      if (named) return named;
    }
    const recent = [...new Map([...this.history].reverse().map((h) => [h.actor.id, h])).values()];
    const names = (id: string, mention: string) => {
      const made = this.created.get(id);
      return [mention, ...(made ? [made.name, ...made.aliases] : [])].map((n) => n.toLowerCase());
    };
    const byHead = recent.find((h) =>
      names(h.actor.id, h.mention).some((n) => n.split(/[\s’']+/).some((w) => stem(w) === head)),
    );
    if (byHead) return byHead.actor;
    return this.describedEarlier(p) ?? this.antecedent(p);
  }

  /**
   * "… citing an official. The official said", "Palestine's Islamic Jihad movement agreed …. The
   * movement says": the last phrase before, in the three sentences before and outside quotation
   * marks, that ends with the same noun and says more than "the <noun>", is who the description is,
   * even when that phrase did not speak.
   */
  private antecedent(p: Phrase): IndexedActor | undefined {
    const { tokens, text } = this.doc;
    const words = tokens.slice(p.first, p.last);
    const head = words[words.length - 1] as Token;
    if (words[0]?.norm !== 'the' || words.length > 4 || head.pos !== 'NOUN') return undefined;
    const sentence = head.sentence;
    const from = this.doc.sentences[Math.max(0, sentence - 3)]?.first ?? 0;
    for (let k = p.first - 1; k >= from; k--) {
      const t = tokens[k] as Token;
      if (stem(t.norm) !== stem(head.norm) || insideQuote(text, t.start)) continue;
      // "the group's leader", "movement leaders": the noun modifies another, it heads nothing.
      if (tokens[k + 1]?.norm === "'s" || ['NOUN', 'PROPN'].includes(tokens[k + 1]?.pos ?? '')) continue;
      let first = k;
      // "the Saudi-led coalition": words glued by a hyphen belong to the description.
      const glued = (j: number) => (tokens[j] as Token).end === tokens[j + 1]?.start;
      while (first > from && k - first < 6 && (tokens[first - 1] as Token).sentence === t.sentence) {
        if (ANTECEDENT_WORDS.test(tokens[first - 1]?.pos ?? '') || glued(first - 1)) first--;
        else break;
      }
      const phrase = { first, last: k + 1 };
      const modifiers = tokens.slice(first, k).filter((w) => w.norm !== 'the');
      if (modifiers.length === 0 || quotedHere(text, tokens, phrase)) continue;
      const found = this.phrase(phrase, t.sentence);
      if (found && found.actor.kind !== 'STATE') return found.actor;
    }
    return undefined;
  }

  /** The organization named with an acronym last before token k, in k's sentence. */
  private acronymNamedBefore(k: number): IndexedActor | undefined {
    const { tokens } = this.doc;
    const sentence = this.doc.sentences[(tokens[k] as Token).sentence];
    if (!sentence) return undefined;
    const before = [...this.acronyms.values()]
      .filter((a) => a.at >= sentence.start && a.at < (tokens[k] as Token).start)
      .sort((a, b) => b.at - a.at)[0];
    return before ? this.create(newActor(before.name, before.name, null, 'ORGANIZATION')) : undefined;
  }

  /** "the paramilitary Rapid Support Forces (RSF) … The paramilitary force": the description's words before its name. */
  private describedEarlier(p: Phrase): IndexedActor | undefined {
    const { tokens } = this.doc;
    const words = tokens.slice(p.first, p.last);
    if (words[0]?.norm !== 'the' || words.length > 4) return undefined;
    const modifiers = words.slice(1, -1).map((t) => t.norm);
    if (modifiers.length === 0) return undefined;
    const recent = [...new Map([...this.history].reverse().map((h) => [h.actor.id, h])).values()];
    const made = (id: string) => this.created.get(id)?.name;
    const described = recent.find((h) =>
      [h.mention, made(h.actor.id) ?? h.actor.name]
        .flatMap((n) => this.mentionsOf(n))
        .some((k) => modifiers.every((m) => describedBefore(tokens, k, m))),
    );
    return described?.actor;
  }

  /** Where the text names an actor by this mention (token indexes). */
  private mentionsOf(mention: string): number[] {
    const bare = mention.replace(/^the\s+/i, '');
    const found: number[] = [];
    for (let i = this.doc.text.indexOf(bare); i >= 0; i = this.doc.text.indexOf(bare, i + 1)) {
      const k = this.doc.tokens.findIndex((t) => t.start === i);
      if (k >= 0) found.push(k);
    }
    return found;
  }

  /**
   * "A security source in southern Lebanon", "several witnesses", "a Malian military source": an
   * unnamed source the article describes speaks as that description, whatever places it names. Not
   * when a name comes before the source noun ("a Hamas official" speaks for Hamas), nor for an unnamed
   * spokesperson, who speaks for their organization.
   */
  private indefiniteSource(p: Phrase, norm: string, mention: string): Resolution | null {
    const words = norm.split(' ');
    // "U.S. officials, speaking on condition of anonymity, said": a described source, not the state.
    const sentence = this.doc.sentences[(this.doc.tokens[p.first] as Token).sentence];
    const anonymous =
      !!sentence && ANONYMOUS.test(this.doc.text.slice(sentence.start, sentence.end)) && words.length <= 3;
    const head = words.slice(0, 6).findIndex((w) => SOURCE_NOUNS.has(w));
    // "Senior army commanders in the province said": sources described by a bare plural and where they are.
    const bare =
      head > 0 &&
      /s$/.test(words[head] ?? '') &&
      !INDEFINITE.has(words[0] ?? '') &&
      !['the', 'its', 'their', 'his', 'her'].includes(words[0] ?? '') &&
      this.doc.tokens[p.first + head + 1]?.pos === 'ADP' &&
      this.doc.tokens.slice(p.first + 1, p.first + head).every((t) => !isCapitalised(t.text)) &&
      !mentionsWithin(this.mentions, p.first, p.first + 1).some((m) => m.how !== 'demonym');
    if (!INDEFINITE.has(words[0] ?? '') && !bare && (!anonymous || words[0] === 'the')) return null;
    if (head < 0 || SPOKES.test(words[head] ?? '')) return null;
    const demonym = (k: number) =>
      mentionsWithin(this.mentions, k, k + 1).some((m) => m.how === 'demonym' || m.actor.kind === 'STATE');
    // A soldier, a resident, or anyone unnamed on purpose speaks for themselves, not for the group named before.
    const individual = INDIVIDUALS.has(words[head] ?? '') || anonymous;
    for (let k = p.first + 1; k < p.first + head && !individual; k++)
      if (isCapitalised((this.doc.tokens[k] as Token).text) && !demonym(k)) return null;
    if (!INDEFINITE.has(words[0] ?? '')) {
      const name = bare ? mention : mention.charAt(0).toUpperCase() + mention.slice(1);
      return {
        actor: this.create(newActor(name, mention, null, 'PERSON')),
        mention,
        by: 'new',
        via: null,
        side: null,
      };
    }
    return this.describedSource(words, mention);
  }

  /**
   * "A security source", "a second source familiar with the talks", "another local lawmaker",
   * "residents": a source the article describes but does not name is a speaker of its own, named by
   * the description (as the annotation guidelines and the seed do).
   */
  private describedSource(words: string[], mention: string): Resolution | null {
    const nouns = words.slice(0, 6);
    const head = nouns.findIndex((w) => SOURCE_NOUNS.has(w));
    if (head < 0) return null;
    const indefinite = INDEFINITE.has(words[0] ?? '') || (head === 0 && /s$/.test(words[0] ?? ''));
    if (!indefinite) return null;
    const described = mention
      .replace(/^(a|an|another|one|two|three|several|some|many|a second|a third)\s+/i, '')
      .replace(/^(second|third|other)\s+/i, '');
    const name = described.charAt(0).toUpperCase() + described.slice(1);
    const actor = this.create(newActor(name, mention, null, 'PERSON'));
    return { actor, mention, by: 'new', via: null, side: null };
  }

  /**
   * "A ministry statement said", "a presidency statement", "a statement said": the organ the words
   * before the document name (its issuer), else whoever spoke last, else the state the article is
   * about. Undefined when the phrase is not a document with at most an issuer before it.
   */
  private issuerOf(words: string[], p: Phrase): IndexedActor | null | undefined {
    const issuer = words.slice(0, -1).filter((w) => !DOCUMENT_MODIFIERS.has(w) && !INDEFINITE.has(w));
    if (issuer.length > 2) return undefined;
    if (issuer.length === 0)
      return this.history[this.history.length - 1]?.actor ?? this.principalState() ?? null;
    const norm = `the ${issuer.join(' ')}`;
    const key = organOf(norm);
    const organ = key ? this.organ(key, norm, p.first, norm) : undefined;
    if (organ) return organ;
    if (/\bministry\b/.test(norm))
      return (
        this.history
          .map((h) => h.actor)
          .reverse()
          .find((a) => a.orgType === 'MINISTRY') ?? null
      );
    return undefined;
  }

  /**
   * "The statement released by the foreign ministry": the issuer named right after the document; not a
   * spokesperson, who delivers the words of the organization they speak for ("a statement from
   * government spokesman Ana Ruiz").
   */
  private issuerAfter(document: string, p: Phrase): Resolution | null {
    const issuer = this.namedIssuer(document, p.last);
    return issuer && !SPOKES.test(issuer.mention.toLowerCase()) ? issuer : null;
  }

  /**
   * The issuer the text named with the last "<document> issued by / released by / from X" before token
   * k, within the two sentences before k's: who "the statement" that follows is.
   */
  private namedIssuer(document: string, k: number): Resolution | null {
    const { tokens } = this.doc;
    const sentence = (tokens[k - 1] as Token).sentence;
    const from = this.doc.sentences[Math.max(0, sentence - 2)]?.first ?? 0;
    for (let j = k - 1; j >= from; j--) {
      if (tokens[j]?.norm !== document) continue;
      let by = j + 1;
      if (['issued', 'released', 'published', 'signed'].includes(tokens[by]?.norm ?? '')) by++;
      if (tokens[by]?.norm !== 'by' && tokens[by]?.norm !== 'from') return null;
      let last = by + 1;
      while (
        last < tokens.length &&
        last < by + 16 &&
        !/^[,.;:\u201c\u201d"(]$/.test(tokens[last]?.text ?? '') &&
        !['VERB', 'AUX'].includes(tokens[last]?.pos ?? '')
      )
        last++;
      return last > by + 1 ? this.phrase({ first: by + 1, last }, tokens[j]?.sentence ?? sentence) : null;
    }
    return null;
  }

  /** "International rights groups", "Civilian leaders": a group the article describes by an adjective, named so. */
  private describedGroup(p: Phrase, mention: string): Resolution | null {
    const { tokens } = this.doc;
    const last = tokens[p.last - 1] as Token;
    if (p.last - p.first > 4 || !adjectiveBeforeNoun(tokens, p.first, p.first + 1)) return null;
    if (last.pos !== 'NOUN' || !/s$/.test(last.norm) || NOT_PARTIES.has(last.norm)) return null;
    const actor = this.create(newActor(mention, mention, null, 'PERSON'));
    return { actor, mention, by: 'new', via: null, side: null };
  }

  /** "the Foreign Ministry": the last speaker that is one, else that organ of the state in the news so far. */
  private organ(key: OrganKey, norm: string, before?: number, mention?: string): IndexedActor | undefined {
    // "Mali's military-dominated government … The government has denied": the state last named, by name.
    if (key === 'state' && before !== undefined) {
      const named = lastMentionBefore(
        this.mentions,
        before,
        (m) => m.actor.kind === 'STATE' && m.how !== 'demonym',
      );
      const near =
        named &&
        (this.doc.tokens[named.first] as Token).sentence >= (this.doc.tokens[before] as Token).sentence - 2;
      // A state the graph lacks (a gazetteer country) is itself: the seed models "the government" as the state.
      const organ =
        named && near
          ? (this.index.organ(named.actor.id, key) ?? (named.actor.isNew ? named.actor : undefined))
          : undefined;
      if (organ) return this.ensure(organ);
    }
    const recent = [...this.history].reverse();
    const same = recent.find(
      (h) =>
        (h.actor.organ ?? this.createdOrgan.get(h.actor.id)) === key ||
        (key === 'state' && h.actor.kind === 'STATE'),
    );
    if (same) return same.actor;
    if (key !== 'state' || /\bforeign\b|\bdefen[cs]e\b/.test(norm)) {
      for (const h of recent) {
        const state = this.index.sideOf(h.actor.id) ?? h.side;
        const organ = state ? this.index.organ(state, key) : undefined;
        if (organ) return organ;
      }
    }
    const firstState = this.mentions.find((m) => m.actor.kind === 'STATE' && !m.actor.isNew);
    const known = firstState ? this.index.organ(firstState.actor.id, key) : undefined;
    // "officials said" with nothing more: the state the article is about.
    if (!known && key === 'state' && /^(the )?(officials|authorities)$/.test(norm)) {
      const principal = this.principalState();
      return principal ? this.ensure(principal) : undefined;
    }
    if (known || key === 'state' || !mention) return known;
    // "the army" of a state the graph has no organ for: that organ of the state the speakers so far belong to.
    const state = this.principalState() ?? this.stateInNews();
    return state ? this.organActor(state, key, mention) : undefined;
  }

  /**
   * "The Taliban's foreign ministry": a ministry of a movement or de facto government the graph does
   * not know as a state, named as the seed names ministries ("Ministry of Foreign Affairs of the Taliban").
   */
  private ministryOfNamed(name: string, mention: string): IndexedActor | null {
    const at = mention.indexOf(name);
    const after = normWord(mention.slice(at + name.length));
    const key = /^'s\s/.test(after) ? organOf(after) : null;
    if (!key || !['mfa', 'mod', 'interior'].includes(key)) return null;
    const owner = /^the\s/i.test(mention.slice(0, at).trim() + ' ') ? `the ${name}` : name;
    const pattern = ORGAN_NAMES[key as Exclude<OrganKey, 'state'>];
    return this.create(
      newActor(`${pattern} of ${owner}`, mention.replace(/^the\s+/i, ''), null, 'ORGANIZATION'),
    );
  }

  /** The state the article names most often (by name, capital or demonym). */
  private principalState(): IndexedActor | undefined {
    const counts = new Map<string, { actor: IndexedActor; n: number }>();
    for (const m of this.mentions)
      if (m.actor.kind === 'STATE')
        counts.set(m.actor.id, { actor: m.actor, n: (counts.get(m.actor.id)?.n ?? 0) + 1 });
    return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.actor;
  }

  /** The state the last speakers belong to, else the first state the article names. */
  private stateInNews(): IndexedActor | undefined {
    for (const h of [...this.history].reverse()) {
      const id = this.index.sideOf(h.actor.id) ?? h.side ?? this.createdSide.get(h.actor.id);
      const state = id
        ? (this.index.get(id) ?? this.mentions.find((m) => m.actor.id === id)?.actor)
        : undefined;
      if (state?.kind === 'STATE') return state;
    }
    return this.mentions.find((m) => m.actor.kind === 'STATE' && m.how !== 'demonym')?.actor;
  }

  /**
   * A state's organ: the graph's, else one made earlier in this article, else a new organization named
   * as the seed names organs ("Ministry of Foreign Affairs of Kyrgyzstan"), the mention kept as an alias.
   * The government or the authorities are the state itself (the seed's rule).
   */
  private organActor(state: IndexedActor, key: OrganKey, mention: string): IndexedActor {
    if (key === 'state') return this.ensure(state);
    const alias = mention.replace(/^the\s+/i, '');
    const known = this.index.organ(state.id, key);
    if (known) return this.ensure(known);
    const made = newActor(organName(state, key, alias), alias, state.isNew ? null : state.id, 'ORGANIZATION');
    const aliases = [...new Set([...made.aliases, ...this.organWordings(state, key)])].filter(
      (a) => a !== made.name,
    );
    const actor = this.create({ ...made, aliases });
    this.createdOrgan.set(actor.id, key);
    this.createdSide.set(actor.id, state.id);
    return { ...actor, organ: key };
  }

  /** How the article names a state's organ ("the Sudanese army", "Kenya's military"), kept as aliases. */
  private organWordings(state: IndexedActor, key: OrganKey): string[] {
    const { tokens, text } = this.doc;
    const found: string[] = [];
    for (const m of this.mentions) {
      if (m.actor.id !== state.id) continue;
      const from = tokens[m.last]?.norm === "'s" ? m.last + 1 : m.last;
      for (let j = from; j < Math.min(tokens.length, from + 2); j++) {
        const words = tokens.slice(from, j + 1).map((t) => t.norm);
        if (organOf(words.join(' ')) === key && (tokens[j] as Token).pos === 'NOUN') {
          found.push(text.slice(m.start, (tokens[j] as Token).end));
          break;
        }
      }
    }
    return found;
  }

  /**
   * "Blinken said" after "Secretary of State Antony Blinken urged": a person the article introduced
   * (as a new actor) named again by part of the name. Only when exactly one such person fits.
   */
  private introduced(name: string): IndexedActor | undefined {
    const words = name.toLowerCase().split(/\s+/);
    const fitsName = (full: string) => {
      // "Sadr" is part of "Muqtada al-Sadr".
      const parts = full
        .toLowerCase()
        .split(/\s+/)
        .flatMap((w) => [w, w.replace(/^(al|el)-/, '')]);
      return full !== name && words.length < parts.length && words.every((w) => parts.includes(w));
    };
    // Only people with a proper name: "Taliban" is not part of a described "Taliban soldier".
    const named = (a: NewActor) => a.name.split(/\s+/).every((w) => /^[A-Z]/.test(w));
    const fits = [...this.created.values()].filter(
      (a) => a.kind === 'PERSON' && named(a) && fitsName(a.name),
    );
    const only = fits.length === 1 ? fits[0] : undefined;
    if (only) return this.create(only);
    // Or one the article introduced by role without their speaking yet ("Foreign Minister Abdoulaye Diop").
    const persons = [
      ...new Map(this.persons.filter((x) => fitsName(x.name)).map((x) => [x.name, x])).values(),
    ];
    return persons.length === 1 ? this.introducedActor(persons[0] as IntroducedPerson) : undefined;
  }

  /** "he"/"she": the last person who spoke, unless a person was named since (or in the same sentence). */
  private lastPerson(sentence: number, before: number, possessive = false): IndexedActor | undefined {
    // "X did Y, his spokesman said": a possessive's owner may be named in the words; "he" is not.
    const outside = (m: { first: number }) => {
      const c = possessive ? null : this.current;
      const at = (this.doc.tokens[m.first] as Token).start;
      return !c || at < c.start || at >= c.end;
    };
    const named = lastMentionBefore(this.mentions, before, (m) => m.actor.kind === 'PERSON' && outside(m));
    const spoke = [...this.history].reverse().find((h) => h.actor.kind === 'PERSON');
    const namedSentence = named ? (this.doc.tokens[named.first] as Token).sentence : -1;
    if (named && (namedSentence === sentence || !spoke || spoke.sentence < namedSentence)) return named.actor;
    // A person the article introduced by role since the last person spoke ("… came from government
    // spokeswoman Ana Ruiz. “…,” she said."), as for a known person named since.
    const intro = [...this.persons].reverse().find((x) => x.last <= before && outside(x));
    const introSentence = intro ? (this.doc.tokens[intro.first] as Token).sentence : -1;
    if (
      intro &&
      introSentence > namedSentence &&
      (!spoke || introSentence === sentence || spoke.sentence < introSentence)
    )
      return this.introducedActor(intro);
    return spoke?.actor;
  }

  /** The actor for a person the article introduced: a known one under another spelling, else a new one. */
  private introducedActor(person: IntroducedPerson): IndexedActor {
    const surname = person.name.split(/\s+/).pop() ?? person.name;
    const known = this.index.fuzzyPersonNamed(person.name, surname);
    if (known) return known;
    const organization = person.roleMentions.find(
      (m) => !m.actor.isNew && m.actor.kind !== 'PERSON' && m.how !== 'demonym',
    );
    return this.create(newActor(person.name, person.name, organization?.actor.id ?? null, 'PERSON'));
  }

  /**
   * "the minister", "the spokesman", "the Serbian leader": the last person introduced before with that
   * role (a head of state or government for "leader"), of the state the description names if any.
   */
  private personWithRole(p: Phrase, ahead = false): IndexedActor | undefined {
    const { tokens } = this.doc;
    const words = tokens.slice(p.first, p.last);
    const head = words[words.length - 1]?.norm ?? '';
    if (!ROLE_NOUNS.has(head)) return undefined;
    const states = mentionsWithin(this.mentions, p.first, p.last).map((m) => m.actor.id);
    const modifiers = words
      .slice(0, -1)
      .filter((t) => !['the', 'a', 'an'].includes(t.norm) && !states.length && t.pos === 'ADJ')
      .map((t) => t.norm);
    const roles = head === 'leader' ? LEADERS : [head];
    const sentence = (tokens[p.first] as Token).sentence;
    const near = (x: IntroducedPerson) =>
      ahead ? x.first >= p.last && (tokens[x.first] as Token).sentence <= sentence + 2 : x.last <= p.first;
    const fits = (x: IntroducedPerson) =>
      near(x) &&
      roles.some((r) => x.role.includes(r)) &&
      modifiers.every((w) => x.role.includes(w)) &&
      states.every((id) => x.roleMentions.some((m) => m.actor.id === id));
    const person = ahead ? this.persons.find(fits) : [...this.persons].reverse().find(fits);
    return person ? this.introducedActor(person) : undefined;
  }

  /**
   * The state or organization that opens the sentence of token k, before k: what "it" inside the
   * same sentence refers to ("Turkey regularly carries out strikes that it says target …").
   */
  private sentenceSubject(k: number): IndexedActor | undefined {
    const { tokens } = this.doc;
    const sentence = this.doc.sentences[(tokens[k] as Token).sentence];
    if (!sentence || k === sentence.first) return undefined;
    const first = mentionsWithin(this.mentions, sentence.first, k)[0];
    const opening = first && tokens.slice(sentence.first, first.first).every((t) => t.pos === 'DET');
    if (!first || !opening || first.how === 'demonym' || first.actor.kind === 'PERSON') return undefined;
    // "The Turkish army …": a name that is only the start of a longer phrase is not the subject.
    if (['NOUN', 'PROPN'].includes(tokens[first.last]?.pos ?? '')) return undefined;
    return this.ensure(first.actor);
  }

  /** The state or organization that opened the sentence before token k's, when k opens its own sentence. */
  private previousSubject(k: number): IndexedActor | undefined {
    const { tokens } = this.doc;
    const sentence = (tokens[k] as Token).sentence;
    const previous = this.doc.sentences[sentence - 1];
    if (!previous || this.doc.sentences[sentence]?.first !== k) return undefined;
    const group = [...this.history].reverse().find((h) => h.actor.kind !== 'PERSON');
    if (group && group.sentence >= sentence - 1) return undefined;
    // The subject with its verb ("Iran has …"), not a dateline ("KABUL – …"); and not "It's …", which names no one.
    const opening = mentionsWithin(this.mentions, previous.first, previous.last)[0];
    const verb = opening && ['AUX', 'VERB'].includes(tokens[opening.last]?.pos ?? '');
    const expletive = ["'s", 'is', 'was'].includes(normWord(tokens[k + 1]?.text ?? ''));
    if (expletive) return undefined;
    return (verb ? this.sentenceSubject(previous.last - 1) : undefined) ?? this.openingGroup(previous.first);
  }

  /**
   * "The Free Valley Movement (FVM) has distanced itself from the attack. It said …", "Kenya's foreign
   * ministry responded …. It added": the organization a sentence opens with as the subject of its verb,
   * named or described, when it is not a person.
   */
  private openingGroup(first: number): IndexedActor | undefined {
    const { tokens } = this.doc;
    let verb = first;
    while (verb < first + 10 && SUBJECT_WORDS.test(tokens[verb]?.pos ?? '')) verb++;
    if (verb === first || !['AUX', 'VERB'].includes(tokens[verb]?.pos ?? '')) return undefined;
    if (!isCapitalised((tokens[first] as Token).text) || /^[^)\w]$/.test(tokens[verb - 1]?.text ?? ''))
      return undefined;
    const found = this.phrase({ first, last: verb }, (tokens[first] as Token).sentence);
    return found && found.actor.kind !== 'PERSON' && !found.others ? found.actor : undefined;
  }

  /** "it"/"they": the last organization or state that spoke. */
  private lastGroup(): IndexedActor | undefined {
    return [...this.history].reverse().find((h) => h.actor.kind !== 'PERSON')?.actor;
  }

  /**
   * "The SAF said" after "the Sudanese Armed Forces (SAF)": an acronym is named by the full name the
   * article gave it, and the full name keeps the acronym as an alias.
   */
  private withAcronym(actor: NewActor): NewActor {
    const full = this.acronyms.get(actor.name)?.name;
    if (full) {
      const named = newActor(full, actor.name, actor.partOf);
      return { ...named, aliases: [...new Set([...named.aliases, ...actor.aliases])] };
    }
    const acronym = [...this.acronyms].find(
      ([, { name }]) => name.toLowerCase() === actor.name.toLowerCase(),
    );
    return acronym && !actor.aliases.includes(acronym[0])
      ? { ...actor, aliases: [...actor.aliases, acronym[0]] }
      : actor;
  }

  private ensure(actor: IndexedActor): IndexedActor {
    if (actor.isNew) this.create(newActor(actor.name, actor.name, null, actor.kind));
    return actor;
  }

  private create(made: NewActor): IndexedActor {
    const actor = this.withAcronym(made);
    const known = this.index.get(actor.id);
    if (known && !known.isNew) return known;
    const existing = this.created.get(actor.id);
    if (existing) {
      for (const alias of actor.aliases) if (!existing.aliases.includes(alias)) existing.aliases.push(alias);
    } else this.created.set(actor.id, actor);
    return {
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      orgType: actor.orgType,
      partOf: actor.partOf,
      isNew: true,
      organ: this.createdOrgan.get(actor.id) ?? null,
    };
  }
}

/** An earlier speaker's words go on (a continuation quote, a verb joined by "and"), with any co-speakers. */
function continuing(last: Spoken): Resolution {
  return {
    actor: last.actor,
    mention: last.mention,
    by: 'continuation',
    via: null,
    side: last.side,
    ...(last.others ? { others: last.others.map((o) => ({ ...o, by: 'continuation' as const })) } : {}),
  };
}

/** What a sentence's subject is made of before its verb ("The Free Valley Movement (FVM) has …"). */
const SUBJECT_WORDS = /^(DET|ADJ|PROPN|NOUN|PART|ADP|PUNCT|CCONJ)$/;

/** Parts of speech a noun's description is made of ("the Saudi-led", "an Iranian Foreign Ministry"). */
const ANTECEDENT_WORDS = /^(DET|ADJ|PROPN|NOUN|NUM|PART)$/;

/** Whether the phrase sits inside quotation marks (someone's words, not the narration). */
function quotedHere(text: string, tokens: Token[], p: Phrase): boolean {
  return insideQuote(text, (tokens[p.first] as Token).start);
}

/** "Residents", "Senior army commanders in the province": a described source in the plural. */
function pluralSource(name: string): boolean {
  return (
    /s$/.test(name) ||
    name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => SOURCE_NOUNS.has(w) && /s$/.test(w))
  );
}
