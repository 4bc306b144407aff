import { acronymsOf } from '../../../../src/ingest/speakers/acronyms';
import { extract } from '../knownGraph';

const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);
const newActor = (text: string, name: string) => extract(text).newActors.find((a) => a.name === name);

describe('organizations named with a bracketed acronym', () => {
  it('read the full name before the brackets, the acronym its initials', () => {
    const found = acronymsOf(
      'Fighting broke out between the Northern Liberation Front (NLF) and the army. ' +
        'Ankara blamed the Kurdistan Workers’ Party (PKK). The UN (New York) was silent.',
    );
    expect([...found]).toEqual([
      ['NLF', 'Northern Liberation Front'],
      ['PKK', 'Kurdistan Workers’ Party'],
    ]);
  });

  it('are one new actor under the full name, whether the article says the name or the acronym', () => {
    const text =
      'The Northern Liberation Front (NLF) said its fighters had taken the bridge. ' +
      'Later the NLF said the bridge had been mined.';
    expect(speakers(text)).toEqual(['Northern Liberation Front', 'Northern Liberation Front']);
    expect(newActor(text, 'Northern Liberation Front')?.aliases).toContain('NLF');
  });

  it('keep the person who speaks after an acronym inside the phrase', () => {
    expect(
      speakers('"The front is quiet," Northern Liberation Front (NLF) spokesman Tomas Berg said on Monday.'),
    ).toEqual(['Tomas Berg']);
  });
});

describe('the subject named first in an apposition chain', () => {
  it('speaks, not the description of the organization that follows its role', () => {
    expect(
      speakers(
        'Marta Kovacs, head of the Civic Alliance, one of the largest Kurdish parties in the north, said the vote was rigged.',
      ),
    ).toEqual(['Marta Kovacs']);
  });
});

describe('"it" and "they" inside the sentence and after joint speakers', () => {
  it('"it" in a clause of a sentence that opens with a state is that state', () => {
    const text =
      'The Russian defence ministry said the drills were routine. ' +
      'Georgia often stages exercises that it says are defensive, and has troops near the border.';
    expect(speakers(text)).toEqual(['Ministry of Defense of Russia', 'Georgia']);
  });

  it('"they" after two outlets that spoke together is both of them', () => {
    const text =
      'Witnesses said the market was shelled. ' +
      'The Daily Ledger and Coastal Radio said at least nine people were killed. ' +
      'The toll could rise because roads were closed, they said.';
    const last = extract(text).statements.filter((s) => s.text.startsWith('The toll'));
    expect(last.map((s) => s.speaker.name).sort()).toEqual(['Coastal Radio', 'Daily Ledger']);
  });
});

describe('phrases that name an actor without being it', () => {
  it('a person’s office speaks as the office', () => {
    const text = 'Prime Minister Tomas Berg’s office said the cabinet had approved the truce.';
    expect(speakers(text)).toEqual(['Office of Tomas Berg']);
  });

  it('a state’s office-holder is a person, named as the role of the state', () => {
    const text = "Georgia's defence minister warned that the army was ready.";
    expect(speakers(text)).toEqual(['Defence Minister of Georgia']);
    expect(newActor(text, 'Defence Minister of Georgia')).toMatchObject({
      kind: 'PERSON',
      partOf: 'actor:georgia',
      aliases: ["Georgia's defence minister"],
    });
  });

  it('a group a state installed or backs is not the state', () => {
    expect(speakers('Russian-installed officials said the dam had burst on its own.')).toEqual([
      'Russian-installed officials',
    ]);
  });

  it('a force or mission of an organization, written with dots or without, is a body of its own', () => {
    expect(speakers('The E.U. monitoring mission said the night was calm.')).toEqual([
      'E.U. monitoring mission',
    ]);
    expect(speakers('The E.U. mission in Georgia said the night was calm.')).toEqual([
      'E.U. mission in Georgia',
    ]);
    expect(speakers('The EU peacekeeping force said the night was calm.')).toEqual(['EU peacekeeping force']);
  });

  it('an official, a soldier or a resident of a named group is a described source, and "he" later', () => {
    const text =
      'A Hamas official said the talks had stalled. ' +
      'A Taliban soldier who saw the blast said two people died. He said one attacker was caught.';
    expect(speakers(text)).toEqual(['Hamas official', 'Taliban soldier', 'Taliban soldier']);
  });
});

