// Writes schema/review-cards.schema.json from the zod schemas. `--check` only reports whether
// the committed file is current (exit 1 when stale), for CI.
// Run: npx tsx scripts/generate-json-schema.ts [--check]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { jsonSchemaText } from '../src/schemas/json-schema.js';

const target = fileURLToPath(new URL('../schema/review-cards.schema.json', import.meta.url));
const shown = relative(process.cwd(), target);
const text = jsonSchemaText();

const readCurrent = (): string | undefined => {
  try {
    return readFileSync(target, 'utf8');
  } catch {
    return undefined;
  }
};

if (process.argv.includes('--check')) {
  if (readCurrent() === text) {
    console.log(`${shown} is up to date.`);
  } else {
    console.error(`${shown} is stale: run \`npm run generate\``);
    process.exitCode = 1;
  }
} else {
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`Wrote ${shown} (${text.length.toLocaleString('en')} bytes).`);
}
