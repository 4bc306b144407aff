import fs from 'node:fs';
import path from 'node:path';
import { useSeededGraph } from '../support/fixtures';

/** The README's example operations run against the seed graph and return what their `# expect:` says. */
const readme = fs.readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => {
  const block = match[1] ?? '';
  const expected = /^# expect: (.+)$/m.exec(block)?.[1] ?? '';
  return [expected, block] as const;
});

const seeded = useSeededGraph();

it('has examples, each with an expectation', () => {
  expect(examples.length).toBeGreaterThanOrEqual(5);
  for (const [expected] of examples) expect(expected).not.toBe('');
});

it.each(examples)('the example expecting %s answers it', async (expected, query) => {
  const answer = await seeded.api.run(query);
  expect(answer.errors).toBeNull();
  expect(JSON.stringify(answer.data)).toContain(JSON.parse(expected) as string);
});
