import fs from 'node:fs';
import path from 'node:path';
import type { ArticleAnnotations, ClaimEntry, Problem, RoleEntry, SeedData, Span } from './format';
import { readSeed } from './read';

export class SeedInvalidError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The seed has ${problems.length} problem(s); nothing was written:\n` +
        problems.map((p) => `  ${p.file} › ${p.item}: ${p.reason}`).join('\n'),
    );
    this.name = 'SeedInvalidError';
  }
}

/** Reads and validates all of seed/; throws SeedInvalidError listing every problem found. */
export function loadSeedFiles(dir: string): SeedData {
  const problems: Problem[] = [];
  const seed = readSeed(dir, problems);
  problems.push(...crossCheck(seed, dir));
  if (problems.length > 0) throw new SeedInvalidError(problems);
  return seed;
}

function crossCheck(seed: SeedData, dir: string): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, string>();
  const unique = (id: string, file: string) => {
    if (!id) return;
    const other = seen.get(id);
    if (other) problems.push({ file, item: id, reason: `duplicate id (also in ${other})` });
    else seen.set(id, file);
  };
  seed.articles.forEach((a) => unique(a.id, 'articles.yaml'));
  seed.actors.forEach((a) => unique(a.id, 'actors.yaml'));
  seed.places.forEach((p) => unique(p.id, 'places.yaml'));
  seed.events.forEach((e) => unique(e.id, 'events.yaml'));
  for (const doc of seed.annotations) {
    doc.statements.forEach((s) => unique(s.id, doc.file));
  }

  const ids = {
    actor: new Set(seed.actors.map((a) => a.id)),
    place: new Set(seed.places.map((p) => p.id)),
    event: new Set(seed.events.map((e) => e.id)),
    statement: new Set(seed.annotations.flatMap((d) => d.statements.map((s) => s.id))),
  };
  const ref = (file: string, item: string, kind: keyof typeof ids, id: string | null, field: string) => {
    if (id && !ids[kind].has(id)) problems.push({ file, item, reason: `${field} refers to unknown ${kind} ${id}` });
  };

  for (const a of seed.actors) ref('actors.yaml', a.id, 'actor', a.partOf, 'partOf');
  for (const p of seed.places) {
    ref('places.yaml', p.id, 'place', p.in, 'in');
    ref('places.yaml', p.id, 'actor', p.state, 'state');
  }
  for (const e of seed.events) {
    e.places.forEach((id) => ref('events.yaml', e.id, 'place', id, 'places'));
    e.participants.forEach((id) => ref('events.yaml', e.id, 'actor', id, 'participants'));
    e.partOf.forEach((id) => ref('events.yaml', e.id, 'event', id, 'partOf'));
  }

  const texts = new Map(seed.articles.map((a) => [a.id, a.text]));
  const listed = new Set(seed.articles.map((a) => a.file));
  const articlesDir = path.join(dir, 'articles');
  if (fs.existsSync(articlesDir)) {
    for (const f of fs.readdirSync(articlesDir).filter((name) => name.endsWith('.txt'))) {
      if (!listed.has(f)) problems.push({ file: `articles/${f}`, item: '-', reason: 'article text has no entry in articles.yaml' });
    }
  }
  const annotated = new Set<string>();
  for (const doc of seed.annotations) {
    const text = texts.get(doc.article);
    if (doc.article && text === undefined) {
      problems.push({ file: doc.file, item: 'article', reason: `unknown article ${doc.article}` });
    }
    if (annotated.has(doc.article)) problems.push({ file: doc.file, item: 'article', reason: `${doc.article} is annotated twice` });
    annotated.add(doc.article);
    checkDocument(doc, text ?? null, ref, problems);
  }
  problems.push(...sharedFactsAgree(seed.annotations));
  return problems;
}

type Ref = (file: string, item: string, kind: 'actor' | 'place' | 'event' | 'statement', id: string | null, field: string) => void;

function checkDocument(doc: ArticleAnnotations, text: string | null, ref: Ref, problems: Problem[]): void {
  const spanOk = (item: string, s: Span) => {
    if (text === null || s.start < 0 || s.end < 0) return;
    if (s.end <= s.start || s.end > text.length) {
      problems.push({ file: doc.file, item, reason: `span ${s.start}..${s.end} is outside the article (length ${text.length})` });
    } else if (text.slice(s.start, s.end) !== s.text) {
      const found = text.indexOf(s.text);
      problems.push({
        file: doc.file,
        item,
        reason:
          `span ${s.start}..${s.end} holds ${JSON.stringify(text.slice(s.start, s.end))}, not the text ${JSON.stringify(s.text)}` +
          (found >= 0 ? ` (the text is at ${found}..${found + s.text.length})` : ' (the text is nowhere in the article)'),
      });
    }
  };
  doc.mentions.forEach((m, i) => {
    const item = `mention #${i + 1} of ${m.event}`;
    ref(doc.file, item, 'event', m.event, 'event');
    spanOk(item, m);
  });
  for (const r of doc.roles) {
    ref(doc.file, r.id, 'actor', r.person, 'person');
    ref(doc.file, r.id, 'actor', r.organization, 'organization');
    if (r.since && r.until && r.until < r.since) problems.push({ file: doc.file, item: r.id, reason: 'until is before since' });
    spanOk(r.id, r);
  }
  for (const s of doc.statements) {
    ref(doc.file, s.id, 'actor', s.speaker, 'speaker');
    ref(doc.file, s.id, 'actor', s.via, 'via');
    s.targets.forEach((id) => ref(doc.file, s.id, 'actor', id, 'targets'));
    s.respondsTo.forEach((id) => ref(doc.file, s.id, 'event', id, 'respondsTo'));
    s.repliesTo.forEach((id) => ref(doc.file, s.id, 'statement', id, 'repliesTo'));
    spanOk(s.id, s);
  }
  for (const c of doc.claims) {
    ref(doc.file, c.id, 'actor', c.claimant, 'claimant');
    ref(doc.file, c.id, 'actor', c.side, 'side');
    ref(doc.file, c.id, 'event', c.event, 'event');
    ref(doc.file, c.id, 'statement', c.statement, 'statement');
    if (c.statement && !doc.statements.some((s) => s.id === c.statement)) {
      problems.push({ file: doc.file, item: c.id, reason: `statement ${c.statement} must be one of this article's statements` });
    }
    spanOk(c.id, c);
  }
}

