// Small test doubles for the element tests: console.warn and fetch, each restored by the test.

export interface WarnSpy {
  /** Arguments of every console.warn call since the spy was installed. */
  readonly calls: unknown[][];
  restore(): void;
}

/** Replaces console.warn with a recorder (nothing is printed). */
export function spyOnWarn(): WarnSpy {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
  };
  return { calls, restore: () => void (console.warn = original) };
}

export interface HeldRequest {
  url: string;
  signal: AbortSignal | undefined;
  /** Lets the real request go ahead and hands its response to the caller. */
  release(): void;
}

export interface FetchGate {
  /** Every URL fetched since the gate was installed, held or not. */
  readonly urls: string[];
  /** Requests held back, in order. */
  readonly held: HeldRequest[];
  restore(): void;
}

const urlOf = (input: RequestInfo | URL): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/**
 * Wraps window.fetch: requests whose URL matches `hold` wait until released; all are recorded.
 * A held request rejects when its signal aborts, like the real fetch, unless `ignoreAbort` is set
 * (a host page's patched fetch that answers anyway).
 */
export function gateFetch(hold: (url: string) => boolean, options: { ignoreAbort?: boolean } = {}): FetchGate {
  const original = window.fetch;
  const urls: string[] = [];
  const held: HeldRequest[] = [];
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = urlOf(input);
    urls.push(url);
    if (!hold(url)) return original(input, init);
    return new Promise<Response>((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      const plain = { ...init, signal: undefined };
      if (!options.ignoreAbort) signal?.addEventListener('abort', () => reject(new DOMException('The operation was aborted.', 'AbortError')));
      held.push({ url, signal, release: () => void original(input, options.ignoreAbort ? plain : init).then(resolve, reject) });
    });
  };
  return { urls, held, restore: () => void (window.fetch = original) };
}

/** Resolves after `ms` milliseconds. */
export const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `check` until it is true, or fails after `timeoutMs`. Timers, not animation frames: a page the
 * runner keeps in the background gets no frames.
 */
export async function until(check: () => boolean, what: string, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await delay(10);
  }
}
