import fs from 'node:fs';
import path from 'node:path';
import { graphCounts, seedFromDirectory } from '../../src/seed/load';
import { SEED_DIR } from '../../src/seed/paths';
import { SeedInvalidError } from '../../src/seed/validate';
import { copySeed } from '../support/seedCopy';
import { connectTestDb, resetTestDb, type TestDb } from '../support/testGraph';

let db: TestDb;
beforeAll(async () => {
  db = connectTestDb();
  await resetTestDb(db);
});
afterAll(() => db.close());

async function problemsOf(dir: string): Promise<string[]> {
  try {
    await seedFromDirectory(db.graph, dir);
  } catch (error) {
    if (error instanceof SeedInvalidError)
      return error.problems.map((p) => `${p.file} › ${p.item}: ${p.reason}`);
    throw error;
  }
  throw new Error('the broken seed was accepted');
}

describe('rejecting broken annotation files, writing nothing', () => {
  let copy: ReturnType<typeof copySeed>;
  beforeEach(() => (copy = copySeed()));
  afterEach(() => copy.remove());
  afterEach(async () => expect((await graphCounts(db.graph)).relationships).toBe(0));

  it('reports a span whose text is not at its offsets, with file and item', async () => {
    copy.edit('annotations/001.yaml', (text) =>
      text.replace(/(\n\s+start: )(\d+)/, (_m, pre, n) => `${pre}${Number(n) + 3}`),
    );
    const problems = await problemsOf(copy.dir);
    expect(
      problems.some((p) => p.startsWith('annotations/001.yaml › ') && /span \d+\.\.\d+ holds/.test(p)),
    ).toBe(true);
  });

  it('reports an unknown actor reference', async () => {
    copy.edit('annotations/002.yaml', (text) =>
      text.replace(/speaker: actor:[a-z-]+/, 'speaker: actor:nobody-at-all'),
    );
    expect(await problemsOf(copy.dir)).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /annotations\/002\.yaml › .*speaker refers to unknown actor actor:nobody-at-all/,
        ),
      ]),
    );
  });

  it('reports a bad date', async () => {
    copy.edit('events.yaml', (text) => text.replace(/date: '?2022-08-03'?/, 'date: 2022-02-30'));
    expect(await problemsOf(copy.dir)).toEqual(
      expect.arrayContaining([expect.stringMatching(/events\.yaml › .*date must be a real date YYYY-MM-DD/)]),
    );
  });

  it('reports a duplicate id', async () => {
    copy.edit(
      'actors.yaml',
      (text) => `${text}\n- id: actor:armenia\n  name: Armenia again\n  kind: STATE\n  aliases: []\n`,
    );
    expect(await problemsOf(copy.dir)).toEqual(
      expect.arrayContaining(['actors.yaml › actor:armenia: duplicate id (also in actors.yaml)']),
    );
  });

  it('reports every problem at once', async () => {
    copy.edit('annotations/004.yaml', (text) => text.replace(/stance: [A-Z_]+/, 'stance: SHOUTS'));
    copy.edit('actors.yaml', (text) => text.replace(/kind: PERSON/, 'kind: ROBOT'));
    const problems = await problemsOf(copy.dir);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/annotations\/004\.yaml › .*stance must be one of ACCUSES/),
        expect.stringMatching(
          /actors\.yaml › .*kind must be one of ORGANIZATION, PERSON, STATE; got "ROBOT"/,
        ),
      ]),
    );
  });

  it('refuses article text that is not valid UTF-8', async () => {
    const file = fs.readdirSync(path.join(copy.dir, 'articles'))[0] ?? '';
    fs.writeFileSync(path.join(copy.dir, 'articles', file), Buffer.from([0x41, 0xff, 0xfe, 0x42]));
    expect(await problemsOf(copy.dir)).toEqual(
      expect.arrayContaining([expect.stringMatching(/is not valid UTF-8/)]),
    );
  });
});

describe('loading the seed', () => {
  it('loads the graph into an empty database, and a second run changes nothing', async () => {
    await resetTestDb(db);
    const report = await seedFromDirectory(db.graph, SEED_DIR);
    expect(report.articles).toBe(5);
    const first = await graphCounts(db.graph);
    expect(first.labels.Statement).toBe(report.statements);
    expect(first.labels.Article).toBe(5);

    await seedFromDirectory(db.graph, SEED_DIR);
    expect(await graphCounts(db.graph)).toEqual(first);
  });
});
