// What each source module costs in a built file, in gzip bytes: the file's characters are attributed to
// their source modules through the file's source map, and each module's figure is how much smaller the
// file compresses without that module's characters (leave one out). Compression shares context across
// modules, so the figures add up to a little less than the file's gzip size; the rest is shown as such.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Source map v3 `mappings`, decoded to [generatedColumn, sourceIndex] segments per generated line. */
function decodeMappings(mappings) {
  const lines = [];
  let source = 0;
  for (const line of mappings.split(';')) {
    const segments = [];
    let column = 0;
    for (const segment of line ? line.split(',') : []) {
      const fields = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      column += fields[0];
      if (fields.length > 1) source += fields[1];
      segments.push([column, fields.length > 1 ? source : -1]);
    }
    lines.push(segments);
  }
  return lines;
}

/** `node_modules/lit-html/lit-html.js` → `lit-html`; `../../src/x/y.ts` → `src/x/y.ts`. */
function moduleName(source) {
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source);
  if (pkg) return pkg[1];
  const src = source.indexOf('src/');
  return src >= 0 ? source.slice(src) : source;
}

const gzip = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Gzip bytes per module of `file` (which has `file.map` beside it): `[{ module, gzip }]`, largest first,
 * plus one row for what no module owns (imports and exports between chunks, the source map comment).
 */
export function gzipByModule(file) {
  const code = readFileSync(file, 'utf8');
  const total = gzip(code);
  if (!existsSync(`${file}.map`)) return [{ module: `${file} (no source map)`, gzip: total }];
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const names = map.sources.map(moduleName);
  const owner = new Array(code.length).fill('');
  const lines = decodeMappings(map.mappings);
  let offset = 0;
  code.split('\n').forEach((text, i) => {
    const segments = lines[i] ?? [];
    segments.forEach(([column, source], s) => {
      const end = s + 1 < segments.length ? segments[s + 1][0] : text.length;
      if (source >= 0) owner.fill(names[source], offset + column, offset + end);
    });
    offset += text.length + 1;
  });
  const modules = [...new Set(owner)].filter(Boolean);
  const rows = modules.map((module) => {
    let rest = '';
    for (let k = 0; k < code.length; k++) if (owner[k] !== module) rest += code[k];
    return { module, gzip: total - gzip(rest) };
  });
  const attributed = rows.reduce((sum, r) => sum + r.gzip, 0);
  rows.sort((a, b) => b.gzip - a.gzip);
  rows.push({ module: '(shared compression context, imports and exports between files, unmapped)', gzip: total - attributed });
  return rows;
}
