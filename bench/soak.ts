import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';

/**
 * `npm run soak -- [minutes] [--url http://127.0.0.1:4000] [--out dir]`: a long run against a server
 * that is already up (`npm start`), half the time at 16 connections and half at 64. Every request is
 * a realistic read, except one in 25, which is a hostile one (too deep, too many tokens, too costly,
 * a 1 MB argument, bad JSON, a subscription, a batch). Prints and writes requests per second, p50/p99,
 * answers by code (ordinary and hostile apart), and the server's RSS at the start and end of each
 * phase. Ordinary requests must all answer; hostile ones must all be refused with their 4xx code.
 */
interface Args {
  minutes: number;
  url: string;
  out: string | null;
}

function parseArgs(argv: string[]): Args {
  const args: Args = {
    minutes: 2,
    url: `http://127.0.0.1:${process.env.PORT ?? 4000}`,
    out: path.join(__dirname, 'results'),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') args.url = argv[++i] ?? args.url;
    else if (arg === '--out') args.out = argv[++i] ?? null;
    else if (arg === '--no-write') args.out = null;
    else if (arg && /^\d+(\.\d+)?$/.test(arg)) args.minutes = Number(arg);
    else
      throw new Error(
        `Unknown argument ${arg}; usage: npm run soak -- [minutes] [--url URL] [--out dir|--no-write]`,
      );
  }
  return args;
}

const graphql = (query: string, variables: Record<string, unknown> = {}) =>
  JSON.stringify({ query, variables });

async function post(url: string, body: string): Promise<{ data?: Record<string, unknown> }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
  });
  return (await response.json()) as { data?: Record<string, unknown> };
}

/** Ids to ask about, from the server itself, so the mix works on any loaded graph. */
async function sampleIds(url: string): Promise<string[]> {
  const answer = await post(url, graphql('{ actors(first: 2) { edges { node { id } } } }'));
  const edges = (answer.data?.actors as { edges: { node: { id: string } }[] } | undefined)?.edges ?? [];
  if (edges.length < 2) throw new Error(`No actors at ${url}; is the server up with the seed graph loaded?`);
  return edges.map((edge) => edge.node.id);
}

function ordinaryMix(ids: string[]): string[] {
  const [a, b] = ids;
  return [
    graphql(
      'query($q: String!) { actors(search: $q, first: 5) { totalCount edges { node { id name kind aliases } } } }',
      { q: 'Pashinian' },
    ),
    graphql(
      '{ events(kind: CLASH, from: "2022-08-01", to: "2022-08-31") { totalCount edges { node { title date reportedIn { outlet published } respondents { name } } } } }',
    ),
    graphql(
      '{ statements(first: 10) { edges { cursor node { text stance speaker { name } targets { name } } } pageInfo { hasNextPage endCursor } } }',
    ),
    graphql(
      'query($t: String!) { search(text: $t, first: 10) { __typename ... on Actor { name } ... on Event { title } } }',
      { t: 'ceasefire' },
    ),
    graphql(
      'query($id: ID!) { actor(id: $id) { name roles { title } statements(first: 5) { edges { node { text } } } } }',
      { id: a },
    ),
    graphql('query($a: ID!, $b: ID!) { path(from: $a, to: $b) { length nodes { id } relationships } }', {
      a,
      b,
    }),
    graphql(
      '{ events(first: 10) { edges { node { title casualtyClaims { claimant { name } } places { name } } } } }',
    ),
    graphql('query($id: ID!) { node(id: $id) { id ... on Actor { name } } }', { id: b }),
  ];
}

function nest(levels: number): string {
  let inner = 'id';
  for (let i = 0; i < levels; i++)
    inner = `statements(first: 2) { edges { node { text speaker { ${inner} } } } }`;
  return `{ actors(first: 2) { edges { node { ${inner} } } } }`;
}

