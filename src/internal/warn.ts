const seen = new Set<string>();

/** Logs a warning once per key for the page's lifetime, so repeated renders do not flood the console. */
export function warnOnce(key: string, message: string): void {
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(`[review-cards] ${message}`);
}
