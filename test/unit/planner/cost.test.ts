import { buildSchema, parse } from 'graphql';
import { operationCost, plannerCostEstimator } from '../../../src/graphql/cost';
import { loadTypeDefs } from '../../../src/graphql/schema';
import { DEFAULT_LIMITS } from '../../../src/http/limits/config';

const schema = buildSchema(loadTypeDefs());
const cost = (query: string, variables: Record<string, unknown> = {}) =>
  operationCost(schema, parse(query), variables);

describe('operationCost', () => {
  it('counts a page and what each item selects, from the bounds in the plans', () => {
    // 20 statements, each with itself, a speaker and up to 20 targets.
    expect(cost('{ statements { edges { node { id speaker { name } targets { name } } } } }')).toBe(
      20 * (1 + 1 + 20),
    );
    expect(cost('{ statements(first: 5) { totalCount edges { node { id } } } }')).toBe(5);
  });

  it('reads first from variables and defaults, and caps it at the maximum', () => {
    const query = 'query($n: Int) { actors(first: $n) { edges { node { id } } } }';
    expect(cost(query, { n: 7 })).toBe(7);
    expect(cost(query)).toBe(20);
    expect(cost(query, { n: 100_000 })).toBe(100);
  });

  it('multiplies nested lists, adds aliases, and follows fragments and @skip', () => {
    const nested = `{ actors(first: 10) { edges { node { statements(first: 10) { edges { node { id } } } } } } }`;
    expect(cost(nested)).toBe(10 * (1 + 10));
    expect(cost(`{ a: ${nested.slice(2, -2)} b: ${nested.slice(2, -2)} }`)).toBe(2 * 10 * (1 + 10));
    const fragment = `query($skip: Boolean!) { statement(id: "statement:x") { ...S } }
      fragment S on Statement { targets { id } replies @skip(if: $skip) { id } }`;
    expect(cost(fragment, { skip: true })).toBe(1 + 20);
    expect(cost(fragment, { skip: false })).toBe(1 + 20 + 20);
  });

  it('costs a union as its most expensive member, a path by its nodes, facets by their bounds', () => {
    expect(
      cost('{ search(text: "x", first: 10) { ... on Event { responses { id } } ... on Actor { id } } }'),
    ).toBe(10 * (1 + 200));
    expect(cost('{ path(from: "a", to: "b", maxHops: 3) { length nodes { id } } }')).toBe(1 + 4);
    expect(
      cost(
        '{ statements(first: 1) { facets { stance { count } speakers(first: 3) { actor { name } count } } } }',
      ),
    ).toBe(1 + 1 + 7 + 3 * 2);
  });

  it('grows without bound for the hostile chain of the hardening issue, so a limit can refuse it', () => {
    let chain = 'id';
    for (let i = 0; i < 6; i++) chain = `statements(first: 8) { edges { node { speaker { ${chain} } } } }`;
    expect(cost(`{ actor(id: "actor:x") { ${chain} } }`)).toBeGreaterThan(8 ** 6);
  });

  it('lets a page of events with all their responses, speakers and targets through the limit, not two nested pages of 100', () => {
    const events = `{ events(from: "2023-01-01", to: "2023-12-31") { totalCount edges { node {
      respondents { name } responses { stance speaker { name } targets { name } } } } } }`;
    // 20 events, each with 100 respondents and 200 responses of a speaker and up to 20 targets.
    expect(cost(events)).toBe(20 * (1 + 100 + 200 * (1 + 1 + 20)));
    expect(cost(events)).toBeLessThanOrEqual(DEFAULT_LIMITS.maxCost);
    const nested = `{ statements(first: 100) { edges { node { speaker {
      statements(first: 100) { edges { node { targets { name } } } } } } } } }`;
    expect(cost(nested)).toBe(100 * (1 + 1 + 100 * (1 + 20)));
    expect(cost(nested)).toBeGreaterThan(DEFAULT_LIMITS.maxCost);
  });

  it("gives operationCost's answer when remembered per document, whatever the variables", () => {
    const estimate = plannerCostEstimator(schema);
    const document = parse(`query($id: ID!, $n: Int, $skip: Boolean!) { actor(id: $id) {
      statements(first: $n) { edges { node { targets { id } replies @skip(if: $skip) { id } } } } } }`);
    const requests = [
      { id: 'actor:a', n: 5, skip: true },
      { id: 'actor:b', n: 5, skip: true },
      { id: 'actor:a', n: 7, skip: true },
      { id: 'actor:a', n: 7, skip: false },
      { id: 'actor:a', skip: false },
      { id: 'actor:c', n: 5, skip: true },
    ];
    for (const variables of requests)
      expect(estimate(document, variables, null)).toBe(operationCost(schema, document, variables));
    expect(estimate(document, requests[0] as Record<string, unknown>, null)).toBe(1 + 5 * (1 + 20));
  });
});
