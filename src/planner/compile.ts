import Cypher from '@neo4j/cypher-builder';
import {
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type SelectionSetNode,
  getArgumentValues,
  getNamedType,
  isAbstractType,
  isObjectType,
} from 'graphql';
import neo4j from 'neo4j-driver';
import { BadArgumentError } from '../model/errors';
import { CursorError, decodeCursor } from './cursor';
import { pageSize } from './pages';
import {
  type Args,
  type Direction,
  type FieldPlan,
  type Hoisted,
  type Keyset,
  Level,
  type ListPlan,
  type PlanRegistry,
  type RelatedPlan,
  type Scope,
  type SortKey,
} from './plan';
import { type Operation, collectFields, subSelections } from './selection';

/** An operation being compiled, with the field plans of every type. */
export interface Compilation extends Operation {
  plans: PlanRegistry;
}

const int = (value: number) => new Cypher.Param(neo4j.int(value));

function objectType(c: Compilation, name: string): GraphQLObjectType {
  const type = c.schema.getType(name);
  if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
  return type;
}

/**
 * The map a value of `typeName` projects to, for the given selections. Abstract types (Node,
 * SearchHit) dispatch on the node's label, which is the type's name, and carry `__typename`.
 */
export function projectValue(
  c: Compilation,
  typeName: string,
  scope: Scope,
  selections: readonly SelectionSetNode[],
): Cypher.Expr {
  const type = c.schema.getType(typeName);
  if (!isAbstractType(type)) return projectObject(c, objectType(c, typeName), scope, selections);
  const dispatch = new Cypher.Case();
  for (const possible of c.schema.getPossibleTypes(type)) {
    const map = projectObject(c, possible, scope, selections);
    map.set({ __typename: new Cypher.Literal(possible.name) });
    dispatch.when(scope.n.hasLabel(possible.name)).then(map);
  }
  return dispatch.else(Cypher.Null);
}

/**
 * A map projection of the value's node: stored properties read under their own name as `n { .name }`
 * (one read of the node's properties, as a hand-written query would), everything else as a key.
 */
export function projectObject(
  c: Compilation,
  type: GraphQLObjectType,
  scope: Scope,
  selections: readonly SelectionSetNode[],
): Cypher.MapProjection {
  const { stored, computed, dates } = objectFields(c, type, scope, selections);
  return finalMap(scope.n, stored, computed, dates);
}

/**
 * The answer's map of a value: `n { .stored, computed }`, with stored dates (`dates`, a subset of
 * `stored`) as ISO text rather than `.date`. Neo4j writes `toString(date)` as `YYYY-MM-DD`, what the
 * Date scalar serialises; the driver would decode a date value through its 64-bit Integer arithmetic
 * (a tenth of op 2's CPU per request in profiles) only for it to be written as that text again.
 */
function finalMap(
  n: Cypher.Node | Cypher.Variable,
  stored: readonly string[],
  computed: Record<string, Cypher.Expr>,
  dates: readonly string[],
): Cypher.MapProjection {
  if (dates.length === 0) return new Cypher.MapProjection(n, [...stored], computed);
  const asText = Object.fromEntries(dates.map((key) => [key, Cypher.toString(n.property(key))]));
  const plain = stored.filter((key) => !dates.includes(key));
  return new Cypher.MapProjection(n, plain, { ...computed, ...asText });
}

/**
 * The selected fields of a value: the response keys that are stored properties of the same name
 * (`stored`, projected as `.name`), and every other key with its expression. Values of the Date
 * scalar are answered as ISO text (see `finalMap`): computed ones here, stored ones (`dates`, also in
 * `stored`, so a list can still sort on the date itself) by whoever builds the final map.
 */
