import { normWord } from '../text/sentences';

/**
 * The reported words lower-cased and folded like normWord, one character for one, so that an index
 * in the folded words is an offset in the article: normWord turns "…" into "...", which shifted every
 * name after an ellipsis off the words it stands for.
 */
export function foldedWords(text: string): string {
  return text
    .replace(/[^ -~\s]/g, (ch) => {
      const folded = normWord(ch);
      return folded.length === ch.length ? folded : (folded[0] ?? ch);
    })
    .toLowerCase();
}
