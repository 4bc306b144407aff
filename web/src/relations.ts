import type { Stance } from './gql/graphql';
import { STANCE_ORDER } from './stance';

export interface Counted {
  actor: { id: string; name: string };
  total: number;
  byStance: Partial<Record<Stance, number>>;
}

/** Counts statements per other actor and stance: whom an actor addressed, or who addressed it. */
export function countRelations<T extends { stance: Stance }>(
  statements: T[],
  others: (statement: T) => { id: string; name: string }[],
): Counted[] {
  const counts = new Map<string, Counted>();
  for (const statement of statements) {
    for (const actor of others(statement)) {
      const entry = counts.get(actor.id) ?? { actor, total: 0, byStance: {} };
      entry.total += 1;
      entry.byStance[statement.stance] = (entry.byStance[statement.stance] ?? 0) + 1;
      counts.set(actor.id, entry);
    }
  }
  return [...counts.values()].sort((a, b) => b.total - a.total || a.actor.name.localeCompare(b.actor.name));
}

/** The stance used most often in a relation (ties by the legend's order). */
export function mainStance(byStance: Partial<Record<Stance, number>>): Stance {
  let best: Stance = 'OTHER';
  let bestCount = 0;
  for (const stance of STANCE_ORDER) {
    const count = byStance[stance] ?? 0;
    if (count > bestCount) {
      best = stance;
      bestCount = count;
    }
  }
  return best;
}
