// What differs between the engines the browser suite runs in (Chromium, Firefox, WebKit), and
// engine-neutral stand-ins for the test-runner commands that only Chromium's driver has.
// Firefox is driven over WebDriver BiDi and WebKitGTK over WebDriver classic; neither can emulate
// media features, and the WebDriver launcher cannot resize the viewport.
import { emulateMedia, sendKeys, sendMouse } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

/** The engine this page runs in, from its user agent (MiniBrowser calls itself Safari; it is WebKitGTK). */
export const engine: Engine = /\bFirefox\//.test(navigator.userAgent)
  ? 'firefox'
  : /\b(?:Chrome|Chromium|HeadlessChrome)\//.test(navigator.userAgent)
    ? 'chromium'
    : 'webkit';

/** Engines whose driver has the test runner's `emulateMedia` (CDP); Firefox's BiDi and WebKit's WebDriver lack it. */
export const canEmulateMedia = engine === 'chromium';

/**
 * `it` for a test that can only run in some engines: elsewhere the test is registered as skipped
 * with the engine and the reason in its title, so every run lists what it left out.
 */
export function itIn(engines: readonly Engine[], reason: string): (title: string, fn: Mocha.Func | Mocha.AsyncFunc) => Mocha.Test {
  return (title, fn) =>
    engines.includes(engine)
      ? it(title, fn)
      : it(`${title} [not in ${engine}: ${reason}]`, function () {
          this.skip();
        });
}

/**
 * Sets `prefers-color-scheme` where the driver can (Chromium) and says whether it did. Tests check
 * the dark colours in every engine through the `theme` attribute; this adds the `auto` path.
 */
export async function preferColorScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  if (!canEmulateMedia) return false;
  await emulateMedia({ colorScheme });
  return true;
}

/**
 * Gives the page a width, in every engine, and waits for the next rendering update: the root element
 * is sized instead of the viewport, which the components cannot tell apart, since their layouts
 * respond to the space they get (grid `auto-fit`, `min()`), not to media queries. The wait is for
 * Firefox and WebKit, which lay out the contents of a `content-visibility: auto` element anew only
 * then (their pages run one at a time, so a frame always comes).
 */
export async function sizePage({ width }: { width: number }): Promise<void> {
  document.documentElement.style.inlineSize = `${width}px`;
  // Chromium lays out on the spot, and a Chromium page running beside another gets no frame to wait for.
  if (engine !== 'chromium') await nextFrame();
}

/**
 * Resolves after the page's next idle period (or its `timeout`), one task later: after any idle callback
 * asked for before. WebKit has no `requestIdleCallback`; there the library waits 50 ms instead
 * (src/internal/settle.ts), so this waits twice that.
 */
export function afterIdle(timeout = 2_000): Promise<void> {
  return new Promise((done) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => setTimeout(done, 0), { timeout });
    else setTimeout(done, 100);
  });
}

/** Resolves after the next two animation frames: one rendering update has run in full. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Undoes `sizePage`: the page is as wide as the browser window again. */
export function resetPageSize(): void {
  document.documentElement.style.removeProperty('inline-size');
}

/** Resolves when `type` reaches the document, and one task later, when the default action (a button's click on Space) has run too. */
function reachesDocument(type: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${type} event reached the page within 5 s`)), 5_000);
    document.addEventListener(
      type,
      () => {
        clearTimeout(timer);
        setTimeout(resolve);
      },
      { once: true },
    );
  });
}

/**
 * Presses a key on the focused element, as the test runner's `sendKeys` does, and resolves once the
 * page has handled it. Firefox's BiDi and WebKit's WebDriver answer before the page has seen the key;
 * Chromium's CDP after. Keys by name ('Tab', 'Enter') or as typed (' ' for the space bar: WebDriver
 * knows no 'Space').
 */
export async function press(key: string): Promise<void> {
  const handled = reachesDocument('keyup');
  await sendKeys({ press: key });
  await handled;
}

/** Clicks the middle of an element with the pointer (a real, trusted click), and resolves once the page has handled it. */
export async function clickOn(element: Element): Promise<void> {
  const box = element.getBoundingClientRect();
  const handled = reachesDocument('click');
  await sendMouse({ type: 'click', position: [Math.round(box.left + box.width / 2), Math.round(box.top + box.height / 2)] });
  await handled;
}
