/**
 * Page addresses use the id without its kind prefix (/explorer/actors/nikol-pashinyan for
 * actor:nikol-pashinyan); an address that already carries a full id is taken as it is.
 */
export type PageKind = 'actor' | 'event' | 'article' | 'place' | 'statement';

const FOLDERS: Record<PageKind, string> = {
  actor: 'actors',
  event: 'events',
  article: 'articles',
  place: 'places',
  statement: 'statements',
};

export function idFromParam(kind: PageKind, param: string | undefined): string {
  if (!param) return '';
  return param.includes(':') ? param : `${kind}:${param}`;
}

export function pagePath(kind: PageKind, id: string): string {
  const slug = id.startsWith(`${kind}:`) ? id.slice(kind.length + 1) : id;
  return `/${FOLDERS[kind]}/${encodeURIComponent(slug).replace(/%3A/gi, ':')}`;
}

/** Where a statement's exact words are: its article, scrolled to and highlighting that span. */
export function spanPath(source: { article: { id: string }; start: number; end: number }): string {
  return `${pagePath('article', source.article.id)}#${source.start}-${source.end}`;
}

/** The span a `#start-end` address asks for, or null. */
export function spanFromHash(hash: string): { start: number; end: number } | null {
  const match = /^#?(\d+)-(\d+)$/.exec(hash);
  if (!match) return null;
  const start = Number(match[1]);
  const end = Number(match[2]);
  return end > start ? { start, end } : null;
}
