/**
 * Turns a second annotator's draft (test/corpus/agreement/<folder>/draft.txt) into annotation.yaml in the
 * corpus format, computing every span's offsets from its text (never typed by hand) and resolving relative
 * dates against the article's `published`, which is taken from the original annotation's `article:` block
 * (only that block is read; it is copied after the statements were written).
 *
 * Draft format, one record a line, `#` comments:
 *   A id|Name|KIND|alias; alias|orgType|partOf
 *   S speaker|STANCE|target,target|date|construction|D or P|text|after|via|restates(1-based index)
 * date: `P` publication day, `PM` publication month, `-` null, `Mon`…`Sun` the last such day on or before
 * publication, `YYYY-MM` (MONTH), `YYYY-MM-DD` (DAY). `after`: a snippet the span comes after (to pick
 * one of several occurrences).
 *
 *   npx tsx test/corpus/agreement/build.ts <folder> [<folder> …]
 */
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';

const HERE = __dirname;
const ARTICLES = path.resolve(HERE, '../articles');
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function articleBlock(folder: string): { block: string; published: string } {
  const lines = fs.readFileSync(path.join(ARTICLES, folder, 'annotation.yaml'), 'utf8').split('\n');
  const start = lines.findIndex((l) => l.startsWith('article:'));
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((l) => /^\S/.test(l));
  const block = ['article:', ...rest.slice(0, end)].join('\n');
  const published = /published:\s*'?(\d{4}-\d{2}-\d{2})/.exec(block)?.[1];
  if (!published) throw new Error(`${folder}: no published date in the article block`);
  return { block, published };
}

function resolveDate(spec: string, published: string): [string | null, string | null] {
  if (spec === '-') return [null, null];
  if (spec === 'P') return [published, 'DAY'];
  if (spec === 'PM') return [published.slice(0, 7), 'MONTH'];
  const day = DAYS.indexOf(spec);
  if (day >= 0) {
    const d = new Date(`${published}T00:00:00Z`);
    while (d.getUTCDay() !== day) d.setUTCDate(d.getUTCDate() - 1);
    return [d.toISOString().slice(0, 10), 'DAY'];
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(spec)) return [spec, 'DAY'];
  if (/^\d{4}-\d{2}$/.test(spec)) return [spec, 'MONTH'];
  if (/^\d{4}$/.test(spec)) return [spec, 'YEAR'];
  throw new Error(`bad date ${spec}`);
}

function locate(text: string, span: string, after: string): number {
  const from = after ? text.indexOf(after) : 0;
  if (from < 0) throw new Error(`"after" not found: ${after}`);
  const at = text.indexOf(span, from);
  if (at < 0) throw new Error(`span not found: ${span}`);
  if (!after && text.indexOf(span, at + 1) >= 0) throw new Error(`span ambiguous, give "after": ${span}`);
  return at;
}

function build(folder: string): void {
  const text = fs.readFileSync(path.join(ARTICLES, folder, 'text.txt'), 'utf8');
  const draft = fs.readFileSync(path.join(HERE, folder, 'draft.txt'), 'utf8');
  const { block, published } = articleBlock(folder);
  const num = folder.slice(0, 3);
  const actors: Record<string, unknown>[] = [];
  const statements: Record<string, unknown>[] = [];
  for (const raw of draft.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const f = line
      .slice(2)
      .split('|')
      .map((s) => s.trim());
    if (line.startsWith('A ')) {
      const [id, name, kind, aliases, orgType, partOf] = f;
      actors.push({
        id: `actor:${id}`,
        name,
        kind,
        aliases: aliases ? aliases.split(';').map((a) => a.trim()) : [],
        ...(orgType ? { orgType } : {}),
        ...(partOf ? { partOf: `actor:${partOf}` } : {}),
      });
    } else if (line.startsWith('S ')) {
      if (f.length > 10) throw new Error(`${folder}: more than 10 fields in ${line}`);
      const [speaker, stance, targets, date, construction, direct, span, after, via, restates] = f;
      if (!span) throw new Error(`${folder}: no text in ${line}`);
      const start = locate(text, span, after ?? '');
      const [d, precision] = resolveDate(date ?? '-', published);
      statements.push({
        id: `statement:${num}-b${statements.length + 1}`,
        speaker: `actor:${speaker}`,
        via: via ? `actor:${via}` : null,
        text: span,
        start,
        end: start + span.length,
        direct: direct === 'D',
        stance,
        targets: targets ? targets.split(',').map((t) => `actor:${t.trim()}`) : [],
        date: d,
        datePrecision: precision,
        construction,
        ...(restates ? { restates: `statement:${num}-b${restates}` } : {}),
      });
    } else throw new Error(`${folder}: unreadable line ${line}`);
  }
  const ids = new Set(actors.map((a) => a.id));
  for (const s of statements)
    for (const ref of [s.speaker, s.via, ...(s.targets as string[])])
      if (ref && !ids.has(ref as string)) throw new Error(`${folder}: unknown actor ${String(ref)}`);
  for (const a of actors)
    if (a.partOf && !ids.has(a.partOf as string))
      throw new Error(`${folder}: unknown partOf ${String(a.partOf)}`);
  const body = YAML.stringify({ actors, statements }, { lineWidth: 0 });
  fs.writeFileSync(path.join(HERE, folder, 'annotation.yaml'), `${block}\n${body}`);
  console.log(`${folder}: ${statements.length} statements, ${actors.length} actors`);
}

for (const folder of process.argv.slice(2)) build(folder);
