import { compoundVariants, exactPhrase } from '../search/lucene';

/** How a named node gets its id slug and its searchable forms, the same for curated and extracted nodes. */
export const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Lowercased word forms of a name and its aliases, for exact-match ranking in search. */
const nameKeys = (name: string, aliases: string[]): string[] => [
  ...new Set([name, ...aliases].map(exactPhrase).filter(Boolean)),
];

/** What the full-text indexes and exact-match ranking read for a named node. */
export function searchableNames(name: string, aliases: string[]) {
  return {
    aliasText: aliases.join(' | '),
    searchText: compoundVariants([name, ...aliases].join(' ')),
    nameKeys: nameKeys(name, aliases),
  };
}
