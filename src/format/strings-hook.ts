/**
 * Where an element's update waits for its language's table: set only by the CDN files (through
 * `setStringsLoader` in load-strings.ts), so elements bundled from npm carry none of the loading code.
 */
export type StringsWait = (locale: string) => Promise<void> | undefined;

let wait: StringsWait | undefined;

export function setStringsWait(next: StringsWait): void {
  wait = next;
}

/** The wait function, or `undefined` where tables are not loaded on demand (npm builds, the server). */
export function stringsWait(): StringsWait | undefined {
  return wait;
}
