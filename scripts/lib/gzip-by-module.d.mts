/** Gzip bytes per source module of a built file with a source map beside it, largest first; the last row is what no single module owns. */
export function gzipByModule(file: string): Array<{ module: string; gzip: number }>;
