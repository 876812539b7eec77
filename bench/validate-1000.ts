// How long `review-cards validate` takes on 1,000 documents (a third each review, claim and
// controversy; ~1 MB). Not a test: timings depend on the machine. Run: npx tsx bench/validate-1000.ts
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/main.js';
import { validateDocumentText } from '../src/cli/validate-text.js';
import { validClaim, validControversy, validReview } from '../tests/unit/schemas/documents.js';

const COUNT = 1_000;
const ROUNDS = 7;
const dir = mkdtempSync(join(tmpdir(), 'rc-bench-'));
const makers = [validReview, validClaim, validControversy];
const texts = Array.from({ length: COUNT }, (_, i) => JSON.stringify(makers[i % 3]!(), null, 2));
mkdirSync(join(dir, 'docs'));
texts.forEach((text, i) => writeFileSync(join(dir, 'docs', `doc-${i}.json`), text));
const bytes = texts.reduce((sum, text) => sum + text.length, 0);

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const time = async (task: () => unknown) => {
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    const usage = process.cpuUsage();
    await task();
    const used = process.cpuUsage(usage);
    wall.push(performance.now() - start);
    cpu.push((used.user + used.system) / 1000);
  }
  return `median ${median(wall).toFixed(0)} ms wall, ${median(cpu).toFixed(0)} ms CPU`;
};

const quiet = { stdout: () => {}, stderr: () => {}, cwd: dir };
console.log(`${COUNT} documents, ${(bytes / 1e6).toFixed(2)} MB`);
console.log(`validateDocumentText (parse, validate, locate): ${await time(() => texts.forEach((t) => validateDocumentText(t)))}`);
console.log(`run(['validate', 'docs/*.json']) in process:    ${await time(() => run(['validate', 'docs/*.json'], quiet))}`);
const root = fileURLToPath(new URL('..', import.meta.url));
const main = join(root, 'src/cli/main.ts');
console.log(`spawned node --import tsx src/cli/main.ts:      ${await time(() =>
  // From the repository, where `tsx` resolves; an exit status other than 0 throws.
  execFileSync(process.execPath, ['--import', 'tsx', main, 'validate', join(dir, 'docs/*.json')], { cwd: root, stdio: 'ignore' }))}`);
rmSync(dir, { recursive: true, force: true });
