/** The benchmark's operations as our API asks them, on seed ids. */
export const BENCH_SHAPES: [string, string, Record<string, unknown>][] = [
  [
    'op 1 events in a date range, nested',
    `query($from: Date!, $to: Date!) { events(from: $from, to: $to, first: 20, orderBy: ASC) {
       edges { node { id title date endDate responses { id text date stance speaker { id name } targets { id name } } } } } }`,
    { from: '2022-01-01', to: '2022-12-31' },
  ],
  [
    "op 2 a speaker's latest statements",
    `query($id: ID!) { actor(id: $id) { statements(first: 50, orderBy: DATE_DESC) {
       edges { node { id text date respondsTo { id title } targets { id name } } } } } }`,
    { id: 'actor:nikol-pashinyan' },
  ],
  [
    'op 3 full-text search',
    'query($text: String!) { search(text: $text, first: 20) { __typename ... on Statement { id text speaker { id name } } } }',
    { text: 'shelling civilians' },
  ],
  [
    'op 4 shortest path',
    'query($from: ID!, $to: ID!) { path(from: $from, to: $to, maxHops: 4) { length nodes { id } relationships } }',
    { from: 'actor:sergei-lavrov', to: 'actor:nikol-pashinyan' },
  ],
  [
    'op 5 accusations between states',
    `query($state: ID!, $target: ID!) { statements(stance: ACCUSES, speakerIn: $state, target: $target, orderBy: DATE_DESC, first: 50) {
       edges { node { id text date speaker { id name } targets { id name } } } } }`,
    { state: 'actor:azerbaijan', target: 'actor:armenia' },
  ],
  [
    'accusations between states in a date range (keyed, no undated branch)',
    `query($state: ID!, $target: ID!) {
       statements(stance: ACCUSES, speakerIn: $state, target: $target, from: "2020-01-01", to: "2023-12-31", first: 5) {
         edges { node { id } } } }`,
    { state: 'actor:azerbaijan', target: 'actor:armenia' },
  ],
  [
    "a speaker's statements in a date range (keyed, no undated branch)",
    `query($state: ID!) { statements(speaker: $state, from: "2020-01-01", first: 5, orderBy: DATE_DESC) {
       edges { node { id } } } }`,
    { state: 'actor:azerbaijan' },
  ],
];
