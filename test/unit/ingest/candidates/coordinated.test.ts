import { candidates } from './found';

/** A verb coordinated with an attribution ("said and explained that …") shares its speaker. */
describe('coordinated attributions', () => {
  it('"said and explained that “…”": the second quote is the same speaker’s', () => {
    expect(
      candidates('"The convoy was ambushed," the colonel said and explained that "the roads are mined."'),
    ).toEqual([
      ['the colonel', 'The convoy was ambushed'],
      ['the colonel', 'the roads are mined.'],
    ]);
  });

  it('"said and rejected …": never a subject inside the quote before it', () => {
    expect(
      candidates('"Norland is arming the rebels," Ortega said and rejected the raids in the north.'),
    ).toEqual([
      ['Ortega', 'Norland is arming the rebels'],
      ['Ortega', 'rejected the raids in the north'],
    ]);
  });
});
