import type { GoldActor } from './corpus';

/** A name as compared across sources: no accents, case, possessive, punctuation or leading article. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2019]s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

export interface PredictedSpeaker {
  id: string;
  /** Made by the extractor (not in the graph): its name may be a description of an unnamed source. */
  isNew: boolean;
  /** The canonical name, any aliases the extractor knows, and the words the article used, in that order of trust. */
  names: string[];
}

/**
 * The gold actor a predicted speaker stands for: the same id (corpus actors follow the seed's id
 * rules), else one whose name or an alias is one of the predicted speaker's names. A new actor the
 * extractor made is right when its name is how the annotator names (or aliases) the speaker. Null
 * when it is none of the article's actors.
 */
export function goldActorFor(predicted: PredictedSpeaker, actors: GoldActor[]): string | null {
  const byId = actors.find((a) => a.id === predicted.id);
  if (byId) return byId.id;
  // Names in the order given (canonical name first, the article's words last): "he" is an alias of
  // several gold actors and must not decide when the predicted name names one of them.
  const keys = predicted.names.map(nameKey).filter((k) => k.length > 0);
  const byName = keys
    .map((k) => actors.find((a) => [a.name, ...a.aliases].some((n) => nameKey(n) === k)))
    .find((a) => a !== undefined);
  if (byName || !predicted.isNew) return byName?.id ?? null;
  // "A security source" made by the extractor is the annotator's "Security source (Burkina Faso)":
  // every word of the description is in the gold description (only for unnamed sources).
  const words = (name: string) =>
    nameKey(name)
      .split(' ')
      .filter((w) => w.length > 0 && !FILLER.has(w));
  const described = words(predicted.names[0] ?? '');
  const byDescription = actors.filter(
    (a) => a.kind === 'PERSON' && described.length > 0 && described.every((w) => words(a.name).includes(w)),
  );
  return byDescription.length === 1 ? (byDescription[0] as GoldActor).id : null;
}

const FILLER = new Set([
  'a',
  'an',
  'another',
  'second',
  'third',
  'one',
  'of',
  'the',
  'in',
  'with',
  'by',
  'and',
]);
