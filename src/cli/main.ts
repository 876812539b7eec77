/// <reference types="node" />
// The `review-cards` command. Built to dist/cli/main.js for bin/review-cards.js; in development
// run it as `npx tsx src/cli/main.ts` (or `node --import tsx src/cli/main.ts`).
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, type CliIo, type Command } from './command.js';
import { validateCommand } from './commands/validate.js';
import { renderCommand } from './commands/render.js';

/** Every subcommand, by name; a new one (such as `render`) is one more entry. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  [validateCommand.name, validateCommand],
  [renderCommand.name, renderCommand],
]);

const PROGRAM = 'review-cards';

function version(): string {
  // package.json sits two levels up from both src/cli/main.ts and dist/cli/main.js. A path, not
  // new URL('…', import.meta.url), which Vite would inline as a data: URL that readFileSync rejects.
  const here = dirname(fileURLToPath(import.meta.url));
  const pkg = JSON.parse(readFileSync(join(here, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
  return String(pkg.version);
}

function help(): string {
  const width = Math.max(...[...COMMANDS.keys()].map((name) => name.length));
  const list = [...COMMANDS.values()].map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `Usage: ${PROGRAM} <command> [options]

Commands:
${list}

Options:
  -h, --help     show this help; ${PROGRAM} <command> --help for a command's own
  -v, --version  show the version

Exit status: 0 success, 1 invalid documents, 2 usage or file problems.
`;
}

export const processIo = (): CliIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  cwd: process.cwd(),
});

/** Runs the CLI with `argv` (without node and the script) and resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
      io[first === undefined ? 'stderr' : 'stdout'](help());
      return first === undefined ? 2 : 0;
    }
    if (first === '-v' || first === '--version') {
      io.stdout(`${version()}\n`);
      return 0;
    }
    const command = COMMANDS.get(first);
    if (!command) throw new UsageError(first.startsWith('-') ? `unknown option ${first}` : `unknown command "${first}"`);
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const hint = first !== undefined && COMMANDS.has(first) ? `${PROGRAM} ${first} --help` : `${PROGRAM} --help`;
      io.stderr(`${PROGRAM}: ${error.message}\nSee ${hint}.\n`);
      return 2;
    }
    // A bug, not a user error: say so in one line rather than a stack trace.
    io.stderr(`${PROGRAM}: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

function invokedDirectly(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (invokedDirectly()) process.exitCode = await run(process.argv.slice(2));
