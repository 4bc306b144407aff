import { analyse } from '../../../../src/ingest/text/sentences';

describe('sentences', () => {
  it('a stop inside a web address ("told Example.com that …") ends no sentence', () => {
    const doc = analyse('The mayor told Example.com that the port was shut. Trade stopped.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'The mayor told Example.com that the port was shut.',
      'Trade stopped.',
    ]);
  });
});
