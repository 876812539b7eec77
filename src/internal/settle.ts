/**
 * Settles elements that skip their off-screen content (see `styles/offscreen.styles.ts`): once the browser
 * is idle after their first render, each gets the custom state `settled`, which turns the skipping off,
 * a few elements per idle period in document order, so a page of a thousand cards lays them out in short
 * tasks, not one long one.
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
    try {
      states.add('settled');
    } catch {
      // Older engines accepted only dashed identifiers (`--settled`); they also lack :state() in CSS.
    }
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

/** Queues an element's states to be settled once the page is idle; a no-op without custom states. */
export function settleWhenIdle(states: CustomStateSet | undefined): void {
  if (!states || states.has('settled')) return;
  waiting.add(states);
  schedule();
}
