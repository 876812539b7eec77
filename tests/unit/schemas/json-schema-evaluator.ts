// A small JSON Schema (2020-12) evaluator for the keywords our generated schema uses, so tests can
// check what the schema accepts without a validator dependency. An unknown keyword throws, so a
// new construct in the generated file is noticed instead of silently passing.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonSchema = boolean | { [keyword: string]: unknown };

const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default']);

const isObject = (v: unknown): v is Record<string, Json> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'object': return isObject(value);
    case 'array': return Array.isArray(value);
    case 'string': return typeof value === 'string';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'integer': return Number.isInteger(value);
    case 'boolean': return typeof value === 'boolean';
    case 'null': return value === null;
    default: throw new Error(`unsupported type ${type}`);
  }
}

/** Error messages with JSON Pointer-ish paths; an empty list means the value is valid. */
export function evaluate(root: JsonSchema, value: unknown): string[] {
  const errors: string[] = [];

  const resolve = (ref: string): JsonSchema => {
    const match = /^#\/\$defs\/([^/]+)$/.exec(ref);
    const defs = typeof root === 'object' ? (root.$defs as Record<string, JsonSchema> | undefined) : undefined;
    const target = match?.[1] !== undefined ? defs?.[match[1]] : undefined;
    if (target === undefined) throw new Error(`unresolvable $ref ${ref}`);
    return target;
  };

  const check = (schema: JsonSchema, v: unknown, at: string): boolean => {
    if (schema === true) return true;
    if (schema === false) return fail(at, 'is not allowed');
    let ok = true;
    for (const [keyword, arg] of Object.entries(schema)) {
      if (ANNOTATIONS.has(keyword)) continue;
      if (!apply(keyword, arg, v, at)) ok = false;
    }
    return ok;
  };

  const fail = (at: string, why: string): false => {
    errors.push(`${at || '/'} ${why}`);
    return false;
  };

  // Runs a subschema without recording its errors (for oneOf / anyOf branches).
  const quietly = (schema: JsonSchema, v: unknown, at: string): boolean => {
    const mark = errors.length;
    const ok = check(schema, v, at);
    errors.length = mark;
    return ok;
  };

  const apply = (keyword: string, arg: unknown, v: unknown, at: string): boolean => {
    switch (keyword) {
      case '$ref': return check(resolve(arg as string), v, at);
      case 'type': {
        const types = Array.isArray(arg) ? (arg as string[]) : [arg as string];
        return types.some((t) => typeMatches(t, v)) || fail(at, `must be ${types.join(' or ')}`);
      }
      case 'const': return JSON.stringify(v) === JSON.stringify(arg) || fail(at, `must be ${JSON.stringify(arg)}`);
      case 'enum': return (arg as Json[]).some((e) => JSON.stringify(e) === JSON.stringify(v)) || fail(at, 'is not in the enum');
      case 'minLength': return typeof v !== 'string' || [...v].length >= (arg as number) || fail(at, 'is too short');
      case 'maxLength': return typeof v !== 'string' || [...v].length <= (arg as number) || fail(at, 'is too long');
      case 'pattern': return typeof v !== 'string' || new RegExp(arg as string, 'u').test(v) || fail(at, 'does not match the pattern');
      case 'minimum': return typeof v !== 'number' || v >= (arg as number) || fail(at, 'is too small');
      case 'maximum': return typeof v !== 'number' || v <= (arg as number) || fail(at, 'is too big');
      case 'exclusiveMinimum': return typeof v !== 'number' || v > (arg as number) || fail(at, 'is too small');
      case 'exclusiveMaximum': return typeof v !== 'number' || v < (arg as number) || fail(at, 'is too big');
      case 'minItems': return !Array.isArray(v) || v.length >= (arg as number) || fail(at, 'has too few items');
      case 'maxItems': return !Array.isArray(v) || v.length <= (arg as number) || fail(at, 'has too many items');
      case 'items': return !Array.isArray(v) || v.map((item, i) => check(arg as JsonSchema, item, `${at}/${i}`)).every(Boolean);
      case 'required':
        return !isObject(v) || (arg as string[]).map((k) => Object.hasOwn(v, k) || fail(`${at}/${k}`, 'is required')).every(Boolean);
      case 'properties': {
        if (!isObject(v)) return true;
        const props = arg as Record<string, JsonSchema>;
        return Object.keys(props).filter((k) => Object.hasOwn(v, k)).map((k) => check(props[k]!, v[k], `${at}/${k}`)).every(Boolean);
      }
      case 'additionalProperties': {
        if (!isObject(v)) return true;
        throw new Error('additionalProperties is not expected in the input schema');
      }
      case 'anyOf': return (arg as JsonSchema[]).some((s) => quietly(s, v, at)) || fail(at, 'matches none of anyOf');
      case 'oneOf': {
        const matches = (arg as JsonSchema[]).filter((s) => quietly(s, v, at)).length;
        return matches === 1 || fail(at, `matches ${matches} of oneOf, not exactly one`);
      }
      case 'allOf': return (arg as JsonSchema[]).map((s) => check(s, v, at)).every(Boolean);
      default: throw new Error(`unsupported keyword ${keyword}`);
    }
  };

  check(root, value, '');
  return errors;
}
