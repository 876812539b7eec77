// Writes src/schemas/lean/*.generated.ts from the zod schemas. `--check` only reports whether the
// committed files are current (exit 1 when stale).
// Run: npx tsx scripts/generate-validators.ts [--check]
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { leanValidatorsSources } from './lib/compile-validators.js';

const sources = leanValidatorsSources();
const files = [
  ['score-validator.generated.ts', sources.score],
  ['validators.generated.ts', sources.documents],
] as const;

for (const [name, text] of files) {
  const target = fileURLToPath(new URL(`../src/schemas/lean/${name}`, import.meta.url));
  const shown = relative(process.cwd(), target);
  let current: string | undefined;
  try {
    current = readFileSync(target, 'utf8');
  } catch {
    current = undefined;
  }
  if (process.argv.includes('--check')) {
    if (current === text) console.log(`${shown} is up to date.`);
    else {
      console.error(`${shown} is stale: run \`npm run generate\``);
      process.exitCode = 1;
    }
  } else {
    writeFileSync(target, text);
    console.log(`Wrote ${shown} (${text.length.toLocaleString('en')} bytes).`);
  }
}
