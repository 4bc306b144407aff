import { extract } from '../knownGraph';

const speakers = (text: string) => extract(text).statements.map((s) => [s.speaker.name, s.speaker.kind]);

describe('a definite description of a group, after the group spoke', () => {
  it('"the group" is the organization that spoke in the sentences before', () => {
    expect(
      speakers(
        'The Valley Liberation Front said on Monday that its fighters had left the town. ' +
          '"We will return when the roads are safe," the group said.',
      ),
    ).toEqual([
      ['Valley Liberation Front', 'ORGANIZATION'],
      ['Valley Liberation Front', 'ORGANIZATION'],
    ]);
  });

  it('not the agency that reported the group, and not a state or its organ', () => {
    expect(
      speakers(
        'The Valley Liberation Front fired on the convoy, the Lumbrian News Agency said. ' +
          '"The attack was a crime," the rebels said.',
      ).map(([name]) => name),
      // The rebels are the armed group the article named (speakers/discourse.ts), never the agency.
    ).toEqual(['Lumbrian News Agency', 'Valley Liberation Front']);
    expect(
      speakers('Armenia said the convoy was shelled at dawn. "We hold the border," the rebels said.').map(
        ([name]) => name,
      ),
    ).toEqual(['Armenia']);
  });

  it('no group that spoke within three sentences: no one', () => {
    expect(
      speakers(
        'The Valley Liberation Front said the town was quiet. The river rose. The bridge closed. ' +
          'The market shut. The school stayed open. "We will return," the group said.',
      ),
    ).toEqual([['Valley Liberation Front', 'ORGANIZATION']]);
  });
});

describe('a bare organ in an article that names no state', () => {
  // A new "Police" actor would get the id actor:police in every such article, making the police of
  // different countries one node: no speaker is better than a wrong merge.
  it('"Police said" with no state named: no one', () => {
    expect(
      speakers('Two shops burned in the northern province overnight. Police said the fire was set.'),
    ).toEqual([]);
  });

  it('with a state named, the organ of that state', () => {
    expect(speakers('Armenia closed the road. The army said the posts were retaken.')).toEqual([
      ['Armed Forces of Armenia', 'ORGANIZATION'],
    ]);
  });
});
