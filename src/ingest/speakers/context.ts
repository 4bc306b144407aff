import type { ActorIndex, IndexedActor, Mention } from './actorIndex';
import type { Candidate } from '../candidates/candidates';
import type { OrganKey } from './gazetteer';
import { newActor } from './newActors';
import { acronymNames } from './acronyms';
import { type IntroducedPerson, introducedPersons } from './introduced';
import { titledPersons } from './speakerNames';
import type { TextAnalysis } from '../text/sentences';
import type { Phrase } from '../candidates/subjects';
import type { NewActor } from '../types';
import type { Resolution, Spoken } from './resolution';

/** Words that tie a described person or part to a body named after them ("an official at", "the head of"). */
const LINKS = new Set(['of', 'at', 'for', 'from', 'in', 'with', 'by', 'the', 'to', 'on']);

/**
 * What resolving an article's speakers reads and remembers: the article, the graph's actors and their
 * mentions, the speakers so far (for "he", "it", "the ministry" and continuations) and the actors the
 * article made. The rules for each kind of mention are functions of this context, in their own files;
 * `phrase` (speakers.ts) is the one entry they call back to resolve a phrase of any kind.
 */
export abstract class SpeakerContext {
  readonly history: Spoken[] = [];
  readonly created = new Map<string, NewActor>();
  /** Organs made in this article for states the graph has none for, and the state each belongs to. */
  readonly createdOrgan = new Map<string, OrganKey>();
  readonly createdSide = new Map<string, string>();
  readonly titles: Map<string, IndexedActor>;
  readonly persons: IntroducedPerson[];
  /** "Sudanese Armed Forces (SAF)": each bracketed acronym and the full name it stands for. */
  readonly acronyms: Map<string, { name: string; at: number }>;
  /** Acronyms the article gives after a description, and the actor made for the description. */
  private readonly describedAcronyms = new Map<string, NewActor>();
  /** The candidate being resolved: people named inside its own words are not who says them. */
  current: Candidate | null = null;

  constructor(
    readonly doc: TextAnalysis,
    readonly index: ActorIndex,
    readonly mentions: Mention[],
  ) {
    this.titles = titledPersons(doc, mentions);
    this.persons = introducedPersons(doc, mentions);
    this.acronyms = acronymNames(doc.text);
  }

  /** Who a phrase of the article names as speaker, whatever kind of mention it is. */
  abstract phrase(p: Phrase, sentence: number): Resolution | null;

  newActors(): NewActor[] {
    return [...this.created.values()];
  }

  /** The last speaker before the candidate being resolved. */
  lastSpoken(): Spoken | undefined {
    return this.history[this.history.length - 1];
  }

  /** Each speaker once, the most recent first. */
  recentSpeakers(): Spoken[] {
    return [...new Map([...this.history].reverse().map((h) => [h.actor.id, h])).values()];
  }

  sideOf(actor: IndexedActor): string | null {
    return (
      this.index.sideOf(actor.id) ??
      this.createdSide.get(actor.id) ??
      this.history.find((h) => h.actor.id === actor.id && h.side)?.side ??
      null
    );
  }

  /** An actor of the graph as it is, a new one made in this article (once). */
  ensure(actor: IndexedActor): IndexedActor {
    if (actor.isNew) this.create(newActor(actor.name, actor.name, null, actor.kind));
    return actor;
  }

  /** A new actor, merged with one of the same id made before (its aliases added), unless the graph knows it. */
  create(made: NewActor): IndexedActor {
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

  /**
   * "The SAF said" after "the Sudanese Armed Forces (SAF)": an acronym is named by the full name the
   * article gave it, and the full name keeps the acronym as an alias.
   */
  private withAcronym(actor: NewActor): NewActor {
    const described = this.describedAcronyms.get(actor.name);
    if (described) return { ...described, aliases: [...new Set([...described.aliases, actor.name])] };
    const full = this.acronyms.get(actor.name)?.name ?? this.fullerName(actor);
    if (full) {
      const named = newActor(full, actor.name, actor.partOf);
      return { ...named, aliases: [...new Set([...named.aliases, ...actor.aliases])] };
    }
    const acronym =
      [...this.acronyms].find(([, { name }]) => name.toLowerCase() === actor.name.toLowerCase())?.[0] ??
      this.bracketedAfter(actor);
    if (!acronym || actor.aliases.includes(acronym)) return actor;
    const named = { ...actor, aliases: [...actor.aliases, acronym] };
    if (!this.acronyms.has(acronym) && !this.describedAcronyms.has(acronym))
      this.describedAcronyms.set(acronym, named);
    return named;
  }

  /**
   * "the UN agency for humanitarian affairs (UNOCHA)", "the Congolese army (FARDC)": a body described in
   * lower case with its acronym in brackets; the acronym, when the article names the body by it later.
   */
  private bracketedAfter(actor: NewActor): string | undefined {
    const text = this.doc.text;
    for (const said of [...actor.aliases, actor.name]) {
      const words = said.replace(/^(the|an?)\s+/i, '');
      if (words.split(/\s+/).length < 2) continue;
      for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
        const after = /^\s*\(([A-Z][A-Za-z]{1,7})\)/.exec(
          text.slice(at + words.length, at + words.length + 12),
        );
        if (after) return after[1];
      }
    }
    return undefined;
  }

  /**
   * "a report from the United Nations High Commissioner for Refugees (UNHCR)" read as "Commissioner for
   * Refugees", "the Pakistan military's media wing Inter Services Public Relations (ISPR)" read whole:
   * where the words name a body the article gives in full with its acronym, and the name read is part of
   * that full name or holds it, the body is named in full.
   */
  private fullerName(actor: NewActor): string | undefined {
    const words = (s: string) =>
      ` ${s
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()} `;
    const name = words(actor.name);
    if (name.trim().split(' ').length < 2) return undefined;
    const said = [actor.name, ...actor.aliases].map(words);
    return [...this.acronyms.values()]
      .map((a) => a.name)
      .find((full) => {
        const f = words(full);
        // "Official at the Joint Chiefs of Staff" is a person of the body, not the body.
        const before = name.slice(0, name.indexOf(f)).trim().split(' ').pop() ?? '';
        const apposed = name.includes(f) && !LINKS.has(before);
        return said.some((m) => m.includes(f)) && (f.includes(name) || apposed);
      });
  }
}
