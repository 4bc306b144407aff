import { directQuotes, findQuotes } from '../../../../src/ingest/candidates/quotes';
import { analyse } from '../../../../src/ingest/text/sentences';
import { extract, said } from '../knownGraph';
import { candidates } from './found';

describe('finding quotations', () => {
  it('pairs straight and curly marks and keeps apostrophes inside', () => {
    const text = 'He said "we are ready" and “Georgia’s border is calm” today.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      'we are ready',
      'Georgia’s border is calm',
    ]);
  });

  it('leaves the comma before the closing mark to the attribution', () => {
    const text = '“We are ready,” she said.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual(['We are ready']);
  });

  it('closes a quote on the other style’s mark when its own never comes (copy that mixes them)', () => {
    const text = '"There is no doubt it was sabotage,” the envoy said.\nThe “prime minister" arrived.';
    expect(findQuotes(text).map((q) => text.slice(q.start, q.end))).toEqual([
      'There is no doubt it was sabotage',
      'prime minister',
    ]);
  });

  it('runs a quote left open to the end of its paragraph', () => {
    const text = '"First paragraph of the quote.\n"Second paragraph," he said.';
    expect(findQuotes(text).map((q) => [text.slice(q.start, q.end), q.close === null])).toEqual([
      ['First paragraph of the quote.', true],
      ['Second paragraph', false],
    ]);
  });
});

describe('direct quotes as statements', () => {
  it('takes a straight-quoted statement attributed after it', () => {
    expect(said('"Our troops will hold every position," Lavrov said on Tuesday.')).toEqual([
      ['actor:sergei-lavrov', 'Our troops will hold every position'],
    ]);
  });

  it('takes a curly-quoted statement attributed before it', () => {
    expect(
      said('Speaking in Tbilisi, Borrell said: “Dialogue is the only way forward for the region.”'),
    ).toEqual([['actor:josep-borrell', 'Dialogue is the only way forward for the region.']]);
  });

  it('takes an inverted attribution ("…," said X)', () => {
    expect(said('"The shelling has stopped for now," said Ilham Aliyev.')).toEqual([
      ['actor:ilham-aliyev', 'The shelling has stopped for now'],
    ]);
  });

  it('joins a split quote that continues its sentence into one statement', () => {
    const text = '"We will answer every provocation," Pashinyan said, "but we will not start a war."';
    expect(said(text)).toEqual([
      [
        'actor:nikol-pashinyan',
        'We will answer every provocation," Pashinyan said, "but we will not start a war.',
      ],
    ]);
  });

  it('keeps the pieces of a split quote apart when the second is a new sentence', () => {
    const text = '"We will answer every provocation," Pashinyan said. "Nobody should doubt our resolve."';
    expect(said(text)).toEqual([
      ['actor:nikol-pashinyan', 'We will answer every provocation'],
      ['actor:nikol-pashinyan', 'Nobody should doubt our resolve.'],
    ]);
  });

  it('keeps a quote spanning two sentences as one statement', () => {
    const text = '“The road must reopen. Families are cut off from food and medicine,” the EU said.';
    expect(said(text)).toEqual([
      ['actor:european-union', 'The road must reopen. Families are cut off from food and medicine'],
    ]);
  });

  it('gives a quote-only paragraph to the speaker quoted just before', () => {
    const text = '"The talks were useful," Lavrov said.\n"We expect the next round in June."';
    expect(said(text)).toEqual([
      ['actor:sergei-lavrov', 'The talks were useful'],
      ['actor:sergei-lavrov', 'We expect the next round in June.'],
    ]);
  });

  it('gives a quote continued across paragraphs to the attribution in the last paragraph', () => {
    const text =
      'Pashinyan spoke to parliament on Monday.\n"We want peace. But not at any price.\n"We will not give up our land," he said.';
    expect(said(text)).toEqual([
      ['actor:nikol-pashinyan', 'We want peace. But not at any price.'],
      ['actor:nikol-pashinyan', 'We will not give up our land'],
    ]);
  });

  it('does not take a quoted fragment inside a paraphrase for a statement of its own', () => {
    expect(said('Aliyev accused Armenia of "open sabotage" of the border talks.')).toEqual([
      ['actor:ilham-aliyev', 'accused Armenia of "open sabotage" of the border talks'],
    ]);
  });
});

describe('a clause with a quote in it, closed by its attribution', () => {
  it('is a content-first paraphrase of the attributed speaker', () => {
    const text =
      'Allegations that Armenia started the fire are "a provocation and absolutely untrue," the Azerbaijani defense ministry said.';
    expect(extract(text).statements.map((s) => [s.speaker.id, s.text, s.direct])).toEqual([
      [
        'actor:mod-azerbaijan',
        'Allegations that Armenia started the fire are "a provocation and absolutely untrue',
        false,
      ],
    ]);
  });
});

