// A tiny check recorder shared by the stage scripts: each check is one "test"
// in the totals that scripts/test.mjs prints.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export function createChecks(prefix) {
  const results = [];
  const log = (ok, name, detail) =>
    console.log(`${ok ? '  ✔' : '  ✖'} ${prefix}: ${name}${detail ? ` — ${detail}` : ''}`);
  return {
    results,
    /** Records one check; `fn` may return a detail string, throw to fail. */
    async check(name, fn) {
      const start = performance.now();
      try {
        const detail = await fn();
        const ms = Math.round(performance.now() - start);
        results.push({ name, ok: true, ms });
        log(true, name, typeof detail === 'string' ? detail : ms > 500 ? `${(ms / 1000).toFixed(1)} s` : '');
        return true;
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        results.push({ name, ok: false, detail });
        log(false, name, detail);
        return false;
      }
    },
    fail(name, detail) {
      results.push({ name, ok: false, detail });
      log(false, name, detail);
    },
    get passed() {
      return results.filter((r) => r.ok).length;
    },
    get failed() {
      return results.filter((r) => !r.ok).length;
    },
    /** Writes {passed, failed, results} where scripts/test.mjs asked for it (CHECKS_FILE). */
    finish(file = process.env.CHECKS_FILE) {
      const summary = { passed: this.passed, failed: this.failed, results };
      if (file) {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, JSON.stringify(summary, null, 2) + '\n');
      }
      console.log(`${prefix}: ${summary.passed} passed, ${summary.failed} failed`);
      process.exitCode = summary.failed ? 1 : 0;
      return summary;
    },
  };
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}
