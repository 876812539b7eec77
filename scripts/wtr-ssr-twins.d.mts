/** The browser test files that also run as SSR twins (see wtr-ssr-twins.mjs). */
export const SSR_TWINS: readonly string[];
