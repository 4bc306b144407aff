import { extract } from '../knownGraph';

describe('the event a statement responds to', () => {
  it('matches the article incident to a known event by kind, overlapping dates and shared places', () => {
    const x = extract(
      'Fighting broke out near Berd on Wednesday. The EU urged both sides to stop the clashes.',
      { published: '2023-05-11' },
    );
    expect(x.incident).toEqual({
      id: 'event:2023-05-10-tavush-clash',
      title: 'Clash in Tavush',
      date: '2023-05-10',
      isNew: false,
    });
    expect(x.newEvents).toEqual([]);
    expect(x.statements[0]?.respondsTo.map((e) => e.id)).toEqual(['event:2023-05-10-tavush-clash']);
    expect(x.mentions).toEqual([
      { event: 'event:2023-05-10-tavush-clash', start: 0, end: 8, text: 'Fighting' },
    ]);
  });

  it('creates the incident when no known event fits, with an id that depends only on what it is', () => {
    const text = 'Deadly clashes erupted near Berd on Saturday. Pashinyan accused Baku of shelling the town.';
    const x = extract(text, { published: '2024-02-12' });
    expect(x.newEvents).toEqual([
      expect.objectContaining({
        title: 'Clashes near Berd',
        kind: 'CLASH',
        date: '2024-02-10',
        places: ['place:berd'],
        participants: [],
      }),
    ]);
    expect(x.statements[0]?.respondsTo).toEqual([
      { id: x.newEvents[0]?.id, title: 'Clashes near Berd', date: '2024-02-10', isNew: true },
    ]);
    expect(extract(`Photo caption.\n${text}`, { published: '2024-02-12' }).newEvents[0]?.id).toBe(
      x.newEvents[0]?.id,
    );
  });

  it('links words said well before the incident to an event of their own day the speaker took part in', () => {
    const x = extract(
      'Clashes erupted near Berd on Wednesday. Borrell, who hosted talks on April 20, said then that peace was close.',
      {
        published: '2023-05-11',
      },
    );
    expect(x.statements.map((s) => [s.date, s.respondsTo.map((e) => e.id)])).toEqual([
      ['2023-04-20', ['event:2023-04-20-brussels-talks']],
    ]);
  });

  it('makes no event of talks only mentioned in passing', () => {
    expect(
      extract('Lavrov said negotiations should continue.', { published: '2023-09-14' }).newEvents,
    ).toEqual([]);
  });
});
