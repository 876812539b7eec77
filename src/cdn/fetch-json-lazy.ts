// The per-element CDN files fetch `src` documents with this stand-in, which loads the real fetcher
// (src/controller/fetch-json.ts) on the first `src` only: a page whose elements take their data from child
// scripts or attributes never downloads it. vite.config.ts swaps it in for the data controller's import.
import type { FetchOptions, FetchResult } from '../controller/fetch-json.js';

export function fetchJson(src: string, options: FetchOptions): Promise<FetchResult> {
  return import('../controller/fetch-json.js').then((module) => module.fetchJson(src, options));
}
