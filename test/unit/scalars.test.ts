import { GraphQLError } from 'graphql';
import { DateScalar } from '../../src/graphql/scalars';
import { isIsoDate } from '../../src/model/dates';

describe('Date scalar', () => {
  it('accepts real calendar days', () => {
    expect(DateScalar.parseValue('2022-08-03')).toBe('2022-08-03');
    expect(isIsoDate('2024-02-29')).toBe(true);
  });

  it.each(['last tuesday', '2021-02-30', '2022-8-3', '2022-08-03T00:00:00Z', 20220803])(
    'rejects %p as BAD_USER_INPUT saying what is expected',
    (value) => {
      try {
        DateScalar.parseValue(value);
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(GraphQLError);
        expect((error as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
        expect((error as GraphQLError).message).toMatch(/YYYY-MM-DD/);
      }
    },
  );
});
