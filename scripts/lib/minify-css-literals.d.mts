import type { Plugin } from 'vite';

/** Minifies one style sheet with Lightning CSS; throws on a syntax error. */
export function minifyCss(source: string, file?: string): string;
/** Vite build plugin: minifies the css`…` literals of the files under src/. */
export function minifyCssLiterals(): Plugin;