/** A role or claim id used in several files is one fact with several sources: its facts must agree. */
function sharedFactsAgree(docs: ArticleAnnotations[]): Problem[] {
  const problems: Problem[] = [];
  const first = new Map<string, { file: string; facts: string }>();
  const check = (file: string, id: string, facts: string) => {
    const earlier = first.get(id);
    if (!earlier) first.set(id, { file, facts });
    else if (earlier.facts !== facts) {
      problems.push({ file, item: id, reason: `differs from the same id in ${earlier.file}: ${facts} vs ${earlier.facts}` });
    }
  };
  const roleFacts = ({ person, title, organization, since, until }: RoleEntry) =>
    JSON.stringify({ person, title, organization, since, until });
  const claimFacts = ({ claimant, side, killed, wounded, captured, event }: ClaimEntry) =>
    JSON.stringify({ claimant, side, killed, wounded, captured, event });
  for (const doc of docs) {
    const inThisFile = new Set<string>();
    for (const r of doc.roles) {
      if (!inThisFile.has(r.id)) check(doc.file, r.id, roleFacts(r));
      inThisFile.add(r.id);
    }
    for (const c of doc.claims) {
      if (!inThisFile.has(c.id)) check(doc.file, c.id, claimFacts(c));
      inThisFile.add(c.id);
    }
  }
  return problems;
}
