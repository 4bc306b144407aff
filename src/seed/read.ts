import fs from 'node:fs';
import path from 'node:path';
import { TextDecoder } from 'node:util';
import YAML from 'yaml';
import { ItemReader } from './fields';
import {
  ACTOR_KINDS, CHANNELS, DATE_PRECISIONS, EVENT_KINDS, ORG_TYPES, PLACE_KINDS, STANCES,
  type ActorEntry, type ArticleAnnotations, type ArticleEntry, type ClaimEntry, type EventEntry,
  type MentionEntry, type PlaceEntry, type Problem, type RoleEntry, type SeedData, type Span, type StatementEntry,
} from './format';

/** Parses one YAML file, recording a problem (and returning null) when it is missing or not valid YAML. */
function readYaml(dir: string, file: string, problems: Problem[]): unknown {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) {
    problems.push({ file, item: '-', reason: 'file is missing' });
    return null;
  }
  const doc = YAML.parseDocument(fs.readFileSync(full, 'utf8'), { uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const error of doc.errors) problems.push({ file, item: '-', reason: `not valid YAML: ${error.message}` });
    return null;
  }
  return doc.toJS();
}

function items(value: unknown, file: string, problems: Problem[], what: string): Record<string, unknown>[] {
  if (value === null || value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push({ file, item: '-', reason: `${what} must be a YAML list` });
    return [];
  }
  return value.map((item, index) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) return item as Record<string, unknown>;
    problems.push({ file, item: `#${index + 1}`, reason: `${what} entries must be mappings` });
    return {};
  });
}

const label = (raw: Record<string, unknown>, index: number) =>
  typeof raw.id === 'string' ? raw.id : `#${index + 1}`;

function span(r: ItemReader): Span {
  return { start: r.offset('start'), end: r.offset('end'), text: r.string('text') };
}

function readArticles(dir: string, problems: Problem[]): (ArticleEntry & { text: string })[] {
  const file = 'articles.yaml';
  return items(readYaml(dir, file, problems), file, problems, 'articles').map((raw, i) => {
    const r = new ItemReader(raw, file, label(raw, i), problems);
    const entry: ArticleEntry = {
      id: r.id('id', 'article'),
      file: r.string('file'),
      title: r.string('title'),
      titleFromText: r.boolean('titleFromText', false),
      outlet: r.optionalString('outlet'),
      published: r.date('published') ?? '',
      url: r.optionalString('url'),
    };
    if (!entry.published) r.problem('published is required');
    return { ...entry, text: readArticleText(dir, entry.file, r) };
  });
}

function readArticleText(dir: string, file: string, r: ItemReader): string {
  const full = path.join(dir, 'articles', file);
  if (!file || !fs.existsSync(full)) {
    r.problem(`article text articles/${file} is missing`);
    return '';
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(full));
  } catch {
    r.problem(`articles/${file} is not valid UTF-8`);
    return '';
  }
}

function readActors(dir: string, problems: Problem[]): ActorEntry[] {
  const file = 'actors.yaml';
  return items(readYaml(dir, file, problems), file, problems, 'actors').map((raw, i) => {
    const r = new ItemReader(raw, file, label(raw, i), problems);
    return {
      id: r.id('id', 'actor'),
      name: r.string('name'),
      kind: r.oneOf('kind', ACTOR_KINDS),
      orgType: r.optionalOneOf('orgType', ORG_TYPES),
      aliases: r.strings('aliases'),
      partOf: r.optionalId('partOf', 'actor'),
    };
  });
}

function readPlaces(dir: string, problems: Problem[]): PlaceEntry[] {
  const file = 'places.yaml';
  return items(readYaml(dir, file, problems), file, problems, 'places').map((raw, i) => {
    const r = new ItemReader(raw, file, label(raw, i), problems);
    return {
      id: r.id('id', 'place'),
      name: r.string('name'),
      kind: r.oneOf('kind', PLACE_KINDS),
      aliases: r.strings('aliases'),
      in: r.optionalId('in', 'place'),
      state: r.optionalId('state', 'actor'),
    };
  });
}

