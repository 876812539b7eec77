#!/usr/bin/env node
// The installed command: runs the built CLI (see src/cli/main.ts).
import { run } from '../dist/cli/main.js';

process.exitCode = await run(process.argv.slice(2));
