import { extract } from '../knownGraph';

/**
 * Denials carried by a word that dismisses the claim, and "need to"/"must" about what remains to be found out
 * (issue 13, stance12: stance errors of A–K and L1 by cause): invented sentences, each with a near miss.
 */
const stance = (text: string) => extract(text).statements.map((s) => s.stance);

describe('stance: denials by a dismissing word', () => {
  it('denies a story called a fallacy, slander or ridiculed, and witnesses said not to be real', () => {
    expect(stance('"The ministry has long shown the utter fallacy of the story," Pashinyan said.')).toEqual([
      'DENIES',
    ]);
    expect(stance('"This slander towards our country is an insult," Pashinyan said.')).toEqual(['DENIES']);
    expect(stance('"Such reports are being ridiculed," Pashinyan said.')).toEqual(['DENIES']);
    expect(stance('Pashinyan said that the doctors quoted by the media are not real doctors.')).toEqual([
      'DENIES',
    ]);
    expect(stance('Pashinyan said that the doctors quoted by the media are real doctors.')).not.toContain(
      'DENIES',
    );
  });
});

describe('stance: what remains to be found out is not a call', () => {
  it('reads "need to confirm", "must be awaited", "should be noted" and "let\'s wait" as no call', () => {
    expect(
      stance('"Two men were killed, but we will need to confirm their identities," Pashinyan said.'),
    ).not.toContain('CALLS_FOR');
    expect(
      stance('Pashinyan said the investigation was ongoing and the outcome must be awaited.'),
    ).not.toContain('CALLS_FOR');
    expect(stance('"It should be noted that the town is calm," Pashinyan said.')).not.toContain('CALLS_FOR');
    expect(stance('"But let\'s wait until the mission is over," Pashinyan said.')).not.toContain('CALLS_FOR');
  });

  it('still reads a call made after such words, and a call to confirm something', () => {
    expect(
      stance(
        '"We will need to confirm the figures, and the parties must stop the fighting," Pashinyan said.',
      ),
    ).toEqual(['CALLS_FOR']);
    expect(stance('Pashinyan said the investigators must establish who fired.')).toEqual(['CALLS_FOR']);
  });
});

describe('stance: directing someone to act is a call', () => {
  it('reads "directed/advise/want … to" and "pressed … to" as calls, not an order one reports having given', () => {
    expect(
      stance('Pashinyan said the attack was unprovoked and directed the police to find the attackers.'),
    ).toEqual(['CALLS_FOR']);
    expect(stance('"We strongly advise residents to stay indoors," Pashinyan said.')).toEqual(['CALLS_FOR']);
    expect(stance('"We want everyone to stay calm," Pashinyan said.')).toEqual(['CALLS_FOR']);
    expect(stance("Armenia has pressed Azerbaijan's leaders to free the prisoners.")).toEqual(['CALLS_FOR']);
    expect(stance('"I have directed the police to bury the dead," Pashinyan said.')).not.toContain(
      'CALLS_FOR',
    );
    expect(stance('"I want to say that we are ready," Pashinyan said.')).not.toContain('CALLS_FOR');
  });
});
