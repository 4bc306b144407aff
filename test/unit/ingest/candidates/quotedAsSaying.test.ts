import { candidates } from './found';

/** "quoted as saying" in the passive and closing a sentence (recall12). */
describe('"X was quoted as saying"', () => {
  it('the passive\'s subject speaks the clause after "saying"', () => {
    expect(
      candidates('The harbour master was quoted as saying that two ferries had collided in the fog.'),
    ).toEqual([['The harbour master', 'was quoted as saying that two ferries had collided in the fog']]);
  });

  it('closing a sentence, the passive gives its subject the clause before it', () => {
    expect(
      candidates(
        'A bridge near the border was damaged overnight, local officials were quoted as saying on Friday.',
      ),
    ).toEqual([['local officials', 'A bridge near the border was damaged overnight']]);
  });

  it('closing a sentence, the active form gives the one quoted the clause before it', () => {
    expect(
      candidates('Floodwater reached the old town before dawn, the agency quoted the mayor as saying.'),
    ).toEqual([['the mayor', 'Floodwater reached the old town before dawn']]);
  });

  it('with words after it, the active form is unchanged: the one quoted speaks them', () => {
    expect(candidates('State radio quoted the governor as saying the roads would reopen on Monday.')).toEqual(
      [['the governor', 'saying the roads would reopen on Monday']],
    );
  });
});
