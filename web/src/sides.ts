/**
 * The "side" an actor speaks for: the state or top-level organisation it belongs to (a ministry's
 * state, a president's state, the EU for its High Representative). Followed through `partOf` and,
 * for people, through the organisations of their roles.
 */
export interface Belonging {
  id: string;
  name: string;
  partOf?: Belonging | null;
}

export interface SpeakerWithSide extends Belonging {
  roles?: { organization?: Belonging | null }[];
}

function top(actor: Belonging): Belonging {
  let current = actor;
  const seen = new Set<string>();
  while (current.partOf && !seen.has(current.id)) {
    seen.add(current.id);
    current = current.partOf;
  }
  return current;
}

export function sideOf(actor: SpeakerWithSide): { id: string; name: string } {
  if (actor.partOf) return top(actor);
  const organization = actor.roles?.find((role) => role.organization)?.organization;
  if (organization) return top(organization);
  return actor;
}

/** Groups items by their speaker's side, the side with most items first. */
export function groupBySide<T>(
  items: T[],
  speaker: (item: T) => SpeakerWithSide,
): { side: { id: string; name: string }; items: T[] }[] {
  const groups = new Map<string, { side: { id: string; name: string }; items: T[] }>();
  for (const item of items) {
    const side = sideOf(speaker(item));
    const group = groups.get(side.id) ?? { side: { id: side.id, name: side.name }, items: [] };
    group.items.push(item);
    groups.set(side.id, group);
  }
  return [...groups.values()].sort(
    (a, b) => b.items.length - a.items.length || a.side.name.localeCompare(b.side.name),
  );
}
