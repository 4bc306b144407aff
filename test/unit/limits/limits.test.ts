import { buildSchema, parse } from 'graphql';
import { loadTypeDefs } from '../../../src/graphql/schema';
import { longestOf, longestTextArgument, textArguments } from '../../../src/http/limits/argumentLength';
import { DEFAULT_LIMITS, limitsFromEnv } from '../../../src/http/limits/config';
import { LimitError } from '../../../src/http/limits/limitError';
import { measureDocument } from '../../../src/http/limits/shape';
import { countTokens } from '../../../src/http/limits/tokens';

const schema = buildSchema(loadTypeDefs());

describe('limitsFromEnv', () => {
  it('reads each limit from its variable and keeps the defaults for the rest', () => {
    expect(limitsFromEnv({ GRAPHQL_MAX_DEPTH: '7', GRAPHQL_MAX_COST: '' })).toEqual({
      ...DEFAULT_LIMITS,
      maxDepth: 7,
    });
  });

  it('refuses a value that is not a positive whole number, naming the variable', () => {
    expect(() => limitsFromEnv({ GRAPHQL_MAX_ALIASES: '-1' })).toThrow(
      /GRAPHQL_MAX_ALIASES must be a positive whole number/,
    );
    expect(() => limitsFromEnv({ GRAPHQL_MAX_TOKENS: 'lots' })).toThrow(/GRAPHQL_MAX_TOKENS/);
  });
});

describe('countTokens', () => {
  it('counts tokens as the parser reads them, comments excluded', () => {
    expect(countTokens('{ a(b: "c") } # a comment', 100)).toBe(8);
  });

  it('stops one past the limit, however long the text', () => {
    expect(countTokens('{ a '.repeat(1_000_000), 1000)).toBe(1001);
  });
});

describe('measureDocument', () => {
  it('measures depth, aliases and directives with fragments expanded', () => {
    const shape = measureDocument(
      parse(
        '{ a: actors { ...F } } fragment F on ActorConnection { edges @skip(if: false) { b: node { id } } }',
      ),
    );
    expect(shape).toEqual({ depth: 4, aliases: 2, directives: 1 });
  });

  it('does not count introspection ofType chains toward depth', () => {
    expect(
      measureDocument(
        parse('{ __type(name: "Actor") { fields { type { ofType { ofType { ofType { name } } } } } } }'),
      ).depth,
    ).toBe(4);
  });

  it('measures a fragment bomb in linear time while counting its expansion', () => {
    const fragments = Array.from(
      { length: 60 },
      (_, i) => `fragment F${i} on Query { ${i === 59 ? 'a: __typename' : `...F${i + 1} ...F${i + 1}`} }`,
    );
    expect(measureDocument(parse(`{ ...F0 } ${fragments.join(' ')}`)).aliases).toBe(2 ** 59);
  });

  it('survives a fragment cycle (validation reports it)', () => {
    expect(
      measureDocument(parse('{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).depth,
    ).toBe(0);
  });
});

describe('longestTextArgument', () => {
  it('finds the longest String or ID argument, from literals and variables, ignoring input objects', () => {
    const document = parse(
      'query($c: String) { actors(search: "abc", after: $c) { totalCount } node(id: "ab") { id } }',
    );
    expect(longestTextArgument(schema, document, { c: 'x'.repeat(9) })).toEqual({ name: 'after', length: 9 });
    const ingest = parse('mutation($t: String!) { ingestArticle(input: { text: $t }) { __typename } }');
    expect(longestTextArgument(schema, ingest, { t: 'x'.repeat(100_000) })).toBeNull();
  });

  it('reads new variables each time from the arguments found once per document', () => {
    const found = textArguments(
      schema,
      parse('query($c: String, $s: String) { actors(search: $s, after: $c) { totalCount } }'),
    );
    expect(found.map((argument) => argument.name)).toEqual(['search', 'after']);
    expect(longestOf(found, { c: 'x', s: 'yyy' })).toEqual({ name: 'search', length: 3 });
    expect(longestOf(found, { c: 'x'.repeat(5000) })).toEqual({ name: 'after', length: 5000 });
    expect(longestOf(found, {})).toBeNull();
  });
});

describe('LimitError', () => {
  it('names what was measured, the value, the limit and its variable, with its own code', () => {
    const error = new LimitError('maxAliases', 15, 1000);
    expect(error.message).toBe('Number of aliases 1,000 exceeds the limit of 15 (GRAPHQL_MAX_ALIASES).');
    expect(error.extensions).toMatchObject({
      code: 'ALIAS_LIMIT_EXCEEDED',
      limit: { name: 'GRAPHQL_MAX_ALIASES', max: 15, found: 1000 },
    });
  });
});
