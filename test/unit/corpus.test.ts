import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONSTRUCTIONS as CONSTRUCTION_TERMS } from '../../src/ingest/eval/corpus';
import {
  ACTOR_KINDS,
  DATE_PRECISIONS,
  ORG_TYPES as ORG_TYPE_TERMS,
  STANCES as STANCE_TERMS,
} from '../../src/vocabulary/terms';

/**
 * The evaluation corpus (test/corpus/articles/NNN-slug/): every annotation must be loadable as is.
 * Generic over the folder, so each new article is checked the moment it lands.
 */
const ROOT = join(__dirname, '..', 'corpus', 'articles');

// The graph's own vocabulary and the eval's construction tags, not copies: widened to string lists so
// they can check whatever a YAML file holds.
const KINDS: readonly string[] = ACTOR_KINDS;
const ORG_TYPES: readonly string[] = ORG_TYPE_TERMS;
const STANCES: readonly string[] = STANCE_TERMS;
const PRECISIONS: readonly string[] = DATE_PRECISIONS;
const CONSTRUCTIONS: readonly string[] = CONSTRUCTION_TERMS;
const SPLITS = ['dev', 'holdout'];

interface Actor {
  id: string;
  name: string;
  kind: string;
  aliases: unknown;
  orgType?: string;
  partOf?: string;
}
interface Statement {
  id: string;
  speaker: string;
  via: string | null;
  text: string;
  start: number;
  end: number;
  direct: unknown;
  stance: string;
  targets: string[];
  date: string | null;
  datePrecision: string | null;
  construction: string;
  restates?: string;
}
interface Annotation {
  article: { id: string; title: string; outlet: string; published: string; url: string; split: string };
  actors: Actor[];
  statements: Statement[];
}

const folders = existsSync(ROOT)
  ? readdirSync(ROOT, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name)
      .sort()
  : [];

function isDay(value: unknown): boolean {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
}

function load(folder: string): { text: string; annotation: Annotation } {
  const dir = join(ROOT, folder);
  const text = readFileSync(join(dir, 'text.txt'), 'utf8');
  const annotation = parse(readFileSync(join(dir, 'annotation.yaml'), 'utf8')) as Annotation;
  return { text, annotation };
}

/** Every problem of one article, as "folder: item: reason" lines (empty when it is sound). */
function problems(folder: string, text: string, a: Annotation): string[] {
  const out: string[] = [];
  const fail = (item: string, reason: string) => out.push(`${folder}: ${item}: ${reason}`);
  const number = /^\d+/.exec(folder)?.[0] ?? '';

  if (!/^[1-9]\d{2,3}-[a-z0-9-]+$/.test(folder)) fail('folder', 'name is not NNN-slug or NNNN-slug');
  const art = a.article;
  if (!/^article:[a-z0-9-]+$/.test(art?.id ?? '')) fail('article.id', `bad id ${art?.id}`);
  for (const key of ['title', 'outlet', 'url'] as const)
    if (typeof art?.[key] !== 'string' || art[key] === '') fail(`article.${key}`, 'missing');
  if (!isDay(art?.published)) fail('article.published', `not a YYYY-MM-DD day: ${art?.published}`);
  if (!SPLITS.includes(art?.split)) fail('article.split', `not dev|holdout: ${art?.split}`);

  const actors = new Map<string, Actor>();
  for (const actor of a.actors ?? []) {
    if (!/^actor:[a-z0-9-]+$/.test(actor.id)) fail(actor.id, 'bad actor id');
    if (actors.has(actor.id)) fail(actor.id, 'duplicate actor');
    actors.set(actor.id, actor);
    if (typeof actor.name !== 'string' || actor.name === '') fail(actor.id, 'no name');
    if (!KINDS.includes(actor.kind)) fail(actor.id, `kind ${actor.kind}`);
    if (!Array.isArray(actor.aliases)) fail(actor.id, 'aliases is not a list');
    if (actor.orgType !== undefined && (actor.kind !== 'ORGANIZATION' || !ORG_TYPES.includes(actor.orgType)))
      fail(actor.id, `orgType ${actor.orgType}`);
  }
  for (const actor of actors.values())
    if (actor.partOf !== undefined && !actors.has(actor.partOf))
      fail(actor.id, `partOf unknown ${actor.partOf}`);

  const known = (id: string | null | undefined) => typeof id === 'string' && actors.has(id);
  const statementIds = new Set((a.statements ?? []).map((s) => s.id));
  for (const s of a.statements ?? []) {
    if (!new RegExp(`^statement:${number}-[a-z0-9-]+$`).test(s.id))
      fail(s.id, `id is not statement:${number}-…`);
    if (text.slice(s.start, s.end) !== s.text) fail(s.id, `span ${s.start}-${s.end} does not hold its text`);
    if (typeof s.text !== 'string' || s.text.trim() !== s.text || s.text === '')
      fail(s.id, 'text empty or padded');
    if (!known(s.speaker)) fail(s.id, `speaker unknown ${s.speaker}`);
    if (s.via !== null && !known(s.via)) fail(s.id, `via unknown ${s.via}`);
    if (!Array.isArray(s.targets)) fail(s.id, 'targets is not a list');
    else for (const t of s.targets) if (!known(t)) fail(s.id, `target unknown ${t}`);
    if (typeof s.direct !== 'boolean') fail(s.id, 'direct is not a boolean');
    if (!STANCES.includes(s.stance)) fail(s.id, `stance ${s.stance}`);
    if (!CONSTRUCTIONS.includes(s.construction)) fail(s.id, `construction ${s.construction}`);
    if (s.restates !== undefined && (s.restates === s.id || !statementIds.has(s.restates)))
      fail(s.id, `restates unknown ${s.restates}`);
    if (s.date === null) {
      if (s.datePrecision !== null) fail(s.id, 'datePrecision without a date');
    } else if (!isDay(s.date) || !PRECISIONS.includes(s.datePrecision ?? '')) {
      fail(s.id, `date ${s.date} / ${s.datePrecision}`);
    }
  }
  return out;
}

describe('evaluation corpus (test/corpus/articles)', () => {
  const loaded = folders.map((folder) => ({ folder, ...load(folder) }));

  it('holds articles', () => {
    expect(loaded.length).toBeGreaterThan(0);
  });

  it.each(loaded.map((l) => [l.folder, l] as const))('%s is well-formed', (folder, l) => {
    expect(problems(folder, l.text, l.annotation)).toEqual([]);
  });

  it('article and statement ids and folder numbers are unique across the corpus', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { folder, annotation } of loaded) {
      const ids = [
        /^\d+/.exec(folder)?.[0] ?? folder,
        annotation.article.id,
        ...annotation.statements.map((s) => s.id),
      ];
      for (const id of ids) {
        if (seen.has(id)) clashes.push(`${id} in ${seen.get(id)} and ${folder}`);
        seen.set(id, folder);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('checks what it claims to check (a shifted span is reported)', () => {
    const sample = loaded.find((l) => l.annotation.statements.length > 0);
    const first = sample?.annotation.statements[0];
    if (!sample || !first) throw new Error('no annotated statement to break');
    const { folder, text, annotation } = sample;
    const broken = { ...annotation, statements: [{ ...first, start: first.start + 1, end: first.end + 1 }] };
    expect(problems(folder, text, broken).join('\n')).toContain('does not hold its text');
  });
});
