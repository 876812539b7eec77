import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { minifyCss, minifyCssLiterals } from '../../../scripts/lib/minify-css-literals.mjs';

type Result = { code: string; map: { mappings: string } } | undefined;
const plugin = minifyCssLiterals() as unknown as { transform: (this: { error: (m: string) => never }, code: string, id: string) => Result };
const context = { error: (message: string): never => { throw new Error(message); } };
const run = (code: string, id = '/repo/src/x.styles.ts') => plugin.transform.call(context, code, id);

describe('minify-css-literals', () => {
  it('minifies every css`…` literal in a source file and leaves the code around it alone', () => {
    const out = run('export const a = css`\n  :host {\n    display: block;\n  }\n`;\nconst b = `not css  {  }`;\nexport const c = css`.x { color: red; }`;');
    expect(out!.code).toBe('export const a = css`:host{display:block}`;\nconst b = `not css  {  }`;\nexport const c = css`.x{color:red}`;');
    expect(out!.map.mappings.length).toBeGreaterThan(0);
  });

  it('skips files outside src/ and files without a css literal', () => {
    expect(run('const a = css`.x { color: red }`;', '/repo/node_modules/lit/x.ts')).toBeUndefined();
    expect(run('const a = html`<p></p>`;')).toBeUndefined();
  });

  it('fails the build on an interpolated or escaped sheet instead of minifying it wrongly', () => {
    expect(() => run('const a = css`.x { color: ${red}; }`;')).toThrow(/\$\{\} or a backslash/);
    expect(() => run("const a = css`.x::before { content: '\\\\201C'; }`;")).toThrow(/backslash/);
  });

  it('fails the build on a CSS syntax error, naming the file', () => {
    expect(() => minifyCss('.x { color: red; } }}} @media {', 'broken.styles.ts')).toThrow();
  });

  it('keeps what our sheets rely on: custom properties, light-dark(), nesting-free :host and ::part rules', () => {
    const sheet = ':host { --_fg: light-dark(#111, #eee); color: var(--rc-fg, var(--_fg)); } :host([theme="dark"]) { color-scheme: dark; } .a::part(x) { margin: 0 0 0 0; }';
    const out = minifyCss(sheet);
    expect(out).toContain('--_fg:light-dark(#111,#eee)');
    expect(out).toContain('var(--rc-fg,var(--_fg))');
    expect(out).toContain(':host([theme=dark])');
    expect(out).toContain('::part(x)');
  });

  it('minifies every style sheet of the library without an error', () => {
    const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.styles.ts'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const file of files) {
      const source = readFileSync(`src/${file}`, 'utf8');
      const out = run(source, `/repo/src/${file}`);
      expect(out!.code.length, file).toBeLessThan(source.length);
    }
  });
});