function objectFields(
  c: Compilation,
  type: GraphQLObjectType,
  scope: Scope,
  selections: readonly SelectionSetNode[],
): { stored: string[]; computed: Record<string, Cypher.Expr>; dates: string[] } {
  const stored: string[] = [];
  const dates: string[] = [];
  const computed: Record<string, Cypher.Expr> = {};
  for (const [key, nodes] of collectFields(c, type, selections)) {
    const name = (nodes[0] as FieldNode).name.value;
    if (name === '__typename') {
      computed[key] = new Cypher.Literal(type.name);
      continue;
    }
    const field = type.getFields()[name] as GraphQLField<unknown, unknown>;
    const plan = c.plans[type.name]?.[name];
    if (!plan) throw new Error(`The planner has no plan for ${type.name}.${name}`);
    const isDate = getNamedType(field.type).name === DATE_SCALAR;
    if (plan.kind === 'scalar' && plan.property === key) {
      const read = scope.read?.[key];
      if (read) computed[key] = isDate ? Cypher.toString(read) : read;
      else stored.push(key);
      if (!read && isDate) dates.push(key);
      continue;
    }
    const args = getArgumentValues(field, nodes[0] as FieldNode, c.variables) as Args;
    const value = projectField(c, plan, scope, args, subSelections(nodes));
    computed[key] = isDate ? Cypher.toString(value) : value;
  }
  return { stored, computed, dates };
}

/** The SDL's date scalar (schema/common.graphql). */
const DATE_SCALAR = 'Date';

function projectField(
  c: Compilation,
  plan: FieldPlan,
  scope: Scope,
  args: Args,
  selections: SelectionSetNode[],
): Cypher.Expr {
  switch (plan.kind) {
    case 'scalar':
      return plan.value(scope, args);
    case 'self':
      return projectValue(c, plan.type, scope, selections);
    case 'one':
    case 'many':
      return projectRelated(c, plan, scope, args, selections);
    case 'list':
      if (!scope.hoist) throw new Error('A nested list needs the level of its parent');
      return projectConnection(c, plan, args, selections, scope, scope.hoist);
    case 'computed':
      throw new Error(`${plan.type} is projected by its parent's plan`);
  }
}

/** The size a bounded list returns: its argument when given (checked against the maximum), else the default. */
export function boundedSize(plan: { bound?: RelatedPlan['bound'] }, args: Args): number {
  const bound = plan.bound;
  if (!bound) return 1;
  const asked = bound.arg ? args[bound.arg] : undefined;
  if (asked === undefined || asked === null) return bound.default;
  return pageSize(asked as number, bound.default, bound.max, bound.arg);
}

function projectRelated(
  c: Compilation,
  plan: RelatedPlan,
  scope: Scope,
  args: Args,
  selections: SelectionSetNode[],
): Cypher.Expr {
  if (plan.kind === 'one' && scope.hoist) return hoistOne(c, plan, scope, scope.hoist, args, selections);
  const { m, r, match, carried, level, inner } = matchRelated(plan, scope, args, 'MATCH');
  const type = c.schema.getType(plan.type);
  if (plan.kind === 'one' || !isObjectType(type)) {
    const projection = projectValue(c, plan.type, inner, selections);
    const clause = match.with(...carried);
    if (plan.kind === 'one')
      return Cypher.head(new Cypher.Collect(level.finish(clause.limit(int(1)), projection)));
    if (plan.distinct) clause.distinct();
    const order = (plan.order ?? BY_ID).map(([property, direction, of]): [Cypher.Expr, Direction] => [
      (of ? r : m).property(property),
      direction,
    ]);
    clause.orderBy(...order).limit(int(boundedSize(plan, args)));
    return new Cypher.Collect(level.finish(clause, projection));
  }
  return new Cypher.Collect(sortedOnItsMap(c, plan, type, inner, level, { match, r }, args, selections));
}

const BY_ID: SortKey[] = [['id', 'ASC']];

/**
 * The related items' pattern from `scope`, filtered: the related node `m` (and `r`, the relationship,
 * carried along where the target type reads it), as a fresh level below the scope.
 */
