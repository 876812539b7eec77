import type * as z from 'zod/mini';
import type { IssuePath, ValidationIssue } from '../schemas/validate.js';
import { isPlainObject } from '../schemas/guards.js';

type Def = {
  type: string;
  innerType?: z.core.$ZodType;
  element?: z.core.$ZodType;
  shape?: Record<string, z.core.$ZodType>;
  options?: readonly z.core.$ZodType[];
  discriminator?: string;
};

/**
 * Fields the schema does not know, read from the schema's own shapes. `validate` finds them by
 * comparing zod's output with the input, which only exists for a valid document; this works on an
 * invalid one too, where a misspelt field is often the cause of the error ("itemReviewd").
 */
export function unknownFieldsIn(schema: z.core.$ZodType, input: unknown, path: IssuePath = []): ValidationIssue[] {
  const def = schema._zod.def as Def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return def.innerType ? unknownFieldsIn(def.innerType, input, path) : [];
    case 'array':
      return Array.isArray(input) && def.element
        ? input.flatMap((item, i) => unknownFieldsIn(def.element!, item, [...path, i]))
        : [];
    case 'object': {
      if (!isPlainObject(input) || !def.shape) return [];
      const shape = def.shape;
      return Object.keys(input).flatMap((key) =>
        Object.hasOwn(shape, key)
          ? unknownFieldsIn(shape[key]!, input[key], [...path, key])
          : [{ path: [...path, key], message: 'is not a known field (ignored)', severity: 'warning' as const, code: 'unknown-field' }],
      );
    }
    case 'union': {
      // Only a discriminated union says which branch applies; a plain union is left alone.
      const discriminator = def.discriminator;
      if (!discriminator || !isPlainObject(input)) return [];
      const value = input[discriminator];
      const branch = def.options?.find((option) => option._zod.propValues?.[discriminator]?.has(value as never));
      return branch ? unknownFieldsIn(branch, input, path) : [];
    }
    default:
      return [];
  }
}
