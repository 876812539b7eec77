/// <reference types="node" />
// Shared by the page tests: a static server for built pages, and the system Chromium via playwright-core.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const CACHE = join(ROOT, '.cache/pages');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export interface Server {
  url: string;
  close(): Promise<void>;
}

/** Writes `text` in pieces of `chunk` bytes `every` ms apart, as a slow connection delivers a page. */
async function trickle(res: ServerResponse, text: string, chunk: number, every: number): Promise<void> {
  const bytes = Buffer.from(text);
  for (let at = 0; at < bytes.length; at += chunk) {
    res.write(bytes.subarray(at, at + chunk));
    await new Promise((done) => setTimeout(done, every));
  }
  res.end();
}

/**
 * Serves `pages` (path → HTML) and the files under `root` on 127.0.0.1. A page requested with
 * `?chunk=N&every=MS` arrives N bytes at a time, MS ms apart, so the browser paints it half-parsed.
 */
export async function serve(root: string, pages: Record<string, string> = {}): Promise<Server> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    const page = pages[path];
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': TYPES['.html']! });
      const chunk = Number(url.searchParams.get('chunk'));
      if (chunk > 0) void trickle(res, page, chunk, Number(url.searchParams.get('every')) || 0);
      else res.end(page);
      return;
    }
    let file = normalize(join(base, path));
    if (file !== base && !file.startsWith(base + sep)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
}

/** A page that records console messages, uncaught errors and failed requests. */
export async function recordingPage(context: BrowserContext): Promise<{ page: Page; console: string[]; problems: string[] }> {
  const page = await context.newPage();
  const messages: string[] = [];
  const problems: string[] = [];
  page.on('console', (msg) => {
    const text = `${msg.type()}: ${msg.text()}`;
    if (msg.text().startsWith('Lit is in dev mode')) return;
    messages.push(text);
    if (msg.type() === 'error') problems.push(text);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, console: messages, problems };
}
