import type { ApolloServer } from '@apollo/server';
import type { Graph } from '../../src/db/graph';
import { type Context, createContext } from '../../src/graphql/context';
import { createApollo } from '../../src/http/apollo';

export interface Answer<Data> {
  data: Data | null;
  errors: { message: string; extensions?: { code?: string } }[] | null;
  roundTrips: number;
}

/**
 * Runs an operation through the real Apollo Server (no HTTP) against the given graph, and reports how
 * many Cypher round trips it cost.
 */
export class TestApi {
  private readonly apollo: ApolloServer<Context> = createApollo({ isDevelopment: false });
  private started: Promise<void> | undefined;

  constructor(private readonly graph: Graph) {}

  async stop(): Promise<void> {
    if (this.started) await this.apollo.stop();
  }

  async run<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    authorized = false,
  ): Promise<Answer<Data>> {
    await (this.started ??= this.apollo.start());
    const contextValue = createContext(this.graph, authorized);
    const response = await this.apollo.executeOperation({ query, variables }, { contextValue });
    if (response.body.kind !== 'single') throw new Error('Expected a single result');
    const { data, errors } = response.body.singleResult;
    return {
      data: (data ?? null) as Data | null,
      errors: (errors ?? null) as Answer<Data>['errors'],
      roundTrips: contextValue.graph.roundTrips,
    };
  }

  /** Runs and fails the test on any GraphQL error. */
  async data<Data = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<Data> {
    const answer = await this.run<Data>(query, variables);
    if (answer.errors) throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
    if (!answer.data) throw new Error('No data');
    return answer.data;
  }
}
