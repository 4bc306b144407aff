import { GraphQLError } from 'graphql';
import { LIMIT_VARIABLES, type Limits } from './config';

/** One code per limit, so a client (or a log search) can tell which one refused a request. */
export const LimitCode = {
  maxDepth: 'DEPTH_LIMIT_EXCEEDED',
  maxAliases: 'ALIAS_LIMIT_EXCEEDED',
  maxTokens: 'TOKEN_LIMIT_EXCEEDED',
  maxDirectives: 'DIRECTIVE_LIMIT_EXCEEDED',
  maxCost: 'COST_LIMIT_EXCEEDED',
  maxStringLength: 'BAD_USER_INPUT',
} as const satisfies Record<keyof Limits, string>;

const WHAT: Record<keyof Limits, string> = {
  maxDepth: 'Query depth',
  maxAliases: 'Number of aliases',
  maxTokens: 'Number of tokens',
  maxDirectives: 'Number of directives',
  maxCost: 'Worst-case number of rows',
  maxStringLength: 'Length',
};

const figure = (n: number) => n.toLocaleString('en');

/**
 * A 400 answer to a request over one limit. The message names what was measured, its value (`found`;
 * null when counting stopped at the limit) and the limit with the variable that sets it.
 */
export class LimitError extends GraphQLError {
  constructor(limit: keyof Limits, max: number, found: number | null, subject = '') {
    const variable = LIMIT_VARIABLES[limit];
    const measured = `${WHAT[limit]}${subject ? ` of ${subject}` : ''}${found === null ? '' : ` ${figure(found)}`}`;
    super(`${measured} exceeds the limit of ${figure(max)} (${variable}).`, {
      extensions: {
        code: LimitCode[limit],
        limit: { name: variable, max, ...(found === null ? {} : { found }) },
        http: { status: 400 },
      },
    });
  }
}

/** Operations this API does not serve (subscriptions: there is no Subscription type and no socket). */
export class UnsupportedOperationError extends GraphQLError {
  constructor(operation: string) {
    super(`${operation} operations are not supported: this API answers queries and mutations over HTTP.`, {
      extensions: { code: 'OPERATION_NOT_SUPPORTED', http: { status: 400 } },
    });
  }
}
