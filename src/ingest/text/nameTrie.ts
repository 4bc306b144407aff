import { type Token, phraseWords } from './sentences';

interface Node<T> {
  next: Map<string, Node<T>>;
  entry?: { value: T; priority: number; capitalised: boolean };
}

export interface Match<T> {
  value: T;
  /** Token range [first, last). */
  first: number;
  last: number;
  start: number;
  end: number;
}

export const isCapitalised = (word: string): boolean => /^[A-Z\u00C0-\u00DE]/.test(word);

/**
 * Names matched over tokens, longest match first. Names are tokenised like the article, so
 * "Azerbaijan’s Defense Ministry" and "Azerbaijan's defense ministry" meet. A one-word name
 * ("Michel", "EU") must be capitalised in the text, so ordinary words are not taken for names.
 */
export class NameTrie<T> {
  private readonly root: Node<T> = { next: new Map() };

  /** Adds a name; when two values share it, the lower `priority` wins. */
  add(name: string, value: T, priority = 0): void {
    const words = phraseWords(name);
    if (words.length === 0) return;
    let node = this.root;
    for (const word of words) {
      let next = node.next.get(word);
      if (!next) node.next.set(word, (next = { next: new Map() }));
      node = next;
    }
    if (node.entry && node.entry.priority <= priority) return;
    node.entry = { value, priority, capitalised: words.length === 1 && isCapitalised(name) };
  }

  /** Matches within tokens [from, to), left to right, never overlapping. */
  matches(tokens: Token[], from = 0, to = tokens.length): Match<T>[] {
    const found: Match<T>[] = [];
    for (let i = from; i < to;) {
      let node: Node<T> | undefined = this.root;
      let best: { value: T; last: number } | null = null;
      for (let j = i; j < to && node; j++) {
        node = node.next.get((tokens[j] as Token).norm);
        const entry = node?.entry;
        if (entry && (!entry.capitalised || isCapitalised((tokens[i] as Token).text)))
          best = { value: entry.value, last: j + 1 };
      }
      if (!best) {
        i++;
        continue;
      }
      found.push({
        value: best.value,
        first: i,
        last: best.last,
        start: (tokens[i] as Token).start,
        end: (tokens[best.last - 1] as Token).end,
      });
      i = best.last;
    }
    return found;
  }
}
