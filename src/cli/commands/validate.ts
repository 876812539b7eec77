/// <reference types="node" />
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CliIo, type Command } from '../command.js';
import { expandFileArguments } from '../expand-files.js';
import { exitCodeFor, formatJson, formatText, summarize, type FileResult } from '../report.js';
import { JSON_LD_ELEMENTS, validateHtmlText, type JsonLdElement } from '../validate-json-ld.js';
import { validateDocumentText } from '../validate-text.js';

/** Far above any document the schema limits allow; stops a stray huge file from eating memory. */
const MAX_FILE_BYTES = 32 * 1024 * 1024;

const HELP = `Usage: review-cards validate [--strict] [--format text|json] [--element TAG] <file | directory | glob>...

Checks review-cards JSON documents (type review, claim or controversy) against the
schema, and prints each problem as file:line:column, the path in the document and
the reason. Directories are searched for *.json; quote globs such as "data/**/*.json".

schema.org JSON-LD (a .json file with @context, @type or @graph, or the
<script type="application/ld+json"> blocks of an .html page) is reported as a card
reads it: whether a card can show it, what was dropped and why, what Google's rich
results lack, and (as info) which node a card shows and why others are skipped.

Options:
  --strict             treat warnings (unknown fields, duplicate keys) as errors
  --format text|json   output format (default: text)
  --element TAG        for JSON-LD, report what this element shows: rc-review-card,
                       rc-claim-quote or rc-score-badge (default: fact checks first,
                       then reviews, then ratings)
  -h, --help           show this help

Exit status: 0 all valid, 1 some document invalid, 2 usage error or a file
missing, unreadable or not JSON.
`;

const ioIssue = (message: string): FileResult['issues'][number] => ({ path: [], message, severity: 'error', code: 'io' });

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  if (code === 'ENOENT') return 'file not found';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied';
  if (code === 'EISDIR') return 'is a directory, not a file';
  return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

// Synchronous reads: for many small files they measured several times faster than fs/promises.
function checkFile(file: string, cwd: string, strict: boolean, element: JsonLdElement | undefined): FileResult {
  const path = resolve(cwd, file);
  let text: string;
  try {
    const { size } = statSync(path);
    if (size > MAX_FILE_BYTES) {
      return { file, status: 'unreadable', issues: [ioIssue(`is too large (${size} bytes; the limit is ${MAX_FILE_BYTES})`)] };
    }
    const bytes = readFileSync(path);
    try {
      text = utf8.decode(bytes);
    } catch {
      return { file, status: 'unreadable', issues: [ioIssue('is not UTF-8 text')] };
    }
  } catch (error) {
    const message = describeReadError(error);
    return { file, status: message === 'file not found' ? 'missing' : 'unreadable', issues: [ioIssue(message)] };
  }
  const report = /\.html?$/i.test(file) ? validateHtmlText(text, { element }) : validateDocumentText(text, { strict, element });
  return { file, status: report.status, issues: report.issues };
}

function parseOptions(args: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        strict: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        element: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    // parseArgs explains itself ("Unknown option '--x'"); keep its first sentence.
    const message = error instanceof Error ? (error.message.split('. ')[0] ?? error.message) : String(error);
    throw new UsageError(message.charAt(0).toLowerCase() + message.slice(1));
  }
  const { values, positionals } = parsed;
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, not ${JSON.stringify(values.format)}`);
  }
  const element = values.element;
  if (element !== undefined && !Object.hasOwn(JSON_LD_ELEMENTS, element)) {
    throw new UsageError(`--element must be one of ${Object.keys(JSON_LD_ELEMENTS).join(', ')}, not ${JSON.stringify(element)}`);
  }
  return { strict: values.strict, format: values.format, help: values.help, patterns: positionals, element: element as JsonLdElement | undefined };
}

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check JSON documents against the review-cards schema',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const options = parseOptions(args);
    if (options.help) {
      io.stdout(HELP);
      return 0;
    }
    if (options.patterns.length === 0) throw new UsageError('name at least one file, directory or glob to validate');

    const { files, problems } = await expandFileArguments(options.patterns, io.cwd);
    const results: FileResult[] = [
      ...problems.map((p): FileResult => ({ file: p.argument, status: 'missing', issues: [ioIssue(p.message)] })),
      ...files.map((file) => checkFile(file, io.cwd, options.strict, options.element)),
    ];
    io.stdout(options.format === 'json' ? formatJson(results) : formatText(results));
    return exitCodeFor(summarize(results));
  },
};