function matchRelated(plan: RelatedPlan, scope: Scope, args: Args, clause: 'MATCH' | 'OPTIONAL MATCH') {
  const m = new Cypher.Node();
  const r = new Cypher.Relationship();
  const pattern = plan.pattern(scope, m, r);
  const match = clause === 'MATCH' ? new Cypher.Match(pattern) : new Cypher.OptionalMatch(pattern);
  const where = plan.where?.(scope, m, args);
  if (where) match.where(where);
  const carried: Cypher.Variable[] = plan.withRelationship ? [m, r] : [m];
  const level = new Level();
  const inner = level.scope(m, plan.withRelationship ? { r, owner: scope.n } : {});
  return { m, r, match, carried, level, inner };
}

/**
 * A single related value (a statement's speaker) as a subquery hoisted to its parent's level,
 * `CALL (n) { OPTIONAL MATCH … WITH m LIMIT 1 RETURN m {…} AS v }`, one row whether or not it
 * matches: Neo4j plans it as an Apply (an index seek per row), where `head(COLLECT {…})` in the
 * parent's map is run as a nested plan per row, measurably slower (op 1: 1.20–1.28× the floor's
 * database time against 1.13–1.14×, interleaved runs at M). A `unique` value whose projection
 * hoists nothing of its own is lighter still: the OPTIONAL MATCH itself, in the parent's level, and
 * its map projected in the parent's (`m {…}` is null where nothing matched), as a hand-written query
 * would (op 5: 0.92× the floor's database time against 1.12× with the subquery, interleaved at M).
 */
function hoistOne(
  c: Compilation,
  plan: RelatedPlan,
  scope: Scope,
  hoist: (hoisted: Hoisted) => void,
  args: Args,
  selections: SelectionSetNode[],
): Cypher.Expr {
  const { match, carried, level, inner } = matchRelated(plan, scope, args, 'OPTIONAL MATCH');
  const projection = projectValue(c, plan.type, inner, selections);
  if (plan.unique && level.hoisted.length === 0) {
    hoist({ optional: match as Cypher.OptionalMatch });
    return projection;
  }
  const v = new Cypher.Variable();
  hoist({
    subquery: level.finish(match.with(...carried).limit(int(1)), [projection, v]),
    imports: [scope.n],
  });
  return v;
}

/**
 * A bounded list of related items sorted on the map it projects: the stored properties are read once,
 * into a map `v` that also holds any sort key not selected (as `__oN`), and the list is sorted and
 * bounded on `v`'s values; only then are the other fields (related values, counts) computed, for the
 * items kept, and the answer keeps the selected keys only. (Sorting on `m.name` reads each key again,
 * on top of the projection's reads: PROFILE counted op 1's targets at 780 db hits at M, and 0 this way.)
 */
function sortedOnItsMap(
  c: Compilation,
  plan: RelatedPlan,
  type: GraphQLObjectType,
  scope: Scope,
  level: Level,
  { match, r }: { match: Cypher.Match; r: Cypher.Relationship },
  args: Args,
  selections: SelectionSetNode[],
): Cypher.Clause {
  const m = scope.n;
  const { stored, computed, dates } = objectFields(c, type, scope, selections);
  const read = new Cypher.MapProjection(m, stored);
  const v = new Cypher.Variable();
  let sortKeysSelected = 0;
  const order = (plan.order ?? BY_ID).map(([property, direction, of], i): [Cypher.Expr, Direction] => {
    if (!of && stored.includes(property)) {
      sortKeysSelected += 1;
      return [v.property(property), direction];
    }
    const key = `__o${i}`;
    read.set({ [key]: (of ? r : m).property(property) });
    return [v.property(key), direction];
  });
  const carried: Cypher.Variable[] = plan.withRelationship ? [m, r] : [m];
  // The node goes on only where the fields computed after the sort read it.
  const kept = Object.keys(computed).length > 0 || level.hoisted.length > 0 ? carried : [];
  const keyed = plan.distinct
    ? match
        .with(...carried)
        .distinct()
        .with(...kept, [read, v])
    : match.with(...kept, [read, v]);
  const tail = keyed.orderBy(...order).limit(int(boundedSize(plan, args)));
  // The answer holds the selected keys only: `v` itself when it holds nothing else.
  const exact = Object.keys(computed).length === 0 && order.length === sortKeysSelected && dates.length === 0;
  const value = exact ? v : finalMap(v, stored, computed, dates);
  return level.finish(tail, value);
}

