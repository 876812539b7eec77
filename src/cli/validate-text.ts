import { parse, type DocumentNode, type MemberNode, type Node, type ValueNode } from '@humanwhocodes/momoa';
import { DocumentSchema } from '../schemas/document.js';
import { validateDocument } from '../schemas/lean/validators.generated.js';
import type { IssuePath, ValidationIssue } from '../schemas/validate.js';
import { unknownFieldsIn } from './unknown-fields.js';
import type { LocatedIssue, TextReport } from './text-report.js';
import { looksLikeJsonLd, reportJsonLd, type JsonLdElement } from './validate-json-ld.js';

export type { LocatedIssue, TextReport, TextStatus } from './text-report.js';

export interface ValidateTextOptions {
  /** Warnings (unknown fields, duplicate keys) count as errors. */
  strict?: boolean;
  /** For schema.org JSON-LD: report what this element would show (default: as the adapter picks). */
  element?: JsonLdElement;
}

interface Position {
  line: number;
  column: number;
}

const TOKEN_NAMES: Record<string, string> = {
  LBrace: '"{"', RBrace: '"}"', LBracket: '"["', RBracket: '"]"', Colon: '":"', Comma: '","',
  String: 'a string', Number: 'a number', Boolean: 'true or false', Null: 'null',
};

/** momoa's "Unexpected token RBrace found. (2:8)" in plain words, without the position. */
function describeSyntaxError(message: string): string {
  const text = message.replace(/\s*\(\d+:\d+\)$/, '').replace(/\.$/, '');
  const token = /^Unexpected token (\w+) found$/.exec(text);
  if (token?.[1]) return `unexpected ${TOKEN_NAMES[token[1]] ?? token[1]}`;
  const char = /^Unexpected character '([\s\S])' found$/.exec(text);
  if (char?.[1] !== undefined) {
    const code = char[1].charCodeAt(0);
    return `unexpected character ${code < 0x20 || code === 0x7f ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : `'${char[1]}'`}`;
  }
  if (/^Unexpected end of input found$/.test(text)) return 'unexpected end of the file';
  return text.charAt(0).toLowerCase() + text.slice(1);
}

function positionOfOffset(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}

/** The offset of a comma that only whitespace separates from `offset`, or -1. */
function trailingCommaBefore(text: string, offset: number): number {
  let i = offset - 1;
  while (i >= 0 && /\s/.test(text.charAt(i))) i--;
  return text.charAt(i) === ',' ? i : -1;
}

function syntaxIssue(message: string, at: Position): LocatedIssue {
  return { path: [], message: `is not valid JSON: ${message}`, severity: 'error', code: 'syntax', ...at };
}

/** The text as a JSON value and its syntax tree, or the syntax error with its position. */
function parseJson(text: string): { value: unknown; ast: DocumentNode } | { error: LocatedIssue } {
  if (text.trim() === '') return { error: syntaxIssue('the file is empty', { line: 1, column: 1 }) };
  let ast: DocumentNode;
  try {
    ast = parse(text, { mode: 'json' });
  } catch (error) {
    const { line, column, offset, message } = error as { line?: unknown; column?: unknown; offset?: unknown; message?: unknown };
    const at = typeof line === 'number' && typeof column === 'number' ? { line, column } : { line: 1, column: 1 };
    const reason = describeSyntaxError(String(message));
    // The commonest slip in hand-written JSON: point at the comma itself.
    const comma = typeof offset === 'number' ? trailingCommaBefore(text, offset) : -1;
    if (comma >= 0 && /^unexpected "[}\]]"$/.test(reason)) {
      return { error: syntaxIssue(`trailing comma before ${reason.slice('unexpected '.length)}`, positionOfOffset(text, comma)) };
    }
    return { error: syntaxIssue(reason, at) };
  }
  try {
    // JSON.parse gives the exact value (and own `__proto__` keys); momoa alone only locates.
    return { value: JSON.parse(text) as unknown, ast };
  } catch (error) {
    // momoa lets raw control characters in strings through; JSON.parse does not.
    const message = error instanceof Error ? error.message : String(error);
    const offset = /at position (\d+)/.exec(message)?.[1];
    const at = offset === undefined ? { line: 1, column: 1 } : positionOfOffset(text, Number(offset));
    return { error: syntaxIssue(message.replace(/ in JSON at position \d+.*$/s, '').toLowerCase(), at) };
  }
}

