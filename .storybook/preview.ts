import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json' with { type: 'json' };
// Every shipped language, as `import 'review-cards/locales/all.js'` does in an app: a story under the
// toolbar's language, or with a `lang` of its own, shows the interface in that language, not English words
// beside dates in another.
import '../src/locales/all.define.js';
import { LANGUAGES } from '../src/format/load-strings.js';

setCustomElementsManifest(manifest);
setStorybookHelpersConfig({ hideArgRef: true });

type Globals = { theme?: 'auto' | 'light' | 'dark'; dir?: 'ltr' | 'rtl'; lang?: string };

/** The elements a story rendered, in light DOM and in each other's shadow roots. */
function rcElements(root: ParentNode): Element[] {
  const found: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (el.localName.startsWith('rc-')) found.push(el);
    if (el.shadowRoot) found.push(...rcElements(el.shadowRoot));
  }
  return found;
}

/**
 * Applies the toolbar's theme, direction and language to a wrapper, the way a
 * host page would: `lang` and `dir` are inherited; `theme` is set on each element
 * (unless left on "auto", so a story's own `theme` arg still shows).
 */
const withHostPage: Decorator = (story, context) => {
  const { theme = 'auto', dir = 'ltr', lang = 'en' } = context.globals as Globals;
  // The canvas around a story follows the theme too (main.ts styles it); docs pages keep their own.
  if (context.viewMode === 'story') document.documentElement.dataset['theme'] = theme;
  const apply = (wrapper?: Element) => {
    if (!wrapper || theme === 'auto') return;
    queueMicrotask(() => rcElements(wrapper).forEach((el) => el.setAttribute('theme', theme)));
  };
  return html`<div
    class="rc-story-host"
    data-theme=${theme}
    dir=${dir}
    lang=${lang}
    style="padding: 1rem; color-scheme: ${theme === 'auto' ? 'light dark' : theme}; background: Canvas; color: CanvasText;"
    ${ref(apply)}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withHostPage],
  globalTypes: {
    theme: {
      description: 'Colour scheme of the host page and the elements',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (prefers-color-scheme)' },
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Text direction of the host page',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language of the host page (interface strings, dates and numbers follow it)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        // Each language named in itself ("Deutsch", "日本語").
        items: ['en', ...LANGUAGES].map((value) => ({ value, title: new Intl.DisplayNames([value], { type: 'language' }).of(value) ?? value })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', dir: 'ltr', lang: 'en' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, sort: 'requiredFirst' },
    docs: { toc: { headingSelector: 'h2' } },
    // axe runs on every story; scripts/check-stories.mjs fails a story with violations.
    a11y: { test: 'error' },
    options: { storySort: { order: ['Use it in any page', 'Components', 'Data sets', '*'] } },
  },
};

export default preview;
