import { analyse } from '../../../../src/ingest/text/sentences';

const headlines = (text: string) => analyse(text).sentences.map((s) => s.headline);

describe('headlines and standfirsts are not prose', () => {
  it('a line closing on a quote with no stop inside it is a headline', () => {
    expect(
      headlines(
        'Minister blames the raid on rebels, warning the city against "falling into a trap"\nHe spoke on Monday.',
      ),
    ).toEqual([true, false]);
  });

  it('a quote with its stop inside closes prose', () => {
    expect(headlines('The mayor said: "We will stay."\nShe left, saying “the road is closed,”')).toEqual([
      false,
      false,
    ]);
  });
});