/** Hostile requests and the code each must be refused with. */
const HOSTILE: { name: string; body: string; code: string }[] = [
  { name: '20-level nesting', body: graphql(nest(20)), code: 'DEPTH_LIMIT_EXCEEDED' },
  {
    name: '1,000 aliases',
    body: graphql(
      `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: search(text: "x") { __typename }`).join(' ')} }`,
    ),
    code: 'TOKEN_LIMIT_EXCEEDED',
  },
  {
    name: 'worst case too many rows',
    body: graphql(
      '{ statements(first: 100) { edges { node { speaker { statements(first: 100) { edges { node { targets { name } } } } } } } } }',
    ),
    code: 'COST_LIMIT_EXCEEDED',
  },
  {
    name: '1 MB search word',
    body: graphql('query($q: String) { actors(search: $q) { totalCount } }', { q: 'a'.repeat(1_000_000) }),
    code: 'BAD_USER_INPUT',
  },
  { name: 'invalid JSON', body: '{"query": ', code: 'BAD_REQUEST' },
  { name: 'subscription', body: graphql('subscription { __typename }'), code: 'OPERATION_NOT_SUPPORTED' },
  {
    name: 'batch',
    body: JSON.stringify(Array.from({ length: 20 }, () => ({ query: '{ __typename }' }))),
    code: 'BAD_REQUEST',
  },
];

const HOSTILE_EVERY = 25;

type Counts = Record<string, number>;
interface Tally {
  ordinary: Counts;
  hostile: Counts;
  /** Hostile requests answered with another code than expected. */
  hostileUnexpected: Counts;
}

const bump = (counts: Counts, key: string) => (counts[key] = (counts[key] ?? 0) + 1);

function codeOf(status: number, body: string): string {
  try {
    const parsed = JSON.parse(body) as { errors?: { extensions?: { code?: string } }[] };
    const code = parsed.errors?.[0]?.extensions?.code;
    return code ?? (status === 200 ? 'ok' : `HTTP ${status}`);
  } catch {
    return `HTTP ${status} (not JSON)`;
  }
}

/**
 * One request template whose body is chosen as each request is sent: a global counter makes every
 * HOSTILE_EVERY-th request hostile (cycling through the cases) whichever connection sends it, and the
 * connection's context remembers what was sent so its answer is tallied under the right kind.
 */
function requestsFor(ids: string[], tally: Tally): autocannon.Request[] {
  const ordinary = ordinaryMix(ids);
  let sent = 0;
  let hostileSent = 0;
  type Sent = { hostile?: (typeof HOSTILE)[number] };
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request, context) => {
        const sending = context as Sent;
        sent++;
        sending.hostile = sent % HOSTILE_EVERY === 0 ? HOSTILE[hostileSent++ % HOSTILE.length] : undefined;
        return { ...request, body: sending.hostile?.body ?? (ordinary[sent % ordinary.length] as string) };
      },
      onResponse: (status, body, context) => {
        const { hostile } = context as Sent;
        const code = codeOf(status, body);
        if (!hostile) return void bump(tally.ordinary, code);
        bump(tally.hostile, code);
        if (code !== hostile.code) bump(tally.hostileUnexpected, `${hostile.name}: ${code}`);
      },
    },
  ];
}

/** The RSS of the process listening on the URL's port, in MiB (from /proc), or null if not found. */
function serverRssMiB(url: string): number | null {
  const port = new URL(url).port || '80';
  try {
    const listing = execFileSync('ss', ['-Hltnp', `sport = :${port}`], { encoding: 'utf8' });
    const pid = /pid=(\d+)/.exec(listing)?.[1];
    if (!pid) return null;
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    const kib = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round(kib / 1024);
  } catch {
    return null;
  }
}

interface Phase {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  socketErrors: number;
  timeouts: number;
  tally: Tally;
  rssStartMiB: number | null;
  rssEndMiB: number | null;
}

function runPhase(url: string, ids: string[], connections: number, seconds: number): Promise<Phase> {
  const tally: Tally = { ordinary: {}, hostile: {}, hostileUnexpected: {} };
  const rssStartMiB = serverRssMiB(url);
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: seconds, timeout: 30, requests: requestsFor(ids, tally) },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          connections,
          seconds,
          requests: result.requests.total,
          rps: Math.round(result.requests.average),
          p50: result.latency.p50,
          p99: result.latency.p99,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          tally,
          rssStartMiB,
          rssEndMiB: serverRssMiB(url),
        });
      },
    );
    autocannon.track(instance, {
      renderProgressBar: false,
      renderResultsTable: false,
      renderLatencyTable: false,
    });
  });
}

const counts = (c: Counts) =>
  Object.entries(c)
    .sort((x, y) => y[1] - x[1])
    .map(([code, n]) => `${code} ${n}`)
    .join(', ') || 'none';

function report(args: Args, phases: Phase[], started: Date, source: string): string {
  const lines = [
    `# Soak, ${started.toISOString()}`,
    '',
    `Command: \`npm run soak -- ${args.minutes}\` against \`npm start\` at ${args.url}  `,
    `Source: ${source}  `,
    `Mix: ${ordinaryMix(['a', 'b']).length} realistic reads in turn; every ${HOSTILE_EVERY}th request hostile (${HOSTILE.map((h) => h.name).join(', ')}).  `,
    'Latency covers all requests (hostile ones are refused in about a millisecond). Shared 2-core machine.',
    '',
    '| connections | seconds | requests | rps | p50 ms | p99 ms | socket errors | timeouts | ordinary answers | hostile answers | hostile unexpected | RSS start MiB | RSS end MiB |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...phases.map(
      (p) =>
        `| ${p.connections} | ${p.seconds} | ${p.requests} | ${p.rps} | ${p.p50} | ${p.p99} | ${p.socketErrors} | ${p.timeouts} | ${counts(p.tally.ordinary)} | ${counts(p.tally.hostile)} | ${counts(p.tally.hostileUnexpected)} | ${p.rssStartMiB ?? '?'} | ${p.rssEndMiB ?? '?'} |`,
    ),
    '',
  ];
  return lines.join('\n');
}