/** The arguments that say which list this is: everything but the page (`first`, `after`). */
export function listName(plan: ListPlan, args: Args): string {
  const filters = Object.entries(args)
    .filter(([name, value]) => name !== 'first' && name !== 'after' && value !== null && value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${plan.name}(${JSON.stringify(filters)}):${plan.direction(args)}`;
}

/** The keyset the `after` cursor stands for (its signature checked against the list's name), or null. */
function afterKeyset(plan: ListPlan, args: Args): Keyset | null {
  const after = args.after;
  if (after === null || after === undefined || after === '') return null;
  try {
    return decodeCursor(listName(plan, args), String(after));
  } catch (error) {
    if (error instanceof CursorError) throw new BadArgumentError(`after ${error.message}.`, 'after');
    throw error;
  }
}

/**
 * One page of a list, worked out once per list: its size, where it resumes (the cursor decoded and
 * its signature checked once), and whether any cursor is selected (else the rows carry no sort key
 * and id to sign one, and the connection no list name: less to read, send and decode).
 */
interface Page {
  first: number;
  after: Keyset | null;
  cursors: boolean;
}

/** The list's own subquery for one page, and the order of its rows. */
function pageSource(
  plan: ListPlan,
  args: Args,
  { first, after }: Page,
  parent: Scope | undefined,
  hoisted: boolean,
) {
  const m = new Cypher.Node();
  const key = new Cypher.Variable();
  const id = new Cypher.Variable();
  const rows = plan.rows({ m, key, id, args, after, fetch: int(first + 1), parent, hoisted });
  const order: [Cypher.Expr, Direction][] = [
    [Cypher.isNull(key), 'ASC'],
    [key, plan.direction(args)],
    [id, 'ASC'],
  ];
  return { m, key, id, call: new Cypher.Call(rows, parent ? [parent.n] : []), order };
}

/**
 * The rows of a page nested inside a subquery expression (a list in a list), in order: the list's own
 * subquery, then the page order again over those few rows, one more than asked (whether it exists
 * says whether there is a next page), as a COLLECT {} in its parent's projection. (Not hoisted: an
 * aggregation hoisted into a COLLECT {} of a projection that reads other variables is refused by Neo4j.)
 */
function nestedPageRows(
  c: Compilation,
  plan: ListPlan,
  args: Args,
  selections: readonly SelectionSetNode[],
  page: Page,
  parent: Scope,
): Cypher.Expr {
  const { m, key, id, call, order } = pageSource(plan, args, page, parent, false);
  const { first } = page;
  const level = new Level();
  const edges = edgeMaps(c, plan, level.scope(m, { read: alreadyRead(plan, args, key, id) }), selections);
  if (page.cursors) edges.set('__c', new Cypher.List([key, id]));
  const tail = call
    .with(m, key, id)
    .orderBy(...order)
    .limit(int(first + 1));
  return new Cypher.Collect(level.finish(tail, edges));
}

/**
 * A page, projected for the rows it shows only, as two subqueries hoisted to the level of the list's
 * parent (the query's start for a root list; before the parent's map is returned for a nested one):
 * the list's own subquery (which reads at most `fetch` rows, from an index in order where it can),
 * the page order again over those few rows, `first + 1` of them collected as [m, key] — the extra
 * one only says whether there is a next page (`more`) — then the first `first` of them projected.
 * Undated items sort after dated ones in either direction. (Hoisted, not a COLLECT {} in the
 * parent's map: Neo4j refuses an aggregation in a subquery expression of a projection that reads
 * other variables. A list is sliced by a parameter through UNWIND … LIMIT: cypher-builder's
 * listRange takes literal numbers.)
 */
function hoistPage(
  c: Compilation,
  plan: ListPlan,
  args: Args,
  selections: readonly SelectionSetNode[],
  page: Page,
  parent: Scope | undefined,
  hoist: (hoisted: Hoisted) => void,
): { rows: Cypher.Variable; more: Cypher.Expr } {
  const { m, key, id, call, order } = pageSource(plan, args, page, parent, true);
  const { first } = page;
  const fetched = new Cypher.Variable();
  const read = call
    .with(m, key, id)
    .orderBy(...order)
    .limit(int(first + 1))
    .return([Cypher.collect(new Cypher.List([m, key, id])), fetched]);
  hoist({ subquery: read, imports: parent ? [parent.n] : [] });

  const f = new Cypher.Variable();
  const level = new Level(true);
  const edges = edgeMaps(c, plan, level.scope(m, { read: alreadyRead(plan, args, key, id) }), selections);
  if (page.cursors) edges.set('__c', new Cypher.List([key, id]));
  const rows = new Cypher.Variable();
  const shown = new Cypher.Unwind([fetched, f])
    .with([Cypher.listIndex(f, 0), m], [Cypher.listIndex(f, 1), key], [Cypher.listIndex(f, 2), id])
    .orderBy(...order)
    .limit(int(first));
  // Each row returned on its own, then collected: Neo4j refuses an aggregation (a nested page or
  // facets hoisted inside the rows' projection) within collect()'s argument.
  const row = new Cypher.Variable();
  const collected = new Cypher.Call(level.finish(shown, [edges, row]), [fetched]).return([
    Cypher.collect(row),
    rows,
  ]);
  hoist({ subquery: collected, imports: [fetched] });
  return { rows, more: Cypher.gt(Cypher.size(fetched), int(first)) };
}

/** The stored properties a page's rows carry: the id, and the sort key where it is a property. */
function alreadyRead(plan: ListPlan, args: Args, key: Cypher.Variable, id: Cypher.Variable) {
  const property = plan.keyProperty?.(args);
  return property ? { id, [property]: key } : { id };
}

/** Per row: under each response key of `edges`, the `node` maps its selections ask for. */
function edgeMaps(
  c: Compilation,
  plan: ListPlan,
  scope: Scope,
  selections: readonly SelectionSetNode[],
): Cypher.Map {
  const connection = objectType(c, `${plan.type}Connection`);
  const edge = objectType(c, `${plan.type}Edge`);
  const row = new Cypher.Map();
  for (const [edgesKey, edgeNodes] of collectFields(c, connection, selections)) {
    if ((edgeNodes[0] as FieldNode).name.value !== 'edges') continue;
    const perEdge = new Cypher.Map();
    for (const [key, nodes] of collectFields(c, edge, subSelections(edgeNodes))) {
      if ((nodes[0] as FieldNode).name.value !== 'node') continue;
      perEdge.set(key, projectValue(c, plan.type, scope, subSelections(nodes)));
    }
    row.set(edgesKey, perEdge);
  }
  return row;
}

/**
 * A connection as a map: the rows of the page (`__rows`, none when neither edges nor pageInfo is
 * selected; a root page says whether there is a next one in `__more`, a nested one carries one row
 * more than asked), `first` and the list they belong to (for the cursors), totalCount
 * and the aggregates (facets) only when selected. totalCount is COUNT {} unless an aggregate passes
 * over every member anyway and counts them in the same pass.
 */
export function projectConnection(
  c: Compilation,
  plan: ListPlan,
  args: Args,
  selections: readonly SelectionSetNode[],
  parent: Scope | undefined,
  hoist: (hoisted: Hoisted) => void,
): Cypher.Map {
  const connection = objectType(c, `${plan.type}Connection`);
  const page: Page = {
    first: boundedSize(plan, args),
    // The cursor is checked even where no page is read (totalCount alone): a bad one is still refused.
    after: afterKeyset(plan, args),
    cursors: selectsCursor(c, plan, selections),
  };
  const fields = [...collectFields(c, connection, selections)].map(
    ([key, nodes]) => [key, (nodes[0] as FieldNode).name.value, nodes] as const,
  );
  const countTotal = fields.some(([, name]) => name === 'totalCount');
  const aggregated = new Map<string, Cypher.Expr>();
  let total: Cypher.Expr | undefined;
  for (const [key, name, nodes] of fields) {
    const aggregate = plan.aggregates?.[name];
    if (!aggregate) continue;
    const result = aggregate({
      hoist,
      members: () => {
        const m = new Cypher.Node();
        return { m, clause: plan.members({ m, args, parent }) };
      },
      args,
      selections: subSelections(nodes),
      countTotal: countTotal && !total,
      project: (typeName, n, sel, level) => projectValue(c, typeName, level.scope(n), sel),
      operation: c,
    });
    aggregated.set(key, result.value);
    total ??= result.total;
  }

  const map = new Cypher.Map({ __first: int(page.first) });
  if (page.cursors) map.set('__list', new Cypher.Param(listName(plan, args)));
  if (!selectsPage(c, plan, selections)) map.set('__rows', new Cypher.List([]));
  else if (parent && !parent.pagesHoist)
    map.set('__rows', nestedPageRows(c, plan, args, selections, page, parent));
  else {
    const hoisted = hoistPage(c, plan, args, selections, page, parent, hoist);
    map.set('__rows', hoisted.rows);
    map.set('__more', hoisted.more);
  }
  for (const [key, name] of fields) {
    if (name === 'totalCount')
      map.set(
        key,
        total ?? plan.total?.(args) ?? new Cypher.Count(plan.members({ m: new Cypher.Node(), args, parent })),
      );
    else if (aggregated.has(key)) map.set(key, aggregated.get(key) as Cypher.Expr);
    else if (name === '__typename') map.set(key, new Cypher.Literal(connection.name));
  }
  return map;
}

/** Whether the page itself is selected (edges or pageInfo), or only what is counted over all members. */
export function selectsPage(
  c: Compilation,
  plan: ListPlan,
  selections: readonly SelectionSetNode[],
): boolean {
  const connection = objectType(c, `${plan.type}Connection`);
  return [...collectFields(c, connection, selections).values()].some((nodes) =>
    PAGE_FIELDS.has((nodes[0] as FieldNode).name.value),
  );
}

const PAGE_FIELDS = new Set(['edges', 'pageInfo']);

/** Whether a cursor is selected: an edge's `cursor` or `pageInfo { endCursor }`. */
function selectsCursor(c: Compilation, plan: ListPlan, selections: readonly SelectionSetNode[]): boolean {
  const connection = objectType(c, `${plan.type}Connection`);
  const inner = { edges: objectType(c, `${plan.type}Edge`), pageInfo: objectType(c, 'PageInfo') };
  const cursorField = { edges: 'cursor', pageInfo: 'endCursor' };
  for (const nodes of collectFields(c, connection, selections).values()) {
    const name = (nodes[0] as FieldNode).name.value;
    if (name !== 'edges' && name !== 'pageInfo') continue;
    const fields = collectFields(c, inner[name], subSelections(nodes)).values();
    if ([...fields].some((sub) => (sub[0] as FieldNode).name.value === cursorField[name])) return true;
  }
  return false;
}

/** A root connection: its page and aggregates as hoisted subqueries, then the connection map. */
export function rootConnection(
  c: Compilation,
  plan: ListPlan,
  args: Args,
  selections: readonly SelectionSetNode[],
): Cypher.Clause {
  const level = new Level(true);
  const value = projectConnection(c, plan, args, selections, undefined, level.hoist);
  return level.start([value, 'value']);
}
