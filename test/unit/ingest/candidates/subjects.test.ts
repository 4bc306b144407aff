import { candidates } from './found';

/** The speaker phrase of each candidate, before resolution. */
const speakers = (text: string): string[] => candidates(text).map(([speaker]) => speaker);

describe('the speaker phrase of a reporting verb', () => {
  it('finds the subject after "did" in an inverted sentence', () => {
    expect(
      speakers(
        'Only by the evening of Sunday did the Border Service of Ruritania announce that the situation was calm.',
      ),
    ).toEqual(['the Border Service of Ruritania']);
  });

  it('skips a relative clause and the clause before "but" to reach the subject', () => {
    expect(
      speakers(
        'The capital blamed the blast on the rebels, but the group, which is listed as a terror group by the bloc, has denied that it was responsible.',
      ),
    ).toEqual(['The capital', 'the group']);
  });

  it('keeps the name before an apposition', () => {
    expect(speakers('Ana Ruiz, the head of the council, said the talks would resume.')).toEqual(['Ana Ruiz']);
  });

  it('gives a participle after "but X was …" to X', () => {
    expect(
      speakers(
        'Officials said ten rockets landed at the base but the ministry was more guarded, saying there were ten impacts.',
      ),
    ).toEqual(['Officials', 'the ministry']);
  });

  it('gives "adding that “…”" after a quote to that quote’s speaker', () => {
    expect(
      speakers(
        '"Troops spotted the men and drove them away," the army said, adding that "their identity is unknown".',
      ),
    ).toEqual(['the army', 'the army']);
  });
});

describe('a subject separated from its verb', () => {
  it('by an aside between dashes: "Two nurses - one in Adwa and one in Axum - told …"', () => {
    expect(
      candidates('Two nurses - one in Tarvo and one in Elm - also told reporters they treated six men.'),
    ).toEqual([['Two nurses', 'told reporters they treated six men']]);
  });
});

describe('the one urged, and a "with" phrase with compounds', () => {
  it('"pressed the country’s new rulers to …" is a call', () => {
    expect(candidates('The envoys have pressed the country’s new rulers to free the prisoners.')).toEqual([
      ['The envoys', 'have pressed the country’s new rulers to free the prisoners'],
    ]);
  });

  it('", with the Iran-backed armed group claiming …"', () => {
    expect(
      candidates(
        'The two sides traded fire on Monday, with the Tarvo-backed armed group claiming to have hit a tank.',
      ),
    ).toEqual([['the Tarvo-backed armed group', 'claiming to have hit a tank']]);
  });

  it('"…, the group claimed responsibility for the attack" is no content-first attribution', () => {
    expect(
      candidates(
        'In a statement sent to reporters, the Sudria Front, or SF, claimed responsibility for the blast.',
      ),
    ).toEqual([['the Sudria Front', 'claimed responsibility for the blast']]);
  });
});