describe('descriptions and names in apposition', () => {
  it('an indefinite description, then the name: the named organization speaks', () => {
    expect(
      speakers('A Paris-based press group, the Free Media Watch, said two reporters had been detained.'),
    ).toEqual(['Free Media Watch']);
  });

  it('"the group" is the organization the sentence named with its acronym', () => {
    const text =
      'Georgia blamed the blast on the Southern Liberation Army (SLA), but the group, which is banned in Europe, has denied that it was responsible.';
    expect(speakers(text)).toEqual(['Georgia', 'Southern Liberation Army']);
  });

  it('a group a state hosts or backs, with an article, is named without it', () => {
    expect(speakers('A London-based monitoring group said the shelling continued.')).toEqual([
      'London-based monitoring group',
    ]);
  });

  it('an official unnamed on purpose is a described source, never matched by part of a described name', () => {
    const text =
      'A Taliban soldier who saw the blast said two people died. ' +
      'But one Taliban official, who spoke on condition of anonymity, said the toll would be higher.';
    expect(speakers(text)).toEqual(['Taliban soldier', 'Taliban official']);
  });
});

describe('clauses of their own inside a sentence', () => {
  it('"but" opens a clause whose subject speaks', () => {
    const text =
      'Talks between Kenya and Somalia in Nairobi paved the way for a truce last month but Baku later accused Armenia of shelling.';
    expect(speakers(text)).toEqual(['Azerbaijan']);
  });

  it('a participle does not hang on a passive clause: the wounded did not speak', () => {
    const text =
      'Governor Ana Ruiz confirmed that a student was shot, while a guard was hospitalized after the raid, adding that the gunmen had fled.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });
});

describe('organs of states the graph has none for, as the article words them', () => {
  it('keep the article’s own wording ("the Somali army") as an alias of the organ made for "the army"', () => {
    const text =
      'Talks between the Somali army and the rebels stalled on Monday. ' +
      'The rebels shelled the port, a claim the army denied.';
    const army = extract(text).newActors.find((a) => a.name === 'Armed Forces of Somalia');
    expect(army?.aliases).toEqual(expect.arrayContaining(['army', 'Somali army']));
  });

  it('"sources in the army" are described sources, not the army', () => {
    expect(speakers('Somali troops fired on the post on Monday, according to sources in the army.')).toEqual([
      'Sources in the army',
    ]);
  });
});

describe('a capitalised adjective before a common noun', () => {
  it('names no one: the group it describes speaks, named by the description', () => {
    expect(speakers('Civilian leaders said the offer was a ruse.')).toEqual(['Civilian leaders']);
    expect(speakers('Local reports said the bridge was closed.')).toEqual([]);
  });
});

describe('documents and the states behind "side" and acronyms', () => {
  it('a document names its issuer by the organ before it, else the last speaker or the state in the news', () => {
    const text =
      'Kenya’s foreign ministry said the envoy had been summoned. ' +
      'The talks were cordial, a ministry statement said. ' +
      'Kenya will reopen the border, a presidency statement said.';
    expect(speakers(text)).toEqual([
      'Ministry of Foreign Affairs of Kenya',
      'Ministry of Foreign Affairs of Kenya',
      'Presidential Office of Kenya',
    ]);
    expect(speakers('Four soldiers died in the raid on Kenya’s border post, a statement said.')).toEqual([
      'Kenya',
    ]);
  });

  it('"the Kyrgyz side" and "the US" are the states', () => {
    expect(speakers('The Georgian side says three villagers were wounded.')).toEqual(['Georgia']);
    expect(speakers('The US has accused Russia of lying about the drone attack.')).toEqual(['United States']);
  });

  it('a connective or stray quotation mark before a pronoun leaves the pronoun', () => {
    const text =
      'Foreign Minister Ana Ruiz spoke on Monday. "We want peace," she said. Moreover she said that talks would resume.';
    expect(speakers(text)).toEqual(['Ana Ruiz', 'Ana Ruiz']);
  });

  it('locals, civilians and students are described sources', () => {
    expect(speakers('Many locals claimed that the militia had forced them out.')).toEqual(['Locals']);
  });
});

describe('a participle after an embedded report', () => {
  it('hangs on the outer reporting verb, not the one reported inside its "that" clause', () => {
    const text =
      'Army spokesman Colonel Tomas Berg said on Friday that the rebels claimed they held the town, stressing that "this is simply not true."';
    const quote = extract(text).statements.find((s) => s.text.includes('not true'));
    expect(quote?.speaker.name).toBe('Tomas Berg');
  });
});
