/** The browser test files that also run as SSR twins (see wtr-ssr-twins.mjs). */
export const SSR_TWINS: readonly string[];
/** The twins that also run in Firefox and WebKit (see wtr-ssr-twins.mjs); Chromium runs all of SSR_TWINS. */
export const SSR_TWINS_IN_EVERY_ENGINE: readonly string[];
