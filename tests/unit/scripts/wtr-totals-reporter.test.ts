import { afterEach, describe, expect, it, vi } from 'vitest';
import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { totalsReporter } from '../../../scripts/wtr-totals-reporter.mjs';

type Status = 'SCHEDULED' | 'INITIALIZING' | 'TEST_STARTED' | 'FINISHED';
interface FakeSession {
  id: string;
  group: { name: string };
  testFile: string;
  status: Status;
  passed?: boolean;
  errors: unknown[];
  testResults?: { name: string; suites: unknown[]; tests: { name: string; passed: boolean; skipped: boolean }[] };
}

/** The part of web-test-runner's session manager the reporter uses: status events and a look-up by status. */
class FakeSessions extends EventEmitter {
  constructor(readonly list: FakeSession[]) {
    super();
  }
  *forStatus(...statuses: Status[]) {
    yield* this.list.filter((s) => statuses.includes(s.status));
  }
  set(session: FakeSession, status: Status) {
    session.status = status;
    this.emit('session-status-updated', { ...session });
  }
}

const session = (id: string, group: string, file: string, tests: FakeSession['testResults'] = undefined): FakeSession => ({
  id,
  group: { name: group },
  testFile: join(process.cwd(), file),
  status: 'SCHEDULED',
  errors: [],
  passed: tests?.tests.every((t) => t.passed || t.skipped),
  testResults: tests,
});

const dirs: string[] = [];
afterEach(() => {
  vi.restoreAllMocks();
  dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true }));
});

describe('web-test-runner totals reporter (scripts/wtr-totals-reporter.mjs)', () => {
  it('counts passed, failed and skipped tests, names the skipped ones, and counts a file with no results as one failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wtr-totals-'));
    dirs.push(dir);
    const outputFile = join(dir, 'totals.json');
    const a = session('a', 'default', 'tests/browser/a.test.ts', {
      name: '',
      suites: [],
      tests: [
        { name: 'renders', passed: true, skipped: false },
        { name: 'breaks', passed: false, skipped: false },
        { name: 'dark mode [not in webkit: no emulation]', passed: false, skipped: true },
      ],
    });
    const broken = { ...session('b', 'default', 'tests/browser/b.test.ts'), passed: false, errors: [{ message: 'failed to load' }] };
    const reporter = totalsReporter({ outputFile });
    await reporter.stop?.({ sessions: [a, broken] } as never);
    const totals = JSON.parse(readFileSync(outputFile, 'utf8'));
    expect(totals).toMatchObject({ passed: 1, failed: 2, skipped: 1, files: 2, brokenFiles: [broken.testFile] });
    expect(totals.skippedTests).toEqual(['dark mode [not in webkit: no emulation]']);
  });

  it('lists the files by the seconds from their page starting to their results, longest first, a file and its SSR twin apart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wtr-totals-'));
    dirs.push(dir);
    const outputFile = join(dir, 'totals.json');
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const card = session('card', 'default', 'tests/browser/card.test.ts');
    const twin = session('twin', 'ssr', 'tests/browser/card.test.ts');
    const badge = session('badge', 'default', 'tests/browser/badge.test.ts');
    const sessions = new FakeSessions([card, twin, badge]);
    // The runner started the first page before the reporter.
    sessions.set(card, 'INITIALIZING');
    const reporter = totalsReporter({ outputFile });
    await reporter.start?.({ sessions } as never);
    now = 2_000;
    sessions.set(twin, 'INITIALIZING');
    now = 4_500;
    sessions.set(card, 'FINISHED');
    sessions.set(badge, 'INITIALIZING');
    now = 9_000;
    sessions.set(twin, 'FINISHED');
    now = 10_000;
    sessions.set(badge, 'FINISHED');
    await reporter.stop?.({ sessions: sessions.list } as never);
    expect(JSON.parse(readFileSync(outputFile, 'utf8')).slowest).toEqual([
      ['tests/browser/card.test.ts (SSR twin)', 7],
      ['tests/browser/badge.test.ts', 5.5],
      ['tests/browser/card.test.ts', 4.5],
    ]);
  });
});
