import { analyse } from '../../../../src/ingest/text/sentences';

describe('sentences', () => {
  it('a stop inside a web address ("told Example.com that …") ends no sentence', () => {
    const doc = analyse('The mayor told Example.com that the port was shut. Trade stopped.');
    expect(doc.sentences.map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'The mayor told Example.com that the port was shut.',
      'Trade stopped.',
    ]);
  });

  it('a photo caption ("FILE: …", "… Picture: J. Roe/Agency") is no prose', () => {
    const doc = analyse(
      'FILE: A mural is seen in Tarvo. Residents say they fear the army.\nSoldiers said they killed 14 rebels. Picture: Jane Roe/News Agency (NA)\nThe army said it killed 3 rebels.',
    );
    expect(doc.sentences.filter((s) => !s.headline).map((s) => doc.text.slice(s.start, s.end))).toEqual([
      'The army said it killed 3 rebels.',
    ]);
  });
});
