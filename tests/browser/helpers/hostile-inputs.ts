// Hostile payloads, the channels that carry them into an element, and the oracles every hostile test
// checks: no script from data runs, nothing dangerous in any shadow root, no uncaught error, no
// prototype pollution. The XSS vectors are our own compact set, written after the classes in the
// OWASP XSS Filter Evasion Cheat Sheet (tags, event handlers, breakouts, protocol obfuscation),
// not copied from it. Every vector that could run increments `window.__xss`.

declare global {
  interface Window {
    __xss: number;
  }
}

/** Text-field vectors, each at most 60 characters so it fits every text field (the shortest is 60). */
export const XSS_VECTORS: readonly string[] = [
  '<script>window.__xss++</script>',
  '<img src=x onerror="window.__xss++">',
  '<svg onload="window.__xss++">',
  '"><script>window.__xss++</script>',
  "'><img src=x onerror=window.__xss++>",
  '</script><script>window.__xss++</script>',
  '" onmouseover="window.__xss++" x="',
  "' autofocus onfocus='window.__xss++",
  '<iframe srcdoc="<script>parent.__xss++</script>">',
  '<a href="javascript:window.__xss++">click</a>',
  '<details open ontoggle="window.__xss++">',
  '<math><mi xlink:href="javascript:window.__xss++">x',
  '<style>@import "//evil.example/x.css"</style>',
  '<!--<img src=x onerror=window.__xss++>-->',
  '&lt;img src=x onerror=window.__xss++&gt;',
  '<img src=x onerror=&#119;indow.__xss++>',
  '<IMG SRC=x OnErRoR=window.__xss++>',
  '<img\tsrc=x\nonerror=window.__xss++>',
  '<body onload=window.__xss++>',
  '${window.__xss++}',
  '`${window.__xss++}`',
  '{{constructor.constructor("window.__xss++")()}}',
  '<%= window.__xss++ %>',
  'javascript:window.__xss++',
  'red;background:url(//evil.example)',
  '\u2028\u2029</script>',
];

/** URL vectors for url / sameAs / archivedUrl fields: every one must end up without a live link. */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:window.__xss++',
  'JaVaScRiPt:window.__xss++',
  ' javascript:window.__xss++',
  '\tjavascript:window.__xss++',
  'java\nscript:window.__xss++',
  'java\tscript:window.__xss++',
  '\u0000javascript:window.__xss++',
  'javascript\u0000:window.__xss++',
  '\u202Ejavascript:window.__xss++',
  'javascript://%0Awindow.__xss++',
  'data:text/html,<script>window.__xss++</script>',
  'DATA:text/html;base64,PHNjcmlwdD53aW5kb3cuX194c3MrKzwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
  'blob:https://example.com/1',
  'file:///etc/passwd',
  'about:blank',
  // Entity- and percent-obfuscated: never decoded, so at worst a harmless relative link.
  '&#106;avascript:window.__xss++',
  '&#x6A;avascript&colon;window.__xss++',
  'javascript&#58;window.__xss++',
  '%6Aavascript:window.__xss++',
];

/** Lit's markers, where data gives an object instead of a string. */
export const LIT_MARKER_OBJECTS: readonly unknown[] = [
  { _$litType$: 1, strings: ['<img src=x onerror="window.__xss++">'], values: [] },
  { _$litType$: { h: '<img src=x onerror="window.__xss++">', parts: [] }, values: [] },
  { _$litDirective$: 'x', values: [] },
  { _$litStatic$: '<img src=x onerror="window.__xss++">', r: Symbol.for('') },
  { nodeType: 1, nodeName: 'IMG' },
  ['<img src=x onerror="window.__xss++">'],
];

/** Odd but valid text: it must render exactly, as text. */
export const ODD_TEXT: readonly string[] = [
  '👩🏽‍🚀 🏳️‍🌈 👨‍👩‍👧‍👦',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
  'e\u0301\u0301\u0301 a\u0308\u0308',
  'zero\u200Bwidth\u200Cjoin\u200Dhere\uFEFFend',
  '\u202Egnp.exe\u202C harmless',
  '\u202Bשלום\u202C עולם مرحبا',
  'Привет, мир — «кавычки»',
  '𝕿𝖍𝖊 𝖖𝖚𝖎𝖈𝖐',
  'tab\there',
  'null\u0000byte',
  '© ® ™ ≠ ∞ ½',
];

/** Records every uncaught error, unhandled rejection and console.error while installed. */
export function watchPage() {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`error: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandledrejection: ${String(e.reason?.stack ?? e.reason)}`);
  const consoleError = console.error;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  console.error = (...args: unknown[]) => {
    problems.push(`console.error: ${args.map(String).join(' ')}`);
    consoleError.apply(console, args);
  };
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      console.error = consoleError;
    },
  };
}

