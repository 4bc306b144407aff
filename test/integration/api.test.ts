import { useSeededGraph } from '../support/fixtures';

const seeded = useSeededGraph();

interface Named {
  id: string;
  name: string;
}
type Edges<T> = {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

async function actorId(name: string): Promise<string> {
  const { actors } = await seeded.api.data<{ actors: Edges<Named> }>(
    'query($q: String!) { actors(search: $q, first: 1) { edges { node { id name } } } }',
    { q: name },
  );
  const node = actors.edges[0]?.node;
  expect(node?.name).toBe(name);
  return node?.id ?? '';
}

async function clashIn(from: string, to: string): Promise<string> {
  const { events } = await seeded.api.data<{ events: Edges<{ id: string }> }>(
    'query($from: Date, $to: Date) { events(kind: CLASH, from: $from, to: $to) { edges { node { id } } } }',
    { from, to },
  );
  return events.edges[0]?.node.id ?? '';
}

describe('actors', () => {
  it('finds a person by a spelling variant, best match first', async () => {
    const { actors } = await seeded.api.data<{ actors: Edges<Named & { aliases: string[]; kind: string }> }>(
      '{ actors(search: "Pashinian", first: 5) { totalCount edges { node { id name kind aliases } } } }',
    );
    expect(actors.edges[0]?.node).toMatchObject({ name: 'Nikol Pashinyan', kind: 'PERSON' });
    expect(actors.edges[0]?.node.aliases).toContain('Pashinian');
    expect(actors.totalCount).toBeGreaterThanOrEqual(1);
  });

  it('filters by kind and pages with stable cursors', async () => {
    const first = await seeded.api.data<{ actors: Edges<Named> }>(
      '{ actors(kind: STATE, first: 2) { totalCount edges { cursor node { id name } } pageInfo { hasNextPage endCursor } } }',
    );
    expect(first.actors.edges).toHaveLength(2);
    expect(first.actors.pageInfo.hasNextPage).toBe(true);
    const next = await seeded.api.data<{ actors: Edges<Named> }>(
      'query($after: String) { actors(kind: STATE, first: 100, after: $after) { edges { node { id name } } pageInfo { hasNextPage } } }',
      { after: first.actors.pageInfo.endCursor },
    );
    const all = [...first.actors.edges, ...next.actors.edges].map((e) => e.node.name);
    expect(all).toHaveLength(first.actors.totalCount);
    expect(new Set(all).size).toBe(all.length);
    expect(all).toEqual([...all].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' }) || 0));
    expect(next.actors.pageInfo.hasNextPage).toBe(false);
  });

  it('answers roles, roles at a date, partOf, statements, counts, targetedBy and events of an actor', async () => {
    const michel = await actorId('Charles Michel');
    const { actor } = await seeded.api.data<{
      actor: {
        roles: {
          title: string;
          organization: Named;
          holder: Named;
          sources: { article: { id: string } }[];
        }[];
        statementCount: number;
        statements: Edges<{ text: string; date: string }>;
        targetedBy: Edges<{ id: string }>;
        events: { kind: string }[];
      };
    }>(
      `query($id: ID!) { actor(id: $id) {
         roles { title organization { id name } holder { id name } sources { article { id } } }
         statementCount
         statements(first: 2, orderBy: DATE_DESC) { totalCount edges { node { text date } } }
         targetedBy(first: 5) { totalCount edges { node { id } } }
         events { kind }
       } }`,
      { id: michel },
    );
    expect(actor.roles.map((r) => r.organization.name)).toContain('European Council');
    expect(actor.roles[0]?.holder.name).toBe('Charles Michel');
    expect(actor.roles[0]?.sources.length).toBeGreaterThanOrEqual(1);
    expect(actor.statementCount).toBeGreaterThanOrEqual(3);
    expect(actor.statements.totalCount).toBe(actor.statementCount);
    const dates = actor.statements.edges.map((e) => e.node.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(actor.targetedBy.totalCount).toBeGreaterThanOrEqual(0);

    const ministry = await actorId('Ministry of Foreign Affairs of Armenia');
    const { actor: mfa } = await seeded.api.data<{ actor: { partOf: Named | null } }>(
      'query($id: ID!) { actor(id: $id) { partOf { name } } }',
      { id: ministry },
    );
    expect(mfa.partOf?.name).toBe('Armenia');

    const atDate = await seeded.api.data<{ actor: { roles: { title: string }[] } }>(
      'query($id: ID!) { actor(id: $id) { roles(at: "1990-01-01") { title } } }',
      { id: michel },
    );
    expect(atDate.actor.roles.length).toBeLessThanOrEqual(actor.roles.length);
  });

  it('returns null, not an error, for an unknown id', async () => {
    const answer = await seeded.api.run(
      '{ actor(id: "no-such-actor-anywhere") { id } event(id: "event:nope") { id } statement(id: "x") { id } article(id: "article:none") { id } place(id: "place:none") { id } node(id: "zzz") { id } }',
    );
    expect(answer.errors).toBeNull();
    expect(answer.data).toEqual({
      actor: null,
      event: null,
      statement: null,
      article: null,
      place: null,
      node: null,
    });
  });
});

describe('events', () => {
  it('answers the 3 August 2022 incident once, with its reports, places, respondents, claims and context', async () => {
    const { events } = await seeded.api.data<{
      events: Edges<{
        date: string;
        endDate: string | null;
        title: string;
        datePrecision: string;
        reportedIn: { outlet: string }[];
        respondents: { name: string }[];
        places: { name: string }[];
        responses: { stance: string; speaker: { name: string } }[];
        responseCount: number;
        casualtyClaims: {
          claimant: { name: string };
          side: { name: string } | null;
          killed: number | null;
          statement: { id: string };
          sources: { start: number; end: number; text: string; article: { text: string } }[];
          event: { id: string };
        }[];
        partOf: { kind: string }[];
        participants: { name: string }[];
      }>;
    }>(
      `{ events(kind: CLASH, from: "2022-08-01", to: "2022-08-31") { totalCount edges { node {
          title date endDate datePrecision reportedIn { outlet } respondents { name } places { name }
          responses { stance speaker { name } } responseCount participants { name }
          casualtyClaims { claimant { name } side { name } killed statement { id } event { id } sources { start end text article { text } } }
          partOf { kind }
      } } } }`,
    );
    expect(events.totalCount).toBe(1);
    const clash = events.edges[0]?.node;
    expect(clash?.date).toBe('2022-08-03');
    expect(clash?.reportedIn.map((a) => a.outlet).sort()).toEqual(['RFE/RL', 'UPI']);
    expect(clash?.respondents.map((a) => a.name)).toEqual(
      expect.arrayContaining([
        'European Union',
        'Ministry of Foreign Affairs of Armenia',
        'Ministry of Foreign Affairs of Azerbaijan',
      ]),
    );
    expect(clash?.responseCount).toBe(clash?.responses.length);
    expect(clash?.partOf.map((e) => e.kind)).toContain('CONFLICT');
    for (const claim of clash?.casualtyClaims ?? []) {
      for (const source of claim.sources)
        expect(source.article.text.slice(source.start, source.end)).toBe(source.text);
    }
  });

  it('filters responses by stance', async () => {
    const id = await clashIn('2021-11-01', '2021-11-30');
    const { event } = await seeded.api.data<{
      event: { responses: { stance: string; speaker: { name: string }; targets: { name: string }[] }[] };
    }>(
      'query($id: ID!) { event(id: $id) { responses(stance: SUPPORTS) { stance speaker { name } targets { name } } } }',
      { id },
    );
    expect(event.responses.length).toBeGreaterThan(0);
    expect(new Set(event.responses.map((r) => r.stance))).toEqual(new Set(['SUPPORTS']));
    const akar = event.responses.find((r) => r.speaker.name === 'Hulusi Akar');
    expect(akar?.targets.map((t) => t.name)).toContain('Azerbaijan');
  });

  it('filters by place (including places inside it), outlet, text, and sorts by date', async () => {
    const byPlace = await seeded.api.data<{ events: Edges<{ date: string; places: { name: string }[] }> }>(
      '{ events(place: "place:sotk") { edges { node { date places { name } } } } }',
    );
    expect(byPlace.events.edges.map((e) => e.node.date)).toContain('2023-09-01');
    const inArmenia = await seeded.api.data<{ events: Edges<{ date: string }> }>(
      '{ events(place: "place:armenia", first: 100) { edges { node { date } } } }',
    );
    expect(inArmenia.events.edges.map((e) => e.node.date)).toContain('2023-09-01');

    const byOutlet = await seeded.api.data<{ events: Edges<{ reportedIn: { outlet: string | null }[] }> }>(
      '{ events(outlet: "TRT World", first: 100) { totalCount edges { node { reportedIn { outlet } } } } }',
    );
    expect(byOutlet.events.edges.length).toBeGreaterThan(0);
    for (const edge of byOutlet.events.edges)
      expect(edge.node.reportedIn.map((a) => a.outlet)).toContain('TRT World');

    const newestFirst = await seeded.api.data<{ events: Edges<{ date: string | null }> }>(
      '{ events(orderBy: DESC, first: 100) { edges { node { date } } } }',
    );
    const dates = newestFirst.events.edges.map((e) => e.node.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());

    const searched = await seeded.api.data<{ events: Edges<{ title: string }> }>(
      '{ events(search: "ceasefire", first: 10) { edges { node { title } } } }',
    );
    expect(searched.events.edges.length).toBeGreaterThan(0);
  });

  it('rejects an unparsable date as BAD_USER_INPUT', async () => {
    const answer = await seeded.api.run('query($from: Date) { events(from: $from) { totalCount } }', {
      from: 'last tuesday',
    });
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('statements', () => {
  it('answers every statement field with an exact source span', async () => {
    const { statements } = await seeded.api.data<{
      statements: Edges<{
        id: string;
        text: string;
        direct: boolean;
        date: string | null;
        stance: string;
        channel: string;
        confidence: number;
        provenance: string;
        speaker: Named;
        via: Named | null;
        respondsTo: { id: string }[];
        targets: Named[];
        repliesTo: { id: string }[];
        replies: { id: string }[];
        source: { start: number; end: number; text: string; article: { id: string; text: string } };
      }>;
    }>(
      `{ statements(first: 100) { totalCount edges { node {
          id text direct date stance channel confidence provenance speaker { id name } via { id name }
          respondsTo { id } targets { id name } repliesTo { id } replies { id }
          source { start end text article { id text } }
      } } } }`,
    );
    expect(statements.totalCount).toBeGreaterThan(30);
    for (const { node } of statements.edges) {
      expect(node.source.article.text.slice(node.source.start, node.source.end)).toBe(node.text);
      expect(node.provenance).toBe('CURATED');
    }
    expect(statements.edges.some((e) => e.node.repliesTo.length > 0)).toBe(true);
    expect(statements.edges.some((e) => e.node.replies.length > 0)).toBe(true);
  });

  it('finds accusations against Armenia by their makers', async () => {
    const armenia = await actorId('Armenia');
    const { statements } = await seeded.api.data<{ statements: Edges<{ speaker: { name: string } }> }>(
      'query($id: ID!) { statements(stance: ACCUSES, target: $id, first: 100) { edges { node { speaker { name } } } } }',
      { id: armenia },
    );
    const speakers = statements.edges.map((e) => e.node.speaker.name);
    expect(speakers).toEqual(
      expect.arrayContaining([
        'Ilham Aliyev',
        'Ministry of Foreign Affairs of Azerbaijan',
        'Ministry of Defense of Azerbaijan',
      ]),
    );
    expect(speakers).not.toContain('Nikol Pashinyan');
  });

  it('finds accusations between two states: by a state, its bodies, or people in its offices', async () => {
    const { statements } = await seeded.api.data<{
      statements: Edges<{ stance: string; speaker: { name: string; partOf: { name: string } | null } }>;
    }>(
      '{ statements(speakerIn: "actor:azerbaijan", stance: ACCUSES, target: "actor:armenia", orderBy: DATE_DESC, first: 100) { totalCount edges { node { stance speaker { name partOf { name } } } } } }',
    );
    const speakers = statements.edges.map((e) => e.node.speaker);
    expect(speakers.map((s) => s.name)).toEqual(
      expect.arrayContaining([
        'Ilham Aliyev',
        'Jeyhun Bayramov',
        'Ministry of Foreign Affairs of Azerbaijan',
        'Ministry of Defense of Azerbaijan',
      ]),
    );
    expect(speakers.map((s) => s.name)).not.toContain('Nikol Pashinyan');
  });

  it('filters by speaker, event, dates, outlet, place and text, newest first when asked', async () => {
    const michel = await actorId('Charles Michel');
    const bySpeaker = await seeded.api.data<{
      statements: Edges<{ speaker: { name: string }; source: { article: { id: string } } }>;
    }>(
      'query($id: ID!) { statements(speaker: $id, first: 50) { totalCount edges { node { speaker { name } source { article { id } } } } } }',
      { id: michel },
    );
    expect(new Set(bySpeaker.statements.edges.map((e) => e.node.speaker.name))).toEqual(
      new Set(['Charles Michel']),
    );
    expect(
      new Set(bySpeaker.statements.edges.map((e) => e.node.source.article.id)).size,
    ).toBeGreaterThanOrEqual(2);

    const clash = await clashIn('2020-07-01', '2020-07-31');
    const byEvent = await seeded.api.data<{ statements: Edges<{ respondsTo: { id: string }[] }> }>(
      'query($id: ID!) { statements(respondsTo: $id, first: 100) { edges { node { respondsTo { id } } } } }',
      { id: clash },
    );
    for (const e of byEvent.statements.edges) expect(e.node.respondsTo.map((r) => r.id)).toContain(clash);

    const inRange = await seeded.api.data<{ statements: Edges<{ date: string }> }>(
      '{ statements(from: "2022-08-01", to: "2022-08-31", orderBy: DATE_DESC, first: 100) { edges { node { date } } } }',
    );
    const dates = inRange.statements.edges.map((e) => e.node.date);
    expect(dates.length).toBeGreaterThan(0);
    for (const d of dates) expect(d >= '2022-08-01' && d <= '2022-08-31').toBe(true);
    expect(dates).toEqual([...dates].sort().reverse());

    const byOutlet = await seeded.api.data<{
      statements: Edges<{ source: { article: { outlet: string } } }>;
    }>('{ statements(outlet: "UPI", first: 100) { edges { node { source { article { outlet } } } } } }');
    expect(new Set(byOutlet.statements.edges.map((e) => e.node.source.article.outlet))).toEqual(
      new Set(['UPI']),
    );

    const byPlace = await seeded.api.data<{ statements: Edges<{ id: string }> }>(
      '{ statements(place: "place:kalbajar", first: 100) { totalCount } }',
    );
    expect(byPlace.statements.totalCount).toBeGreaterThan(0);

    const byText = await seeded.api.data<{ statements: Edges<{ text: string }> }>(
      '{ statements(search: "restraint", first: 100) { edges { node { text } } } }',
    );
    expect(byText.statements.edges.some((e) => /restraint/i.test(e.node.text))).toBe(true);
  });

  it('pages through all statements without repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: { statements: Edges<{ id: string }> } = await seeded.api.data(
        'query($after: String) { statements(first: 7, after: $after) { totalCount edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      total = page.statements.totalCount;
      seen.push(...page.statements.edges.map((e) => e.node.id));
      after = page.statements.pageInfo.hasNextPage ? page.statements.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});

describe('articles, places, search, path, node', () => {
  it('lists articles newest first with their statements and events', async () => {
    const { articles } = await seeded.api.data<{
      articles: Edges<{
        id: string;
        title: string;
        outlet: string | null;
        published: string;
        text: string;
        url: string | null;
        statements: Edges<{ id: string }>;
        events: { id: string }[];
      }>;
    }>(
      '{ articles(first: 10) { totalCount edges { node { id title outlet published url text statements(first: 3) { totalCount edges { node { id } } } events { id } } } } }',
    );
    expect(articles.totalCount).toBe(5);
    const published = articles.edges.map((e) => e.node.published);
    expect(published).toEqual([...published].sort().reverse());
    for (const { node } of articles.edges) {
      expect(node.statements.edges.length).toBeLessThanOrEqual(3);
      expect(node.statements.totalCount).toBeGreaterThan(0);
      expect(node.events.length).toBeGreaterThan(0);
    }
    const byOutlet = await seeded.api.data<{ articles: Edges<{ outlet: string }> }>(
      '{ articles(outlet: "RFE/RL") { totalCount } }',
    );
    expect(byOutlet.articles.totalCount).toBe(2);
  });

  it('answers a place with aliases, containment and events', async () => {
    const { place } = await seeded.api.data<{
      place: {
        name: string;
        kind: string;
        aliases: string[];
        in: { name: string } | null;
        contains: { name: string }[];
        events: { date: string }[];
      };
    }>('{ place(id: "place:kalbajar") { name kind aliases in { name } contains { name } events { date } } }');
    expect(place.name).toBe('Kalbajar');
    expect(place.aliases).toContain('Kalbacar');
    expect(place.events.map((e) => e.date)).toContain('2023-09-01');
  });

  it('searches every kind of node, tolerant of spelling variants', async () => {
    const { search } = await seeded.api.data<{ search: { __typename: string; name?: string }[] }>(
      '{ search(text: "Kalbacar", first: 10) { __typename ... on Place { name } } }',
    );
    expect(search.filter((h) => h.__typename === 'Place').map((h) => h.name)).toContain('Kalbajar');
    const mixed = await seeded.api.data<{ search: { __typename: string }[] }>(
      '{ search(text: "Azerbaijan", first: 50) { __typename ... on Actor { name } ... on Statement { text } ... on Event { title } ... on Article { title } ... on Place { name } } }',
    );
    expect(new Set(mixed.search.map((h) => h.__typename))).toEqual(
      new Set(['Actor', 'Place', 'Statement', 'Event', 'Article']),
    );
  });

  it('finds a bounded shortest path between two officials', async () => {
    const lavrov = await actorId('Sergei Lavrov');
    const pashinyan = await actorId('Nikol Pashinyan');
    const { path } = await seeded.api.data<{
      path: { length: number; nodes: { id: string; __typename: string }[]; relationships: string[] };
    }>(
      'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length relationships nodes { __typename id } } }',
      { a: lavrov, b: pashinyan },
    );
    expect(path.length).toBeGreaterThanOrEqual(1);
    expect(path.length).toBeLessThanOrEqual(4);
    expect(path.nodes[0]?.id).toBe(lavrov);
    expect(path.nodes.at(-1)?.id).toBe(pashinyan);
    expect(path.nodes).toHaveLength(path.length + 1);
    expect(path.relationships).toHaveLength(path.length);

    const tooShort = await seeded.api.data<{ path: null }>(
      'query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 1) { length } }',
      { a: lavrov, b: pashinyan },
    );
    expect(tooShort.path).toBeNull();
  });

  it('resolves any node by id through the Node interface', async () => {
    const aliyev = await actorId('Ilham Aliyev');
    const { node } = await seeded.api.data<{ node: { __typename: string; name: string; kind: string } }>(
      'query($id: ID!) { node(id: $id) { __typename id ... on Actor { name kind } } }',
      { id: aliyev },
    );
    expect(node).toMatchObject({ __typename: 'Actor', name: 'Ilham Aliyev', kind: 'PERSON' });
    const event = await seeded.api.data<{ node: { __typename: string } }>(
      '{ node(id: "place:sotk") { __typename } }',
    );
    expect(event.node.__typename).toBe('Place');
  });
});

describe('bad input', () => {
  it.each([
    ['{ actors(first: 100000) { totalCount } }', /between 1 and 100/],
    ['{ actors(first: 0) { totalCount } }', /between 1 and 100/],
    ['{ statements(first: 101) { totalCount } }', /between 1 and 100/],
    ['{ actors(after: "garbage") { totalCount } }', /not a cursor/],
    ['{ search(text: "?!", first: 5) { __typename } }', /at least one letter/],
    ['{ search(text: "Baku", first: 500) { __typename } }', /between 1 and 100/],
    ['{ path(from: "actor:a", to: "actor:b", maxHops: 50) { length } }', /maxHops must be between 1 and 6/],
  ])('%s is BAD_USER_INPUT saying what and why', async (query, message) => {
    const answer = await seeded.api.run(query);
    expect(answer.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0]?.message).toMatch(message);
  });
});
