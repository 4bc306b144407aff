import { extract } from '../knownGraph';

/** A definite role one person holds is that person, not the body it names (issue 13, speakers13). */
describe('the holder of a role named with its body', () => {
  const speakers = (text: string) => extract(text).statements.map((s) => s.speaker.name);

  it('is the person heard just before, not the body', () => {
    expect(
      speakers(
        'Marek Tolvan described the shelling as “deeply alarming”. The Coastal Watch Agency boss said the attacks were deliberate.',
      ),
    ).toEqual(['Marek Tolvan', 'Marek Tolvan']);
  });

  it('an envoy of a body for a country is the envoy', () => {
    expect(
      speakers(
        'Ilse Varga said the talks would resume. The U.N. envoy for Yemen on Sunday condemned the shelling of a school.',
      ),
    ).toEqual(['Ilse Varga', 'Ilse Varga']);
  });

  it('is not a person introduced with another office', () => {
    const names = speakers(
      'Governor Anton Merrik said two people were killed. The Harbour Legion’s commander accused the army of retreating.',
    );
    expect(names[1]).not.toBe('Anton Merrik');
  });

  it('is no one when nobody was named for several sentences', () => {
    const names = speakers(
      'Marek Tolvan said the plant was safe. The river rose. Roads closed. Schools shut. Shops closed early. The Coastal Watch Agency boss said the attacks were deliberate.',
    );
    expect(names[1]).not.toBe('Marek Tolvan');
  });
});
