import type { PlaceEntry } from '../../vocabulary/terms';
import { NameTrie } from '../text/nameTrie';
import type { Token } from '../text/sentences';

/** The places the graph knows, matched by name or alias, with what contains what. */
export class PlaceIndex {
  private readonly names = new NameTrie<PlaceEntry>();
  private readonly byId: Map<string, PlaceEntry>;

  constructor(places: PlaceEntry[]) {
    this.byId = new Map(places.map((p) => [p.id, p]));
    for (const p of places) for (const name of [p.name, ...p.aliases]) this.names.add(name, p);
  }

  get(id: string): PlaceEntry | undefined {
    return this.byId.get(id);
  }

  /** Place ids named within tokens [from, to). Country names are left out: every article names them. */
  mentioned(tokens: Token[], from: number, to: number): string[] {
    return [
      ...new Set(
        this.names
          .matches(tokens, from, to)
          .filter((m) => m.value.kind !== 'COUNTRY')
          .map((m) => m.value.id),
      ),
    ];
  }

  /** The place and everything containing it. */
  withAncestors(id: string): string[] {
    const out: string[] = [];
    for (let p = this.byId.get(id); p && !out.includes(p.id); p = p.in ? this.byId.get(p.in) : undefined)
      out.push(p.id);
    return out;
  }

  /** Two places are the same area when one contains (or is) the other. */
  overlap(a: string, b: string): boolean {
    return this.withAncestors(a).includes(b) || this.withAncestors(b).includes(a);
  }
}
