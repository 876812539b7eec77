// Compiles the zod schemas into src/schemas/lean/validators.generated.ts: the same checks, in the
// same order, as calls to the small node functions of src/schemas/lean/nodes.ts. The zod schemas
// stay the single source of truth; this reads their definitions and fails on anything it does not
// know, so a new kind of check cannot slip into the schemas without reaching the elements.
import type * as z from 'zod/mini';
import * as rules from '../../src/schemas/rules.js';
import { ClaimSchema } from '../../src/schemas/claim.js';
import { ControversySchema } from '../../src/schemas/controversy.js';
import { DocumentSchema } from '../../src/schemas/document.js';
import { ReviewSchema } from '../../src/schemas/review.js';
import { ScoreSchema } from '../../src/schemas/score.js';

/** What the generated module exports: a validator per top-level schema, for one element each. */
const ENTRIES: ReadonlyArray<[name: string, type: string, schema: z.ZodMiniType]> = [
  ['validateScore', 'Score', ScoreSchema],
  ['validateReview', 'Review', ReviewSchema],
  ['validateClaim', 'Claim', ClaimSchema],
  ['validateControversy', 'Controversy', ControversySchema],
  ['validateDocument', 'ReviewCardsDocument', DocumentSchema],
];

type Def = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const defOf = (s: unknown): Def => (s as { _zod: { def: Def } })._zod.def;

/** Functions the schemas call, by identity, and the name the generated code imports them by. */
const FUNCTIONS = new Map<unknown, string>([
  ...Object.entries(rules).filter(([, v]) => typeof v === 'function').map(([k, v]) => [v, k] as [unknown, string]),
  [Number.isFinite, 'Number.isFinite'],
]);

function functionName(fn: unknown, where: string): string {
  const name = FUNCTIONS.get(fn);
  if (!name) throw new Error(`${where}: a refinement that is not a named function in src/schemas/rules.ts`);
  return name;
}

/** The message a check was given (`{ message }`), if any. */
function messageOf(def: Def): string | undefined {
  const message: unknown = def['error']?.({});
  return typeof message === 'string' ? message : (message as { message?: string } | undefined)?.message;
}

const literal = (value: unknown) => JSON.stringify(value);
const withMessage = (args: unknown[], message: string | undefined) => (message === undefined ? args : [...args, message]);
const call = (name: string, args: unknown[]) => `${name}(${args.map((a) => (typeof a === 'string' && a.startsWith('\0') ? a.slice(1) : literal(a))).join(', ')})`;
const raw = (code: string) => `\0${code}`;

class Compiler {
  readonly consts: string[] = [];
  readonly used = new Set<string>();
  readonly rulesUsed = new Set<string>();
  readonly byCode = new Map<string, string>();

  /** A compiler that knows this one's nodes (to reuse them) but records its own imports. */
  fork(): Compiler {
    const next = new Compiler();
    next.consts.push(...this.consts);
    for (const [code, name] of this.byCode) next.byCode.set(code, name);
    return next;
  }

  /** Names a composite node once, so shared schemas (Agent, Source, text limits) are emitted once. */
  private share(code: string): string {
    let name = this.byCode.get(code);
    if (!name) {
      name = `n${this.byCode.size}`;
      this.byCode.set(code, name);
      this.consts.push(`const ${name} = /* @__PURE__ */ ${code};`);
    }
    return name;
  }

  private use(name: string): string {
    this.used.add(name);
    return name;
  }

  private fn(fn: unknown, where: string): string {
    const name = functionName(fn, where);
    if (!name.includes('.')) this.rulesUsed.add(name);
    return name;
  }

  private checks(checks: readonly unknown[] | undefined, where: string): string {
    const out = (checks ?? []).map((check) => {
      const def = defOf(check);
      const message = messageOf(def);
      const abort = def['abort'] === true;
      switch (def['check']) {
        case 'max_length':
          return call(this.use('maxLength'), withMessage([def['maximum'], abort], message));
        case 'min_length':
          return call(this.use('minLength'), withMessage([def['minimum'], abort], message));
        case 'overwrite':
          if (def['tx']('  a ') !== 'a') throw new Error(`${where}: an overwrite other than trim()`);
          return this.use('trim');
        case 'string_format':
          if (def['format'] !== 'regex') throw new Error(`${where}: string format ${def['format']}`);
          return call(this.use('pattern'), withMessage([raw(String(def['pattern']))], message));
        case 'greater_than':
          if (!def['inclusive']) throw new Error(`${where}: exclusive minimum`);
          return call(this.use('gte'), [def['value']]);
        case 'less_than':
          if (!def['inclusive']) throw new Error(`${where}: exclusive maximum`);
          return call(this.use('lte'), [def['value']]);
        case 'custom': {
          const rule = (check as { rule?: unknown }).rule;
          if (rule) return call(this.use('rule'), [raw(this.fn(rule, where))]);
          return call(this.use('refine'), withMessage([raw(this.fn(def['fn'], where))], message));
        }
        default:
          throw new Error(`${where}: unsupported check ${def['check']}`);
      }
    });
    return `[${out.join(', ')}]`;
  }

