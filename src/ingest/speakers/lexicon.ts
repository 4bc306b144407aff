/** The words speaker resolution reads: roles, sources, pronouns, documents, what names no one. */

export const COLLECTIVE =
  /\b(both|two|all|the) (sides|parties|countries|nations|neighbou?rs|governments|armies)\b|\beach other\b|^(sides|parties)$/;
export const SPOKES = /\b(spokes(man|woman|person)|press secretary|representative)\b/;
export const DOCUMENT = /\b(statement|report|communique|readout|release|document|letter)\b/;
/** A phrase ending in one of these describes a person by role ("the ministry's spokesperson"). */
export const ROLES = new Set(
  (
    'spokesperson spokesman spokeswoman minister president chief leader head envoy deputy ' +
    'representative ambassador secretary adviser advisor aide commander chairman chairwoman ' +
    'official diplomat chairperson chair commissioner director coordinator'
  ).split(' '),
);
/** A spokesperson's own role word (rule 1 of the settled cases: an unnamed one speaks for the organization). */
export const SPOKESPERSON = /^spokes(man|woman|person|men|women|people)$/;
/** Unnamed officials and sources described by where or what they serve: speakers of their own, not the state or organ. */
export const DESCRIBED_OFFICIALS =
  /^(the )?local (officials|authorities)$|^(military|security|police|army|government|intelligence) sources$/;
/** A source the phrase itself says is not named ("unnamed US officials", "an anonymous diplomat"). */
export const UNNAMED = /\b(unnamed|anonymous|unidentified)\b/;
/**
 * Media the text does not name ("media reports", "local media", "press sources", "Indian media"):
 * not speakers (rule 9 of the settled cases), unlike a named outlet or a state's own media.
 */
export const UNNAMED_MEDIA =
  /^(the |some )?([a-z-]+ ){0,2}(media|press)( (reports?|outlets?|sources?|accounts?))?$|^(the )?(news|media|press) (reports?|outlets?|sources?|accounts?)$/;
/** What makes a state's media an actor of their own ("state media", "official media"): not unnamed. */
export const OWN_MEDIA = /\b(state|state-run|state-owned|official|public|national|government)\b/;
/** A source the text says is not named on purpose. */
export const ANONYMOUS =
  /\banonymity\b|\banonymously\b|\bnot authori[sz]ed\b|\bdeclined to be (named|identified)\b/i;
/** Heads of phrases that name no one who could speak ("media reports", "their allies"). */
export const NOT_PARTIES = new Set(
  'reports report media footage images video data information allies partners'.split(' '),
);
/** Who "the leader" of a state can be. */
export const LEADERS = ['leader', 'president', 'premier', 'minister', 'chief', 'head'];
/** Roles that make a phrase describe one person ("the interior minister of Pakistan"), not an organ. */
export const PERSON_ROLES = new Set(
  (
    'minister president secretary chief leader head envoy ambassador adviser advisor aide commander deputy ' +
    'chairman chairwoman chairperson chair commissioner director coordinator premier'
  ).split(' '),
);
/** Titles that, after an organ ("foreign ministry spokesman", "defence ministry official"), mean a person of it speaks. */
export const TITLE_ROLES = new Set(['chairperson', 'commissioner', 'director', 'coordinator']);
/** Institution nouns: after a state's name they make an organ of it ("Lebanon's health ministry"). */
export const INSTITUTIONS =
  /\b(ministry|service|agency|council|parliament|office|committee|commission|court|guards?|directorate|bureau|embassy|consulate|delegation|mission)\b/;
/** A state's media right after its name ("Iran's state media", "Syrian state television") speak for themselves. */
export const STATE_MEDIA =
  /^('s )?(state|state-run|state-owned|official|national|public) (media|television|tv|radio|broadcaster|news agency)$/;
/** Who a described, unnamed source can be. */
export const SOURCE_NOUNS = new Set(
  (
    'source sources official officials officer officers witness witnesses resident residents survivor survivors ' +
    'diplomat diplomats lawmaker lawmakers commander commanders doctor doctors medic medics villager villagers ' +
    'activist activists aide aides spokesman spokeswoman spokesperson eyewitness eyewitnesses ' +
    'politician politicians journalist journalists analyst analysts expert experts member members ' +
    'soldier soldiers fighter fighters worker workers employee employees relative relatives local locals civilian civilians student students teacher teachers refugee refugees farmer farmers'
  ).split(' '),
);
/**
 * Sources who speak as individuals, not for the group named before them: "a Taliban soldier" is a
 * described source, where "a Hamas official" speaks for Hamas.
 */
export const INDIVIDUALS = new Set(
  (
    'soldier soldiers fighter fighters resident residents witness witnesses eyewitness eyewitnesses ' +
    'survivor survivors villager villagers doctor doctors medic medics worker workers employee employees ' +
    'relative relatives local locals civilian civilians student students teacher teachers refugee refugees farmer farmers'
  ).split(' '),
);
/** "witness", "resident": one described individual (the singular of a word in INDIVIDUALS). */
export const singularIndividual = (word: string): boolean =>
  INDIVIDUALS.has(word) && (INDIVIDUALS.has(`${word}s`) || INDIVIDUALS.has(`${word}es`));
/** Heads of definite descriptions that point back to an organization ("the group", "the movement"). */
export const GROUP_NOUNS = new Set(
  'group party movement organisation organization militia faction front'.split(' '),
);
export const POSSESSIVES = new Set(['their', 'its', 'his', 'her', 'our', 'other']);
export const INDEFINITE = new Set(['a', 'an', 'another', 'one', 'two', 'three', 'several', 'some', 'many']);
export const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her', 'him']);
export const GROUP_PRONOUNS = new Set(['it', 'they', 'its', 'their']);
