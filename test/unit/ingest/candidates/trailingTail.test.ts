import { candidates } from './found';

/** A trailing attribution followed by more of the reporter's sentence (recall12): the clause before it is still the words. */
describe('", X said" with more after it', () => {
  it('", and …" after the attribution opens the reporter\'s own clause', () => {
    expect(
      candidates('Guards detained four smugglers, the harbour master said, and an inquiry was opened.'),
    ).toEqual([['the harbour master', 'Guards detained four smugglers']]);
  });

  it('", but …" likewise', () => {
    expect(
      candidates(
        'Two farmers were hurt in the blast, district officials said, but it was unclear what caused it.',
      ),
    ).toEqual([['district officials', 'Two farmers were hurt in the blast']]);
  });

  it('"– but …" after a dash likewise', () => {
    expect(
      candidates(
        'The flood destroyed forty homes, the council said \u2013 but the full toll is expected to be higher.',
      ),
    ).toEqual([['the council', 'The flood destroyed forty homes']]);
  });

  it('", three of them …" adds to the figures of the words', () => {
    expect(
      candidates(
        'Nine miners were injured in the collapse, the mine operator said, three of them seriously.',
      ),
    ).toEqual([['the mine operator', 'Nine miners were injured in the collapse']]);
  });

  it('"said late Monday", "said last week": a time the tagger reads as an adjective', () => {
    expect(candidates('The convoy reached the valley, the relief agency said late Monday.')).toEqual([
      ['the relief agency', 'The convoy reached the valley'],
    ]);
  });

  it('a coordinated verb after ", and" keeps its own statement', () => {
    expect(
      candidates('The storm cut power to the port, the mayor said, and urged residents to stay indoors.'),
    ).toContainEqual(['the mayor', 'The storm cut power to the port']);
  });
});

/** More of the reporter's sentence after ", X said" (recall13): a participle read as an adjective, no comma, "further". */
describe('", X said" followed by a participle or an adverb', () => {
  it('", aggravating …" after the attribution is the reporter\'s, even when tagged an adjective', () => {
    expect(
      candidates(
        'Fighting in the north has grown in recent weeks, the agency reported, aggravating the shortage of shelter for families.',
      ),
    ).toContainEqual(['the agency', 'Fighting in the north has grown in recent weeks']);
  });

  it('"said adding …" without a comma: the clause before and the participle are two statements', () => {
    expect(
      candidates(
        'A patrol that went to help was met with gunfire, officials said adding this left two wardens hurt.',
      ),
    ).toEqual([
      ['officials', 'A patrol that went to help was met with gunfire'],
      ['officials', 'adding this left two wardens hurt'],
    ]);
  });

  it('"reported further": an adverb the tagger reads as an adjective closes the attribution', () => {
    expect(
      candidates('Most of the deserters had gone back to their farms, the local paper reported further.'),
    ).toEqual([['the local paper', 'Most of the deserters had gone back to their farms']]);
  });

  it('"…, X confirmed having …" and "…, X warned of …" are not closing attributions', () => {
    expect(candidates('Last weekend, the brigade confirmed having captured the hill.')).toEqual([
      ['the brigade', 'confirmed having captured the hill'],
    ]);
    expect(candidates('A day earlier, the mayor warned of floods along the river.')).toEqual([
      ['the mayor', 'warned of floods along the river'],
    ]);
  });
});
