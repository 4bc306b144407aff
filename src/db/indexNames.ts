/** The full-text index over every searchable kind, which `Query.search` (and the benchmark) query. */
export const SEARCH_INDEX = 'searchAll';
