import { isSafeUrl } from '../schemas/rules.js';

/**
 * The URL to put in an `href`, or `undefined` to render plain text instead.
 * Checked again here, where the link is rendered, not only in the schema: data can arrive by many roads.
 */
export function safeHref(url: string | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  return isSafeUrl(url) ? url : undefined;
}
