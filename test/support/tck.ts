import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse } from 'graphql';

/** The client's acceptance cases (../shared/tck/cases), replayed as a client would, step by step. */
export const TCK_CASES = '/work/shared/tck/cases';

export interface TckStep {
  query: string;
  variables?: Record<string, unknown>;
  capture?: Record<string, string>;
}

export function tckCases(): [string, TckStep[]][] {
  if (!fs.existsSync(TCK_CASES)) return [];
  return fs
    .readdirSync(TCK_CASES)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const json = JSON.parse(fs.readFileSync(path.join(TCK_CASES, file), 'utf8')) as { steps: TckStep[] };
      return [file, json.steps];
    });
}

/** A value in an answer by dotted path (`data.actors.edges.0.node.id`). */
export function at(value: unknown, dotted: string): unknown {
  return dotted
    .split('.')
    .reduce<unknown>(
      (v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      value,
    );
}

/** `$name` variables replaced by what earlier steps captured. */
export function bind(variables: Record<string, unknown> = {}, captured: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(variables).map(([k, v]) => [
      k,
      typeof v === 'string' && v.startsWith('$') ? captured[v.slice(1)] : v,
    ]),
  );
}

/** How many root fields an operation asks for (each is one query). */
export function rootFields(query: string): number {
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return 0;
  return operation.selectionSet.selections.filter(
    (s) => s.kind === Kind.FIELD && !s.name.value.startsWith('__'),
  ).length;
}
