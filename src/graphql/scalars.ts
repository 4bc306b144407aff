import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../model/dates';
import { badInput } from './errors';

function parseDate(value: unknown): string {
  if (typeof value !== 'string' || !isIsoDate(value)) {
    throw badInput(`Date must be an ISO calendar date YYYY-MM-DD; got ${JSON.stringify(value)}.`);
  }
  return value;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'An ISO calendar date, YYYY-MM-DD.',
  serialize: (value) => parseDate(value),
  parseValue: parseDate,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw badInput('Date must be written as a string "YYYY-MM-DD".');
    return parseDate(ast.value);
  },
});