  node(schema: unknown, where: string): string {
    const def = defOf(schema);
    switch (def['type']) {
      case 'string':
        return this.share(call(this.use('str'), [raw(this.checks(def['checks'], where))]));
      case 'number': {
        if (def['check'] === 'number_format' && def['format'] !== 'safeint') throw new Error(`${where}: number format ${def['format']}`);
        const checks = this.checks(def['checks'], where);
        const all = def['check'] === 'number_format' ? `[${this.use('int')}${checks === '[]' ? '' : `, ${checks.slice(1, -1)}`}]` : checks;
        return this.share(call(this.use('num'), [raw(all)]));
      }
      case 'literal':
        return this.share(call(this.use('oneOf'), [def['values']]));
      case 'enum':
        return this.share(call(this.use('oneOf'), [Object.values(def['entries'])]));
      case 'optional':
        return this.share(call(this.use('optional'), [raw(this.node(def['innerType'], where))]));
      case 'array':
        return this.share(call(this.use('array'), [raw(this.node(def['element'], `${where}[]`)), raw(this.checks(def['checks'], where))]));
      case 'object': {
        const shape = Object.entries(def['shape'] as Record<string, unknown>)
          .map(([key, value]) => `${/^[A-Za-z_$][\w$]*$/.test(key) ? key : literal(key)}: ${this.node(value, `${where}.${key}`)}`)
          .join(', ');
        const checks = this.checks(def['checks'], where);
        return this.share(call(this.use('object'), checks === '[]' ? [raw(`{ ${shape} }`)] : [raw(`{ ${shape} }`), raw(checks)]));
      }
      case 'union': {
        const key = def['discriminator'];
        if (typeof key !== 'string') throw new Error(`${where}: a union without a discriminator`);
        const options = (def['options'] as unknown[]).map((option) => {
          const tag = defOf(defOf(option)['shape'][key])['values'] as unknown[];
          if (tag.length !== 1 || typeof tag[0] !== 'string') throw new Error(`${where}: discriminator ${key} is not one string literal`);
          return `${literal(tag[0])}: ${this.node(option, `${where}(${tag[0]})`)}`;
        });
        return this.share(call(this.use('union'), [key, raw(`{ ${options.join(', ')} }`)]));
      }
      default:
        throw new Error(`${where}: unsupported zod type ${def['type']}`);
    }
  }
}

const HEADER = [
  '// Generated by scripts/generate-validators.ts from the zod schemas in src/schemas; do not edit by hand.',
  '// Run `npm run generate` after changing a schema (a unit test checks this file is current).',
];

const TYPE_MODULE: Record<string, string> = {
  Score: '../score.js',
  Review: '../review.js',
  Claim: '../claim.js',
  Controversy: '../controversy.js',
  ReviewCardsDocument: '../document.js',
};

function validatorExport([name, type]: (typeof ENTRIES)[number], node: string): string {
  const zodName = type === 'ReviewCardsDocument' ? 'DocumentSchema' : `${type}Schema`;
  return `/** Validates a ${type} like \`validate(${zodName}, input)\`, without zod. */\nexport const ${name} = (input: unknown): ValidationResult<${type}> => validateWith(${node}, input);`;
}

function moduleText(compiler: Compiler, consts: string[], exported: string[], types: string[], extraImports: string[], exportConsts: boolean): string {
  // Import only what this module's own code names (a fork also walked nodes it then reused).
  const body = [...consts, ...exported].join('\n');
  const named = (name: string) => new RegExp(`(?<![\\w$.])${name.replace('$', '\\$')}\\b`).test(body);
  const rules = [...compiler.rulesUsed].filter(named).sort();
  return [
    ...HEADER,
    `import { ${[...compiler.used, 'validateWith'].filter(named).sort().join(', ')} } from './nodes.js';`,
    ...(rules.length ? [`import { ${rules.join(', ')} } from '../rules.js';`] : []),
    ...extraImports,
    `import type { ValidationResult } from '../validate.js';`,
    ...types.map((t) => `import type { ${t} } from '${TYPE_MODULE[t]}';`),
    '',
    ...consts.map((c) => (exportConsts ? `export ${c}` : c)),
    '',
    ...exported.flatMap((e) => [e, '']),
  ]
    .join('\n')
    .replace(/\n+$/, '\n');
}

/**
 * The generated modules' text, exactly as committed: the score validator on its own (the badge needs
 * nothing else), and the document validators, which reuse the score nodes.
 */
export function leanValidatorsSources(): { score: string; documents: string } {
  const [scoreEntry, ...documentEntries] = ENTRIES;
  const scoreCompiler = new Compiler();
  const scoreNode = scoreCompiler.node(scoreEntry![2], scoreEntry![1]);
  const scoreConsts = [...scoreCompiler.consts];
  const score = moduleText(scoreCompiler, scoreConsts, [validatorExport(scoreEntry!, scoreNode)], ['Score'], [], true);

  // Continue with the same compiler, so every node the score module has is reused by name.
  const documentCompiler = scoreCompiler.fork();
  const nodes = documentEntries.map((entry) => documentCompiler.node(entry[2], entry[1]));
  const ownBody = [...documentCompiler.consts.slice(scoreConsts.length), ...nodes].join('\n');
  const reused = scoreConsts
    .map((c) => c.slice('const '.length, c.indexOf(' =')))
    .filter((name) => new RegExp(`\\b${name}\\b`).test(ownBody));
  const documents = moduleText(
    documentCompiler,
    documentCompiler.consts.slice(scoreConsts.length),
    [
      "export { validateScore } from './score-validator.generated.js';",
      ...documentEntries.map((entry, i) => validatorExport(entry, nodes[i]!)),
    ],
    documentEntries.map(([, type]) => type),
    reused.length ? [`import { ${reused.join(', ')} } from './score-validator.generated.js';`] : [],
    false,
  );
  return { score, documents };
}
