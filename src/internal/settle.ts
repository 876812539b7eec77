/**
 * Skips the off-screen content of elements a page may hold many of (see `styles/offscreen.styles.ts`) from
 * their first render until the browser is idle: each gets the custom state `skipping` at once, and loses it
 * a few elements per idle period in document order, so a page of a thousand cards lays them out in short
 * tasks, not one long one, and is whole before anyone captures it.
 */

/** Elements settled per idle period: about 40 ms of layout for seed review cards on a slow 2-core machine. */
const BATCH = 20;
/** An idle period is awaited at most this long, so a busy page is still whole within a few seconds. */
const IDLE_TIMEOUT = 1_000;

const waiting = new Set<CustomStateSet>();
let scheduled = false;

const whenIdle = (callback: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout: IDLE_TIMEOUT });
  else setTimeout(callback, 50);
};

function settleSome(): void {
  let count = 0;
  for (const states of waiting) {
    waiting.delete(states);
    states.delete('skipping');
    if (++count === BATCH) break;
  }
  scheduled = false;
  if (waiting.size) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  whenIdle(settleSome);
}

/** Gives an element's states `skipping` until the page is idle; a no-op without custom states. */
export function skipUntilIdle(states: CustomStateSet | undefined): void {
  if (!states || waiting.has(states)) return;
  try {
    states.add('skipping');
  } catch {
    // Older engines accepted only dashed identifiers (`--skipping`); they also lack :state() in CSS, so
    // they never skip.
    return;
  }
  waiting.add(states);
  schedule();
}