/** Silences console.warn (every invalid document logs one) while counting calls. */
export function muteWarnings() {
  const original = console.warn;
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => void calls.push(args);
  return { calls, restore: () => (console.warn = original) };
}

const PROTOTYPES: ReadonlyArray<[string, object]> = [
  ['Object.prototype', Object.prototype],
  ['Array.prototype', Array.prototype],
  ['Function.prototype', Function.prototype],
  ['String.prototype', String.prototype],
];

/** A fingerprint of the built-in prototypes: their own keys and the identity of each value. */
export function prototypeSnapshot(): Map<string, unknown> {
  const snapshot = new Map<string, unknown>();
  for (const [name, proto] of PROTOTYPES) {
    for (const key of Reflect.ownKeys(proto)) {
      const d = Object.getOwnPropertyDescriptor(proto, key)!;
      snapshot.set(`${name}.${String(key)}`, d.value ?? d.get);
    }
    snapshot.set(`${name} [[Prototype]]`, Object.getPrototypeOf(proto));
  }
  return snapshot;
}

/** Keys added to, removed from or changed on a built-in prototype since `before`. */
export function prototypeChanges(before: Map<string, unknown>): string[] {
  const after = prototypeSnapshot();
  const changed = [...new Set([...before.keys(), ...after.keys()])].filter((k) => before.get(k) !== after.get(k));
  if (({} as Record<string, unknown>).polluted !== undefined) changed.push('({}).polluted');
  return changed;
}

const DANGEROUS_TAGS = ['script', 'iframe', 'frame', 'object', 'embed', 'img', 'svg', 'math', 'style', 'link', 'meta', 'base', 'form', 'details', 'video', 'audio', 'source', 'input', 'textarea', 'body'];
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'srcset', 'data', 'background', 'cite', 'ping'];

/** All elements in `root`'s shadow tree and in the shadow trees nested in it. */
export function shadowElements(host: Element): Element[] {
  const out: Element[] = [];
  const visit = (root: ShadowRoot) => {
    for (const el of root.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return out;
}

/** Text of every text node in the element's shadow trees, nested ones included. */
export function shadowTexts(host: Element): string[] {
  const texts: string[] = [];
  const visit = (root: ShadowRoot) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push((n as Text).data);
    for (const el of root.querySelectorAll('*')) if (el.shadowRoot) visit(el.shadowRoot);
  };
  if (host.shadowRoot) visit(host.shadowRoot);
  return texts;
}

/**
 * Structural invariants of everything an element rendered: no on* attribute, no style attribute, no
 * URL attribute with a scheme other than http(s), and no element of a kind its clean render lacks.
 */
export function unsafeMarkup(host: Element, allowedTags: ReadonlySet<string>): string[] {
  const found: string[] = [];
  for (const el of shadowElements(host)) {
    const tag = el.localName;
    if (DANGEROUS_TAGS.includes(tag) && !allowedTags.has(tag)) found.push(`<${tag}> element`);
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) found.push(`<${tag} ${name}>`);
      if (name === 'style') found.push(`<${tag} style="${attr.value}">`);
      if (URL_ATTRIBUTES.includes(name)) {
        let protocol: string;
        try {
          protocol = new URL(attr.value, document.baseURI).protocol;
        } catch {
          continue; // unparseable: not a navigable URL
        }
        if (protocol !== 'http:' && protocol !== 'https:') found.push(`<${tag} ${name}="${attr.value}">`);
      }
    }
  }
  return found;
}

/** Tag names of the dangerous kinds an element's clean render legitimately contains. */
export function allowedTagsOf(host: Element): Set<string> {
  return new Set(shadowElements(host).map((el) => el.localName).filter((t) => DANGEROUS_TAGS.includes(t)));
}

export type RenderState = 'ready' | 'error' | 'pending';

export function stateOf(host: Element): RenderState {
  const root = host.shadowRoot;
  if (!root || root.querySelector('[part~="placeholder"]')) return 'pending';
  // The element's own error state sits at the top of its shadow root (nested elements have their own).
  const top = [...root.children].flatMap((c) => [c, ...c.children]);
  return top.some((c) => c.matches('[part~="error"]')) ? 'error' : 'ready';
}

/** The paths the error state shows (`<code>` per issue), e.g. `reviewRating.value`. */
export function shownErrorPaths(host: Element): string[] {
  return [...(host.shadowRoot?.querySelectorAll('[part~="error"] code') ?? [])].map((c) => c.textContent ?? '');
}

/** Waits (polling) until the element has left its pending state, or `timeoutMs` passes. */
export async function settled(host: Element & { updateComplete?: Promise<unknown> }, timeoutMs = 5_000): Promise<RenderState> {
  const end = performance.now() + timeoutMs;
  for (;;) {
    await host.updateComplete;
    const state = stateOf(host);
    if (state !== 'pending' || performance.now() > end) return state;
    await new Promise((r) => setTimeout(r, 10));
  }
}