const memberName = (member: MemberNode): string => (member.name.type === 'String' ? member.name.value : member.name.name);

const start = (node: Node): Position => ({ line: node.loc.start.line, column: node.loc.start.column });

/**
 * Where `path` points in the tree: the value at the path, the key itself for a field reported as
 * unknown or duplicated, or the nearest enclosing value when the field is missing.
 */
export function locatePath(ast: DocumentNode, path: IssuePath, atKey = false): Position {
  let node: ValueNode = ast.body;
  for (const [i, key] of path.entries()) {
    let next: Node | undefined;
    let keyNode: Node | undefined;
    if (node.type === 'Object' && typeof key === 'string') {
      // The last member wins, as in JSON.parse.
      const member = [...node.members].reverse().find((m) => memberName(m) === key);
      next = member?.value;
      keyNode = member?.name;
    } else if (node.type === 'Array' && typeof key === 'number') {
      next = node.elements[key]?.value;
    }
    if (!next) return start(node);
    if (atKey && keyNode && i === path.length - 1) return start(keyNode);
    node = next as ValueNode;
  }
  return start(node);
}

/** Keys given twice in one object: JSON.parse keeps the last, silently dropping the others. */
function duplicateKeys(ast: DocumentNode): LocatedIssue[] {
  const found: LocatedIssue[] = [];
  const visit = (node: ValueNode, path: Array<string | number>): void => {
    if (node.type === 'Array') {
      node.elements.forEach((element, i) => visit(element.value, [...path, i]));
    } else if (node.type === 'Object') {
      const seen = new Map<string, Node>();
      for (const member of node.members) {
        const key = memberName(member);
        const earlier = seen.get(key);
        if (earlier) {
          found.push({
            path: [...path, key],
            message: `is given more than once (also at ${start(member.name).line}:${start(member.name).column}); only the last is used`,
            severity: 'warning',
            code: 'duplicate-key',
            ...start(earlier),
          });
        }
        seen.set(key, member.name);
        visit(member.value, [...path, key]);
      }
    }
  };
  visit(ast.body, []);
  return found;
}

const byPosition = (a: LocatedIssue, b: LocatedIssue) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);

/** Validates one JSON document given as text: parse, check with DocumentSchema, locate every issue. */
export function validateDocumentText(text: string, options: ValidateTextOptions = {}): TextReport {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const parsed = parseJson(source);
  if ('error' in parsed) return { status: 'not-json', issues: [parsed.error] };

  if (looksLikeJsonLd(parsed.value)) {
    // schema.org JSON-LD: what a card makes of it, each issue at its place in the text.
    const issues = reportJsonLd(source, { element: options.element })
      .map((issue): LocatedIssue => ({ ...issue, ...locatePath(parsed.ast, issue.path) }))
      .map((issue): LocatedIssue => (options.strict && issue.severity === 'warning' ? { ...issue, severity: 'error' } : issue))
      .sort(byPosition);
    return { status: issues.some((issue) => issue.severity === 'error') ? 'invalid' : 'valid', issues };
  }
  // The elements' compiled validator: the CLI judges a file exactly as the browser will.
  const result = validateDocument(parsed.value);
  const located = (issue: ValidationIssue): LocatedIssue => ({
    ...issue,
    ...locatePath(parsed.ast, issue.path, issue.code === 'unknown-field'),
  });
  const errors = result.ok ? [] : result.issues.map(located);
  const unknown = result.ok ? result.warnings : unknownFieldsIn(DocumentSchema, parsed.value);
  const warnings = [...unknown.map(located), ...duplicateKeys(parsed.ast)].map(
    (issue): LocatedIssue => (options.strict ? { ...issue, severity: 'error' } : issue),
  );
  const issues = [...errors, ...warnings].sort(byPosition);
  const status = issues.some((issue) => issue.severity === 'error') ? 'invalid' : 'valid';
  return { status, issues };
}
