import { outgoing } from '../planner/patterns';
import type { RelatedPlan } from '../planner/plan';

/**
 * Where a role or a casualty claim rests: every SOURCE span, oldest article first. (A statement has
 * exactly one, `Statement.source`.)
 */
export const SOURCES: RelatedPlan = {
  kind: 'many',
  type: 'Source',
  pattern: outgoing('SOURCE', 'Article'),
  withRelationship: true,
  order: [
    ['published', 'ASC'],
    ['start', 'ASC', 'relationship'],
  ],
  bound: { default: 20, max: 20 },
};
