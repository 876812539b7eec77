/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError, type CliIo, type Command } from '../command.js';

const HELP = `Usage: review-cards render [options] <file.json>

Prints the HTML a server sends for one document: the element with its declarative
shadow DOM (readable without JavaScript) and the data as a child script, so the
element hydrates in the browser without rendering again. The tag follows the
document's "type" (review → rc-review-card, claim → rc-claim-quote,
controversy → rc-controversy-summary, a bare score → rc-score-badge); schema.org
JSON-LD is converted first. Use "-" to read the document from standard input.

Options:
  --tag <name>        render under this tag instead
  --lang <tag>        the element's lang (UI strings, dates, numbers); default en
  --theme <theme>     auto (default), light or dark
  --page              print a whole HTML page, not just the element
  --script <url>      with --page: a module script to load (repeatable), e.g.
                      --script /hydrate-support.js --script /review-cards.js
  --json-ld <file>    put this schema.org JSON-LD in the element for search engines
  --no-data           leave out the data script (HTML no script will upgrade)
  -h, --help          show this help

Exit status: 0 rendered, 1 rendered the error state (the document is invalid;
its problems go to standard error), 2 usage error or unreadable file.
`;

function parseOptions(args: string[]) {
  try {
    return parseArgs({
      args,
      allowPositionals: true,
      options: {
        tag: { type: 'string' },
        lang: { type: 'string' },
        theme: { type: 'string' },
        page: { type: 'boolean' },
        script: { type: 'string', multiple: true },
        'json-ld': { type: 'string' },
        'no-data': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\. To specify a positional.*$/s, '') : String(error));
  }
}

async function readJson(file: string, io: CliIo, stdin: () => Promise<string>): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await stdin() : await readFile(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    throw new UsageError(code === 'ENOENT' ? `${file}: file not found` : `${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new UsageError(`${file}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

const THEMES = new Set(['auto', 'light', 'dark']);

export const renderCommand: Command = {
  name: 'render',
  summary: 'print the server-rendered HTML (declarative shadow DOM) of a document',
  help: HELP,
  async run(args: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseOptions(args);
    if (values.help) {
      io.stdout(HELP);
      return 0;
    }
    if (positionals.length !== 1) throw new UsageError(positionals.length ? 'render takes one file' : 'no file given');
    if (values.theme !== undefined && !THEMES.has(values.theme)) throw new UsageError(`--theme must be auto, light or dark, not "${values.theme}"`);
    if (values.script && !values.page) throw new UsageError('--script needs --page');

    const file = positionals[0]!;
    const data = await readJson(file, io, readStdin);
    const jsonLd = values['json-ld'] === undefined ? undefined : await readJson(values['json-ld'], io, readStdin);
    if (jsonLd !== undefined && (typeof jsonLd !== 'object' || jsonLd === null)) throw new UsageError(`${values['json-ld']}: is not a JSON-LD object`);

    // Loaded here, not at the top: it registers the elements and pulls in @lit-labs/ssr, which
    // `validate` and `--help` do not need.
    const ssr = await import('../../ssr/index.js');
    const tag = values.tag ?? ssr.tagFor(data);
    if (!tag) {
      throw new UsageError(`${file}: cannot tell which element renders it (no "type" of review, claim or controversy, no score "kind", no convertible JSON-LD); pass --tag`);
    }
    const options = {
      tag,
      ...(values.lang !== undefined && { lang: values.lang }),
      ...(values.theme !== undefined && { theme: values.theme as 'auto' | 'light' | 'dark' }),
      ...(values['no-data'] && { embedData: false }),
      ...(jsonLd !== undefined && { jsonLd: jsonLd as object }),
    };
    let html: string;
    try {
      html = ssr.renderToString(tag, data, options);
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message.replace(/^renderToString: /, '') : String(error));
    }
    const issues = ssr.problemsFor(tag, data);
    io.stdout(
      values.page
        ? ssr.renderDocumentHtml(html, { lang: values.lang ?? 'en', title: ssr.titleOf(data) ?? file, scripts: values.script ?? [] })
        : `${html}\n`,
    );
    if (issues.length) {
      io.stderr(`${file}: rendered the error state; the document is invalid:\n${issues.map((i) => `  ${i}\n`).join('')}`);
      return 1;
    }
    return 0;
  },
};
