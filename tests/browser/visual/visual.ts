// Seen, not assumed: every data/ document and every state of each element, at 360 and 1280 px, light
// and dark (a test file for each, beside this one), compared with committed baselines
// (tests/visual/baseline/Chrome/*.png). A comparison fails
// on any pixel that differs beyond anti-aliasing, and on any change of size, so a real layout change
// fails. After an intended change of the look: `npm run test:visual:update`, look at the new pictures,
// commit them.
import { html, render } from 'lit';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../../src/all.js';
import { TAG_FOR_TYPE } from '../../../src/components/tags.js';
import { itIn } from '../helpers/engine.js';

interface IndexEntry {
  file: string;
  type: string;
}

export const SCHEMES = ['light', 'dark'] as const;
const dataUrl = (path: string) => new URL(`../../../data/${path}`, import.meta.url).href;
const loadJson = async (url: string): Promise<unknown> => (await fetch(url)).json();

const invalidReview = { type: 'review', itemReviewed: { name: 'Untitled', kind: 'film' }, reviewRating: { kind: 'numeric', value: 11, best: 10 } };
const invalidClaim = { type: 'claim', text: 'Words from nobody.' };
const invalidControversy = { type: 'controversy', subject: 'A subject without positions' };

/** Each element's states without data/: loading (no data yet), the error state, and the badge's own. */
const STATES: { name: string; template: () => unknown }[] = [
  { name: 'score-badge-value', template: () => html`<rc-score-badge value="6" best="10"></rc-score-badge>` },
  { name: 'score-badge-loading', template: () => html`<rc-score-badge></rc-score-badge>` },
  { name: 'score-badge-error', template: () => html`<rc-score-badge value="11" best="10"></rc-score-badge>` },
  { name: 'review-card-loading', template: () => html`<rc-review-card></rc-review-card>` },
  { name: 'review-card-error', template: () => html`<rc-review-card .data=${invalidReview}></rc-review-card>` },
  { name: 'claim-quote-loading', template: () => html`<rc-claim-quote></rc-claim-quote>` },
  { name: 'claim-quote-error', template: () => html`<rc-claim-quote .data=${invalidClaim}></rc-claim-quote>` },
  { name: 'controversy-summary-loading', template: () => html`<rc-controversy-summary></rc-controversy-summary>` },
  { name: 'controversy-summary-error', template: () => html`<rc-controversy-summary .data=${invalidControversy}></rc-controversy-summary>` },
];

/** An element from a Lit template (a tag and its property bindings), before it is connected. */
function fromTemplate(template: unknown): HTMLElement {
  const holder = document.createElement('div');
  render(template, holder);
  return holder.firstElementChild as HTMLElement;
}

/** Shows `el` alone on a page of `width` in `scheme`, rendered and settled. */
async function show(el: HTMLElement, width: number, scheme: (typeof SCHEMES)[number]): Promise<HTMLElement> {
  await setViewport({ width, height: 800 });
  await emulateMedia({ colorScheme: scheme });
  // The page's own background follows the scheme, as a page that declares `color-scheme` would.
  document.documentElement.style.colorScheme = 'light dark';
  document.body.style.cssText = 'margin: 0; padding: 8px; background: Canvas; color: CanvasText';
  document.body.replaceChildren(el);
  await customElements.whenDefined(el.localName);
  await (el as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  // Laid out in full: settled in an idle period, or after its timeout (1 s). The runner shows two pages
  // side by side and one of them gets no frames or idle time of its own, so no frame is awaited: the
  // screenshot draws one.
  await new Promise((done) => requestIdleCallback(done, { timeout: 2_000 }));
  return el;
}

/**
 * The committed pictures are Chromium's: each engine draws text and anti-aliases with its own rasteriser,
 * so Firefox and WebKit would need baselines of their own, and their drivers can neither emulate
 * `prefers-color-scheme` nor (WebKit's) resize the viewport that these pictures are taken at.
 */
const itWithBaselines = itIn(['chromium'], 'the baselines are Chromium pictures; none are committed for this engine');

// Top-level await: one test per picture, so a slow machine times out no test and a failure names its picture.
const entries = (await loadJson(dataUrl('index.json'))) as IndexEntry[];

/**
 * The pictures at one width in one scheme: every data/ document, or every state. One test file for each,
 * so each has the runner's time limit for a file to itself.
 */
export function describePictures(width: number, scheme: (typeof SCHEMES)[number], what: 'documents' | 'states'): void {
  describe(`what every ${what === 'documents' ? 'data/ document' : 'state'} looks like at ${width} px, ${scheme}`, function () {
    // A tall picture is taken, sent to the runner and compared there: slow on a busy 2-core machine.
    this.timeout(60_000);
    // Warnings of the error states are expected here and checked elsewhere.
    const warn = console.warn;
    before(() => (console.warn = () => undefined));
    after(() => (console.warn = warn));

    for (const entry of what === 'documents' ? entries : []) {
      itWithBaselines(entry.file, async () => {
        const card = Object.assign(document.createElement(TAG_FOR_TYPE[entry.type as keyof typeof TAG_FOR_TYPE]), { data: await loadJson(dataUrl(entry.file)) });
        await show(card, width, scheme);
        await visualDiff(card, `${entry.file.replace(/\.json$/, '').replace('/', '-')}-${width}-${scheme}`);
      });
    }
    for (const state of what === 'states' ? STATES : []) {
      itWithBaselines(state.name, async () => {
        const el = await show(fromTemplate(state.template()), width, scheme);
        await visualDiff(el, `state-${state.name}-${width}-${scheme}`);
      });
    }
  });
}