describe('quotes attributed by verbs that only attribute beside a quote', () => {
  it('takes "continued", "concluded", "went on" and "read" after a quote', () => {
    expect(said('“The talks will resume next week,” Lavrov continued.')).toEqual([
      ['actor:sergei-lavrov', 'The talks will resume next week'],
    ]);
    expect(said('“We reject every one of these claims”, Lavrov concluded.')).toEqual([
      ['actor:sergei-lavrov', 'We reject every one of these claims'],
    ]);
    expect(said('“This is about the future of the valley,” Lavrov went on.')).toEqual([
      ['actor:sergei-lavrov', 'This is about the future of the valley'],
    ]);
    const text = '“The envoy must leave within two days,” the letter read.';
    const doc = analyse(text);
    const [quote] = directQuotes(doc, findQuotes(text)).candidates;
    expect(quote && [quote.lemma, text.slice(quote.start, quote.end)]).toEqual([
      'read',
      'The envoy must leave within two days',
    ]);
  });

  it('takes "declared during a briefing: “…”" and skips a participial clause before the subject', () => {
    expect(
      said(
        'Reacting to the claims, the foreign minister, Sergei Lavrov, declared during a briefing: “we reject the false reports about the mission”.',
      ),
    ).toEqual([['actor:sergei-lavrov', 'we reject the false reports about the mission']]);
  });

  it('ignores a stray comma between the speaker and the verb', () => {
    expect(
      said(
        '“A depot near the town has been hit by a drone,” Foreign Minister Sergei Lavrov, told reporters.',
      ),
    ).toEqual([['actor:sergei-lavrov', 'A depot near the town has been hit by a drone']]);
  });

  it('gives a quote "quoted … as saying" to the one quoted', () => {
    expect(
      said(
        'The agency quoted Lavrov as saying that “the warplanes launched two dozen raids on the districts.”',
      ),
    ).toEqual([['actor:sergei-lavrov', 'the warplanes launched two dozen raids on the districts.']]);
  });

  it('does not read "continued" or "read" away from a quote', () => {
    expect(said('The fighting continued, Lavrov said.')).toEqual([
      ['actor:sergei-lavrov', 'The fighting continued'],
    ]);
    expect(said('Lavrov read the names of the dead aloud.')).toEqual([]);
  });
});

describe('other quotation marks', () => {
  it("doubled apostrophes ''…'' and guillemets «…» quote like double quotes", () => {
    expect(candidates("''The shelters are full and the roads are cut,'' she said.")).toEqual([
      ['she', 'The shelters are full and the roads are cut'],
    ]);
    expect(candidates('«We want talks, not war. But we will defend the valley,» the mayor said.')).toEqual([
      ['the mayor', 'We want talks, not war. But we will defend the valley'],
    ]);
  });

  it('a sentence-long quote whose comma was dropped, followed at once by a speaker and a verb', () => {
    expect(candidates('“Four bridges were destroyed and the dam is leaking”he said in the capital.')).toEqual(
      [['he', 'Four bridges were destroyed and the dam is leaking']],
    );
  });
});

describe('attributions read as nouns or posted', () => {
  it('"…,” the agency quotes X." spans two sentences; "…,” X posted on his account."', () => {
    expect(
      candidates('"The dam is failing. Nobody is repairing it," the newspaper quotes Halvorsen.'),
    ).toEqual([['Halvorsen', 'The dam is failing. Nobody is repairing it']]);
    expect(candidates('“We call on both sides to talk,” Ines Moreau posted on her account.')).toEqual([
      ['Ines Moreau', 'We call on both sides to talk'],
    ]);
  });

  it('"…,” an official, who spoke on condition of anonymity, said.": the relative aside is skipped', () => {
    expect(
      candidates('“The convoy was hit from the air,” a police officer, who asked not to be named, said.'),
    ).toEqual([['a police officer', 'The convoy was hit from the air']]);
  });
});

describe('copy that left out or mistyped the opening mark', () => {
  it('a closing mark glued to the next word opens the quote there', () => {
    expect(
      candidates('The guard post was hit.\n”Two farmers died in the raid as well,” the colonel said.'),
    ).toEqual([['the colonel', 'Two farmers died in the raid as well']]);
    expect(
      candidates('The army said the rebels shelled the market.”They also burned the mill,” the army said.'),
    ).toEqual([
      ['The army', 'said the rebels shelled the market.”'],
      ['the army', 'They also burned the mill'],
    ]);
  });

  it('a paragraph with only a closing mark quotes from its start', () => {
    expect(
      candidates('The count was unclear.\nWe cannot say how many fled,” the mayor told reporters.'),
    ).toEqual([['the mayor', 'We cannot say how many fled']]);
  });

  it('an apostrophe or a closed quote is no such mark', () => {
    expect(findQuotes('The town’s mayor said “it is over.” Nothing more.').length).toBe(1);
  });
});

describe('a speaker named with a participle after the quote', () => {
  it('"Moscow-appointed governor", "the newly elected mayor", "the force known as X" are names, not clauses', () => {
    expect(candidates('“The enemy struck the port,” the Moscow-appointed governor Ivan Lark said.')).toEqual([
      ['the Moscow-appointed governor Ivan Lark', 'The enemy struck the port'],
    ]);
    expect(candidates('"We are safe," the newly elected mayor told reporters.')).toEqual([
      ['the newly elected mayor', 'We are safe'],
    ]);
    expect(candidates('"Stop firing," the mission known as MONUR said.')).toEqual([
      ['the mission known as MONUR', 'Stop firing'],
    ]);
  });
});

describe('an attribution after a quote whose speaker phrase carries a participle', () => {
  it('"a statement released by …" is the subject, not a clause of its own', () => {
    expect(candidates('"The border is closed," a statement released by the interior ministry said.')).toEqual(
      [['a statement released by the interior ministry', 'The border is closed']],
    );
  });

  it('an inverted attribution followed by ", quoted in …" or "without confirming …"', () => {
    expect(
      candidates('"The depot burned all night," said a member of the crew, quoted in a press release.'),
    ).toEqual([['a member of the crew', 'The depot burned all night']]);
    expect(
      candidates('"These raids must stop," added the governor without confirming that anyone had died.'),
    ).toEqual([['the governor', 'These raids must stop']]);
  });

  it('a relative clause about the speaker before a stray comma ends the name', () => {
    expect(candidates('"We hold the bridge," a soldier who gave his name as Omar, told the agency.')).toEqual(
      [['a soldier', 'We hold the bridge']],
    );
  });
});
