/// <reference types="node" />
import { stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

/** An argument that names no file: a missing path, or a glob or directory with nothing in it. */
export interface ArgumentProblem {
  argument: string;
  message: string;
}

export interface ExpandedFiles {
  /** Paths as given, or relative to `cwd` for glob and directory matches; each file once. */
  files: string[];
  problems: ArgumentProblem[];
}

const IGNORED = ['**/node_modules/**', '**/.git/**'];

async function matches(pattern: string, cwd: string): Promise<string[]> {
  // An absolute pattern gives absolute paths back, so each file is shown the way it was asked for.
  const found = await glob(pattern, { cwd, absolute: isAbsolute(pattern), onlyFiles: true, expandDirectories: false, ignore: IGNORED });
  return found.sort();
}

/** Turns command-line arguments (files, directories, globs) into a list of files to check. */
export async function expandFileArguments(args: readonly string[], cwd: string): Promise<ExpandedFiles> {
  const files: string[] = [];
  const problems: ArgumentProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = resolve(cwd, file);
    if (!seen.has(key)) {
      seen.add(key);
      files.push(file);
    }
  };

  for (const argument of args) {
    let kind: 'file' | 'directory' | 'missing' | 'glob';
    try {
      const stats = await stat(resolve(cwd, argument));
      kind = stats.isDirectory() ? 'directory' : 'file';
    } catch {
      // A path that exists wins over glob syntax: "data/[draft].json" is a file name too.
      kind = isDynamicPattern(argument) ? 'glob' : 'missing';
    }
    if (kind === 'file') {
      add(argument);
    } else if (kind === 'missing') {
      problems.push({ argument, message: 'file not found' });
    } else {
      // A directory is searched from inside, so its own name is never read as a pattern.
      const found =
        kind === 'directory'
          ? (await matches('**/*.json', resolve(cwd, argument))).map((file) => join(argument, file))
          : await matches(argument, cwd);
      if (found.length === 0) {
        problems.push({ argument, message: kind === 'directory' ? 'no .json files in this directory' : 'no files match this pattern' });
      }
      found.forEach(add);
    }
  }
  return { files, problems };
}
