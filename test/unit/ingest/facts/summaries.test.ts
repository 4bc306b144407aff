import { extract, said } from '../knownGraph';

describe('one statement per thing said', () => {
  it('drops a lede that repeats a statement reported in full below', () => {
    const text =
      'The EU is calling for an immediate end to the fighting around Berd.\n' +
      'In a statement on Wednesday, the EU said it was calling for an immediate end to the renewed fighting around Berd and along the border.';
    expect(said(text)).toEqual([
      [
        'actor:european-union',
        'said it was calling for an immediate end to the renewed fighting around Berd and along the border',
      ],
    ]);
  });

  it('drops a paraphrase whose quoted words come from a full quote elsewhere', () => {
    const text =
      'Russia has urged both sides to "exercise maximum restraint" after the clashes.\n"We urge both parties to exercise maximum restraint and to return to talks," Lavrov said.';
    expect(said(text)).toEqual([
      ['actor:sergei-lavrov', 'We urge both parties to exercise maximum restraint and to return to talks'],
    ]);
  });

  it('keeps different things the same speaker said', () => {
    const text =
      'Lavrov urged both sides to observe the truce. He also said Russian monitors would visit Berd next week.';
    expect(said(text).map(([speaker]) => speaker)).toEqual(['actor:sergei-lavrov', 'actor:sergei-lavrov']);
  });

  it('does not count pronouns and clause links as shared content', () => {
    const text =
      'Lavrov said Petrov had been leaving the market when he was shot. Lavrov said Petrov had been unarmed when he was hit.';
    expect(said(text)).toHaveLength(2);
  });
});

describe('stance and targets', () => {
  const stance = (text: string) =>
    extract(text).statements.map((s) => [s.stance, s.targets.map((t) => t.id)]);

  it("reads an accusation from a hostile act by the other side, and a claim from one's own losses", () => {
    expect(stance("Azerbaijan's Defense Ministry said Armenian units opened fire on its positions.")).toEqual(
      [['ACCUSES', ['actor:armenia']]],
    );
    expect(stance("Azerbaijan's Defense Ministry said two of its soldiers were wounded.")).toEqual([
      ['CLAIMS', []],
    ]);
  });

  it('reads denials, condemnations, calls and support', () => {
    expect(stance('Aliyev said the reports were baseless.')).toEqual([['DENIES', []]]);
    expect(stance('Pashinyan condemned the attack on the village.')).toEqual([['CONDEMNS', []]]);
    expect(
      stance(
        'Armenia and Azerbaijan traded fire overnight. Borrell said both sides must return to the negotiating table.',
      ),
    ).toEqual([['CALLS_FOR', ['actor:armenia', 'actor:azerbaijan']]]);
    expect(stance("Lavrov reiterated Moscow's support for Yerevan.")).toEqual([
      ['SUPPORTS', ['actor:armenia']],
    ]);
    expect(stance('The EU said it remained committed to the talks.')).toEqual([['OTHER', []]]);
  });

  it('drops a lede quoting only the striking words when the paraphrase below says twice as much', () => {
    const text =
      'Lavrov said that "the rebels fired 24 rockets.\n' +
      'Lavrov said in a video statement that "the rebels fired 24 rockets" into five districts of the capital, including areas close to the embassies.';
    expect(said(text)).toEqual([
      [
        'actor:sergei-lavrov',
        'said in a video statement that "the rebels fired 24 rockets" into five districts of the capital, including areas close to the embassies',
      ],
    ]);
  });
});

describe('two quotes are two statements', () => {
  it('keeps both quotes of one speaker even when their words overlap', () => {
    const text =
      '“It is the Delta troops who crossed the line first,” Pashinyan said.\n' +
      '“On Monday night the Delta troops crossed the line again and fired first,” Pashinyan said.';
    expect(extract(text).statements).toHaveLength(2);
  });
});