function readEvents(dir: string, problems: Problem[]): EventEntry[] {
  const file = 'events.yaml';
  return items(readYaml(dir, file, problems), file, problems, 'events').map((raw, i) => {
    const r = new ItemReader(raw, file, label(raw, i), problems);
    const event: EventEntry = {
      id: r.id('id', 'event'),
      title: r.string('title'),
      kind: r.oneOf('kind', EVENT_KINDS),
      date: r.date('date'),
      endDate: r.date('endDate'),
      datePrecision: r.optionalOneOf('datePrecision', DATE_PRECISIONS),
      places: r.ids('places'),
      participants: r.ids('participants'),
      partOf: r.ids('partOf'),
    };
    if (event.date && event.endDate && event.endDate < event.date) r.problem(`endDate ${event.endDate} is before date ${event.date}`);
    if (event.endDate && !event.date) r.problem('endDate without date');
    return event;
  });
}

function readAnnotations(dir: string, file: string, problems: Problem[]): ArticleAnnotations {
  const raw = readYaml(dir, file, problems);
  const doc = raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== null && raw !== doc) problems.push({ file, item: '-', reason: 'an annotations file must be a mapping' });
  const top = new ItemReader(doc, file, 'article', problems);
  const list = (key: string) => items(doc[key], file, problems, key);
  const reader = (entry: Record<string, unknown>, i: number, key: string) =>
    new ItemReader(entry, file, typeof entry.id === 'string' ? entry.id : `${key} #${i + 1}`, problems);
  return {
    file,
    article: top.id('article', 'article'),
    mentions: list('mentions').map((entry, i): MentionEntry => {
      const r = reader(entry, i, 'mentions');
      return { event: r.id('event', 'event'), ...span(r) };
    }),
    roles: list('roles').map((entry, i): RoleEntry => {
      const r = reader(entry, i, 'roles');
      return {
        id: r.id('id', 'role'),
        person: r.id('person', 'actor'),
        title: r.string('title'),
        organization: r.optionalId('organization', 'actor'),
        since: r.date('since'),
        until: r.date('until'),
        ...span(r),
      };
    }),
    statements: list('statements').map((entry, i): StatementEntry => {
      const r = reader(entry, i, 'statements');
      return {
        id: r.id('id', 'statement'),
        speaker: r.id('speaker', 'actor'),
        via: r.optionalId('via', 'actor'),
        direct: r.boolean('direct'),
        date: r.date('date'),
        datePrecision: r.optionalOneOf('datePrecision', DATE_PRECISIONS),
        channel: r.oneOf('channel', CHANNELS),
        stance: r.oneOf('stance', STANCES),
        targets: r.ids('targets'),
        respondsTo: r.ids('respondsTo'),
        repliesTo: r.ids('repliesTo'),
        ...span(r),
      };
    }),
    claims: list('claims').map((entry, i): ClaimEntry => {
      const r = reader(entry, i, 'claims');
      return {
        id: r.id('id', 'claim'),
        claimant: r.id('claimant', 'actor'),
        side: r.optionalId('side', 'actor'),
        killed: r.count('killed'),
        wounded: r.count('wounded'),
        captured: r.count('captured'),
        event: r.id('event', 'event'),
        statement: r.id('statement', 'statement'),
        ...span(r),
      };
    }),
  };
}

/** Reads every seed file; structural problems are collected, not thrown. */
export function readSeed(dir: string, problems: Problem[]): SeedData {
  const annotationsDir = path.join(dir, 'annotations');
  const annotationFiles = fs.existsSync(annotationsDir)
    ? fs.readdirSync(annotationsDir).filter((f) => f.endsWith('.yaml')).sort()
    : [];
  return {
    articles: readArticles(dir, problems),
    actors: readActors(dir, problems),
    places: readPlaces(dir, problems),
    events: readEvents(dir, problems),
    annotations: annotationFiles.map((f) => readAnnotations(dir, path.join('annotations', f), problems)),
  };
}