function verdict(phases: Phase[]): string[] {
  const problems: string[] = [];
  for (const p of phases) {
    const failedOrdinary = Object.entries(p.tally.ordinary).filter(([code]) => code !== 'ok');
    if (failedOrdinary.length)
      problems.push(
        `${p.connections} connections: ordinary requests failed: ${counts(Object.fromEntries(failedOrdinary))}`,
      );
    if (Object.keys(p.tally.hostileUnexpected).length)
      problems.push(
        `${p.connections} connections: hostile answered unexpectedly: ${counts(p.tally.hostileUnexpected)}`,
      );
    if (p.socketErrors || p.timeouts)
      problems.push(`${p.connections} connections: ${p.socketErrors} socket errors, ${p.timeouts} timeouts`);
  }
  return problems;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const ids = await sampleIds(args.url);
  const started = new Date();
  const half = Math.max(5, Math.round((args.minutes * 60) / 2));
  const phases: Phase[] = [];
  for (const connections of [16, 64]) {
    console.info(`${connections} connections for ${half} s…`);
    phases.push(await runPhase(args.url, ids, connections, half));
  }
  const source = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  const problems = verdict(phases);
  const text =
    report(args, phases, started, source) +
    (problems.length
      ? `\nProblems:\n${problems.map((p) => `- ${p}`).join('\n')}\n`
      : '\nNo errors on ordinary requests; every hostile one refused with its code.\n');
  console.info(text);
  if (args.out) {
    fs.mkdirSync(args.out, { recursive: true });
    const stamp = started
      .toISOString()
      .replace(/:/g, '-')
      .replace(/\.\d+Z$/, 'Z');
    for (const name of [`soak-${stamp}.md`, 'soak-latest.md'])
      fs.writeFileSync(path.join(args.out, name), text);
    console.info(`Written to ${path.join(args.out, `soak-${stamp}.md`)} and soak-latest.md`);
  }
  if (problems.length) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
