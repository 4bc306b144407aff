import neo4j from 'neo4j-driver';
import { toPlain } from '../../../src/db/graph';

const driverFormat = (date: InstanceType<typeof neo4j.types.Date>) => date.toString().slice(0, 10);

describe('toPlain of dates', () => {
  it('writes every date as the driver formats it, YYYY-MM-DD', () => {
    const dates = [
      [2023, 1, 1],
      [2024, 12, 31],
      [1999, 9, 9],
      [2020, 10, 5],
      [5, 3, 7],
      [0, 1, 1],
      [9999, 12, 31],
    ].map(([y, m, d]) => new neo4j.types.Date(y as number, m as number, d as number));
    for (const date of dates) expect(toPlain(date)).toBe(driverFormat(date));
    expect(toPlain(new neo4j.types.Date(2023, 4, 9))).toBe('2023-04-09');
  });

  it('keeps the driver format for years outside 0–9999 and for Integer fields', () => {
    for (const date of [
      new neo4j.types.Date(-44, 3, 15),
      new neo4j.types.Date(12345, 6, 7),
      new neo4j.types.Date(neo4j.int(2023), neo4j.int(4), neo4j.int(9)),
    ])
      expect(toPlain(date)).toBe(driverFormat(date));
  });

  it('converts dates nested in the maps and lists of an answer', () => {
    const answer = { rows: [{ date: new neo4j.types.Date(2021, 11, 2), n: neo4j.int(3) }] };
    expect(toPlain(answer)).toEqual({ rows: [{ date: '2021-11-02', n: 3 }] });
  });
});
