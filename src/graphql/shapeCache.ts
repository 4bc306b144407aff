import { isDeepStrictEqual } from 'node:util';
import {
  type FieldNode,
  type GraphQLResolveInfo,
  getArgumentValues,
  getNamedType,
  isScalarType,
  typeFromAST,
} from 'graphql';

/** A root field's query: its text and parameters. */
export interface Built {
  cypher: string;
  params: Record<string, unknown>;
}

/** Builds a root field's query from the variables and the field's arguments (null: no query). */
export type Build = (variables: Record<string, unknown>, args: Record<string, unknown>) => Built | null;

/** A query text reused for a shape, and its parameters with the variables' values still to bind. */
interface Template {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * Value-only variables are these scalars, when truthy (an empty text or a zero is kept in the key by
 * value, as code may test a value's truthiness); booleans and enums are kept in the key by value.
 */
const VALUE_SCALARS = new Set(['String', 'ID', 'Int', 'Float', 'Date']);
/** Shapes kept per field of a document (its @include/@skip, enums and present filters vary them). */
const SHAPES_PER_FIELD = 32;

/** Who a stand-in stands for: looked up by identity, which touches none of its traps. */
const standsFor = new WeakMap<object, string>();

const refuse = (): never => {
  throw new Error('a value-only variable was looked at');
};

/**
 * A stand-in for a variable's value that throws on anything but being passed along: reading a
 * property, converting it to a string or a number (String(), `+`, `<`, `${}`), JSON, `in`. Code that
 * only puts it into a `Cypher.Param` passes; code that looks at the value fails.
 */
function standIn(name: string): object {
  const trap = refuse as never;
  const proxy = new Proxy(Object.create(null) as object, {
    get: trap,
    has: trap,
    ownKeys: trap,
    set: trap,
    getOwnPropertyDescriptor: trap,
    defineProperty: trap,
    deleteProperty: trap,
    getPrototypeOf: trap,
  });
  standsFor.set(proxy, name);
  return proxy;
}

/** The parameters with every stand-in replaced by its variable's value (in lists and maps too). */
function bind(value: unknown, variables: Record<string, unknown>): unknown {
  if (value === null || typeof value !== 'object') return value;
  const name = standsFor.get(value);
  if (name !== undefined) return variables[name];
  if (Array.isArray(value)) return value.map((v) => bind(v, variables));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bind(v, variables)]));
}

/**
 * Reuses a root field's Cypher across requests whose variables give it the same shape, never keyed
 * by a value that is only a parameter (which would serve only a client that repeats itself).
 *
 * The key: the field's node in the parsed document (Apollo's document store hands back the same
 * document for the same text: its operation, fragments, literals and aliases), and per variable of
 * the operation whether it is null, and the value itself of booleans (@include/@skip), enums (orders,
 * stances), lists, input objects, empty texts and zeros. The values of the other scalars (ids, texts,
 * numbers, dates) are not in it, only which of them are equal to each other: the first time a shape is seen, it is built once more with a stand-in for each of
 * them that throws when anything looks at it. If that build succeeds, the planner put those values
 * into parameters and nothing else (no branch, no check, no derived value depends on them), so the
 * text holds for any value, and a later request binds its own values to the same parameters. As a
 * second guard, the stand-in build must equal the request's own, text and bound parameters. Any
 * failure marks the shape as built every time, as before: a page after a cursor (it is decoded and
 * checked), a search text (made into a Lucene query), `node(id:)` (its prefix names the label), a
 * variable page size (checked against the maximum).
 */
export class ShapeCache {
  private readonly shapes = new WeakMap<FieldNode, Map<string, Template | null>>();

  build(info: GraphQLResolveInfo, args: Record<string, unknown>, build: Build): Built | null {
    const field = info.fieldNodes[0] as FieldNode;
    const variables = info.variableValues;
    const { key, valueOnly } = this.key(info);
    let byKey = this.shapes.get(field);
    if (!byKey) this.shapes.set(field, (byKey = new Map()));
    const template = byKey.get(key);
    if (template)
      return { cypher: template.cypher, params: bind(template.params, variables) as Built['params'] };
    const built = build(variables, args);
    if (template === undefined && built && byKey.size < SHAPES_PER_FIELD)
      byKey.set(key, this.template(info, valueOnly, built, build));
    return built;
  }

  /** The shape's key, and the variables whose values are left out of it. */
  private key(info: GraphQLResolveInfo): { key: string; valueOnly: string[] } {
    const parts: string[] = [];
    const valueOnly: string[] = [];
    for (const definition of info.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      const value = info.variableValues[name];
      const type = typeFromAST(info.schema, definition.type as never);
      const named = type ? getNamedType(type) : undefined;
      if (value === null || value === undefined) parts.push(`${name}:null`);
      else if (
        value &&
        named &&
        isScalarType(named) &&
        VALUE_SCALARS.has(named.name) &&
        !Array.isArray(value)
      ) {
        // Which earlier value-only variable it equals, if any (`from === to` is a shape of its own).
        const same = valueOnly.find((other) => info.variableValues[other] === value);
        parts.push(same ? `${name}:value=${same}` : `${name}:value`);
        valueOnly.push(name);
      } else parts.push(`${name}=${JSON.stringify(value)}`);
    }
    return { key: parts.join(','), valueOnly };
  }

  /** The shape's text with stand-ins for its value-only variables, or null when that does not hold. */
  private template(
    info: GraphQLResolveInfo,
    valueOnly: string[],
    built: Built,
    build: Build,
  ): Template | null {
    const variables = { ...info.variableValues };
    for (const name of valueOnly) variables[name] = standIn(name);
    try {
      const definition = info.parentType.getFields()[info.fieldName];
      if (!definition) return null;
      const args = getArgumentValues(definition, info.fieldNodes[0] as FieldNode, variables);
      const generic = build(variables, args);
      if (!generic || generic.cypher !== built.cypher) return null;
      if (!isDeepStrictEqual(bind(generic.params, info.variableValues), built.params)) return null;
      return generic;
    } catch {
      // A stand-in was looked at (or code that checked a value's type failed on one): built every time.
      return null;
    }
  }
}
