import { acronymsOf } from '../../../../src/ingest/speakers/acronyms';
import { extract } from '../knownGraph';

/** A body is named by the fullest form the article gives it (issue 13, names12). */
describe('the fullest name the article gives a body', () => {
  const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

  it('an acronym stands for the words whose initials it has, not for their owner or a description', () => {
    const names = acronymsOf(
      'The UN’s Independent Review Panel for Veloria (IRPV) met. The Prime Minister’s Office of the Valley Unity Council (VUC) spoke.',
    );
    expect(names.get('IRPV')).toBe('Independent Review Panel for Veloria');
    expect(names.get('VUC')).toBe('Valley Unity Council');
  });

  it('keeps a name whose acronym is spelt in another order whole', () => {
    expect(acronymsOf('The Democratic Forces for the Freedom of Tarvonia (FDFT) said so.').get('FDFT')).toBe(
      'Democratic Forces for the Freedom of Tarvonia',
    );
  });

  it('a name read short of the full name given with its acronym is the full name', () => {
    expect(
      speakers(
        'More than 2,000 people have fled, according to a report from the United Nations High Commissioner for Coastal Affairs (UNHCCA).',
      ),
    ).toEqual(['United Nations High Commissioner for Coastal Affairs']);
  });

  it('a description glued before the full name is not part of it', () => {
    expect(
      speakers(
        'Gunmen attacked two posts in the valley, the Veloran army’s media wing Joint Services Public Relations (JSPR) said in a statement.',
      ),
    ).toEqual(['Joint Services Public Relations']);
  });
});

describe('a state organ named by its nationality', () => {
  it('is the organ of the state, named as the seed names organs', () => {
    const { statements } = extract(
      'Rebels attacked a village in Ituri on Sunday, according to the Congolese army. The Congolese army said the rebels fled.',
    );
    expect(statements.map((s) => s.speaker.name)).toEqual([
      'Armed Forces of the Democratic Republic of the Congo',
      'Armed Forces of the Democratic Republic of the Congo',
    ]);
  });
});

describe('a person named after an organ and a title', () => {
  it('is the person, not an organization whose name runs on into theirs', () => {
    const { statements, newActors } = extract(
      'Veloran Department of Water Spokesperson Ana Ruiz told reporters that the dam was intact.',
    );
    expect(statements.map((s) => s.speaker.name)).toEqual(['Ana Ruiz']);
    expect(newActors.map((a) => a.name)).not.toContain('Veloran Department of Water Spokesperson Ana Ruiz');
  });
});

describe('one unnamed person of a named body', () => {
  it('speaks as that description, not as the body', () => {
    const { statements } = extract(
      'A Veloran Union official in Tarvona confirmed the account. A VFU source said the convoy turned back.',
    );
    expect(statements.map((s) => s.speaker.name)).toEqual([
      'Veloran Union official in Tarvona',
      'VFU source',
    ]);
  });
});

describe('a body described in lower case with its acronym in brackets', () => {
  it('is one actor with the body the acronym names later', () => {
    const { statements, newActors } = extract(
      'The UN agency for coastal affairs (UNOCA) said aid groups suspended work. Later UNOCA said the roads were cut.',
    );
    expect(new Set(statements.map((s) => s.speaker.id)).size).toBe(1);
    expect(newActors.find((a) => a.id === statements[0]?.speaker.id)?.aliases).toContain('UNOCA');
  });
});

describe('a plural possessive inside a name', () => {
  it('does not end the name', () => {
    expect(
      extract(
        "According to the Veloran Nurses' Union, 40 people were hurt. The Coastal Mayors’ Forum said it was shocked.",
      ).statements.map((s) => s.speaker.name),
    ).toEqual(["Veloran Nurses' Union", 'Coastal Mayors’ Forum']);
  });
});
