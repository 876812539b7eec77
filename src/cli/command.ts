/** Where a command writes; injected so commands run in tests without spawning a process. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  cwd: string;
}

/** One subcommand of `review-cards`; `main.ts` holds the table of them. */
export interface Command {
  name: string;
  /** One line for the command list in `review-cards --help`. */
  summary: string;
  /** The command's own `--help` text. */
  help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: string[], io: CliIo): Promise<number>;
}

/** A mistake in how the command was called: reported in one line with a hint, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
