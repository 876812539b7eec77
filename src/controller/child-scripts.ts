// The element's child data scripts: which one counts, and one shared observer that tells an element its
// light DOM changed.

/** A direct child `<script>` holding data: our JSON, or schema.org JSON-LD. */
export interface ChildScript {
  channel: 'json' | 'json-ld';
  text: string;
  /** The channel and a fingerprint of the text: equal keys, same script (the text is not kept). */
  key: string;
}

/** The first child script with our JSON, else the first with JSON-LD. Direct children only. */
export function firstChildScript(host: Element): ChildScript | undefined {
  for (const [type, channel] of [['application/json', 'json'], ['application/ld+json', 'json-ld']] as const) {
    const script = host.querySelector(`:scope > script[type="${type}"]`);
    if (!script) continue;
    const text = script.textContent ?? '';
    return { channel, text, key: `${channel}\n${fingerprint(text)}` };
  }
  return undefined;
}

/** A short fingerprint of a script's text (cyrb53), so nothing keeps a copy of the text itself. */
function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(h2 >>> 0).toString(36)}${(h1 >>> 0).toString(36)}`;
}

// One observer for every element's light DOM (a child script added, edited or removed), rather than one
// per element: a page of a thousand cards keeps one observer and one callback.
const observed = new WeakMap<Node, () => void>();
let observer: MutationObserver | undefined;

/** Calls `changed` (at most once per batch of mutations) when `host`'s light DOM changes. */
export function observeChildren(host: Element, changed: () => void): void {
  observed.set(host, changed);
  observer ??= new MutationObserver((records) => {
    const callbacks = new Set<() => void>();
    for (const { target } of records) {
      // The record's target is the element or a node inside its light DOM; nested elements have their own.
      for (let node: Node | null = target; node; node = node.parentNode) {
        const callback = observed.get(node);
        if (callback) {
          callbacks.add(callback);
          break;
        }
      }
    }
    for (const callback of callbacks) callback();
  });
  observer.observe(host, { childList: true, subtree: true, characterData: true });
}

/** Stops calling `host`'s callback. The shared observer cannot unobserve one node; it is forgotten instead. */
export function unobserveChildren(host: Element): void {
  observed.delete(host);
}
