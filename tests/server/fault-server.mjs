// A misbehaving HTTP server on 127.0.0.1 for the `src` fault, hostile-input and CSP tests, started by
// web-test-runner (see faultServerPlugin below). It is a separate origin from the test page, so every
// request is a real CORS request. Node-side only; the browser learns its address from the virtual
// module `/__fault-server.js`.
//
//   POST /store                  body (text/plain) kept in memory → {"id": "..."}; bounded
//   GET  /doc/:id                the stored body as application/json
//   GET  /status/:code           that HTTP status (JSON error body)
//   GET  /hang/:id               headers never sent; the connection stays open
//   GET  /drip/:id?every=ms      200 JSON headers, then one byte per `every` ms, never finishing
//   GET  /slow/:id?ms=&doc=      the stored doc `doc` after `ms` milliseconds
//   GET  /not-json               application/json that is HTML
//   GET  /wrong-type             valid JSON sent as text/html
//   GET  /big?bytes=&length=0|1&every=ms  a JSON body of `bytes` bytes, with or without Content-Length, paced
//   GET  /redirect-loop          302 to itself, forever
//   GET  /no-cors                valid JSON without Access-Control-Allow-Origin
//   GET  /log/:id                what the server saw for requests tagged :id (opened, finished, closed early)
//   GET  /csp/…                  pages and scripts served with a strict Content-Security-Policy
//                                (?allow-duplicates: Trusted Types policies may be created twice)
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const MAX_STORED = 2_000;
const MAX_BODY = 12_000_000;

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";
/** The same, letting a second copy of Lit create its own `lit-html` policy (two bundles on one page). */
export const STRICT_CSP_DUPLICATES = `${STRICT_CSP} 'allow-duplicates'`;

/**
 * The CDN bundle built from the current source, the way `vite build --mode cdn` builds it (minified, Lit's
 * production build, every element registered, the schema.org reader as a lazy chunk beside it), so the
 * test never runs a stale dist/ file. Files by name: `review-cards.js` and its chunks.
 */
async function cdnBundle() {
  const { build } = await import('esbuild');
  const out = await build({
    entryPoints: { 'review-cards': resolve(ROOT, 'src/cdn.ts') },
    bundle: true,
    splitting: true,
    outdir: resolve(ROOT, '.cache/csp-cdn'),
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    tsconfig: resolve(ROOT, 'tsconfig.json'),
    logLevel: 'silent',
  });
  return new Map(out.outputFiles.map((f) => [f.path.split('/').pop(), f.text]));
}

export async function startFaultServer() {
  const stored = new Map();
  const log = new Map();
  const sockets = new Set();
  let cdn;
  let nextId = 0;

  const entry = (id) => {
    if (!log.has(id)) log.set(id, { opened: 0, finished: 0, closedEarly: 0 });
    return log.get(id);
  };
  /** Records how a tagged request ended: finished, or closed by the client before the response was complete. */
  const track = (id, res) => {
    const e = entry(id);
    e.opened++;
    res.on('close', () => (res.writableFinished ? e.finished++ : e.closedEarly++));
  };
  const cors = { 'access-control-allow-origin': '*' };
  const send = (res, status, type, body, headers = {}) => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...cors, ...headers });
    res.end(body);
  };
  const json = (res, value, status = 200) => send(res, status, 'application/json', JSON.stringify(value));

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const [, first = '', second = ''] = url.pathname.split('/');
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET, POST', 'access-control-allow-headers': '*' });
      res.end();
      return;
    }
    switch (first) {
      case 'store': {
        const chunks = [];
        let size = 0;
        for await (const chunk of req) {
          size += chunk.length;
          if (size > MAX_BODY) return send(res, 413, 'text/plain', 'too large');
          chunks.push(chunk);
        }
        if (stored.size >= MAX_STORED) stored.delete(stored.keys().next().value);
        const id = String(++nextId);
        stored.set(id, Buffer.concat(chunks));
        return json(res, { id });
      }
      case 'doc': {
        const body = stored.get(second);
        if (!body) return json(res, { error: 'no such document' }, 404);
        res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': body.length, ...cors });
        return res.end(body);
      }
      case 'status':
        return json(res, { error: `status ${second}` }, Number(second) || 500);
      case 'hang':
        track(second, res);
        return; // never answers
      case 'drip': {
        track(second, res);
        res.writeHead(200, { 'content-type': 'application/json', ...cors });
        res.write('{"kind":"named","value":"');
        const timer = setInterval(() => res.write('a'), Number(url.searchParams.get('every') ?? 100));
        res.on('close', () => clearInterval(timer));
        return;
      }
      case 'slow': {
        track(second, res);
        const timer = setTimeout(() => {
          const body = stored.get(url.searchParams.get('doc') ?? '') ?? Buffer.from('{}');
          res.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length, ...cors });
          res.end(body);
        }, Number(url.searchParams.get('ms') ?? 1000));
        res.on('close', () => clearTimeout(timer));
        return;
      }
      case 'not-json':
        return send(res, 200, 'application/json', '<!doctype html><title>Oops</title><p>Server error</p>');
      case 'wrong-type':
        return send(res, 200, 'text/html; charset=utf-8', '{"kind":"numeric","value":6,"best":10}');
      case 'big': {
        const bytes = Math.min(Number(url.searchParams.get('bytes') ?? 2_000_000), MAX_BODY);
        const body = `{"kind":"named","value":"${'a'.repeat(Math.max(0, bytes - 30))}"}`;
        const id = url.searchParams.get('id');
        if (id) track(id, res);
        const headers = { 'content-type': 'application/json', ...cors };
        if (url.searchParams.get('length') !== '0') headers['content-length'] = Buffer.byteLength(body);
        res.writeHead(200, headers);
        // Written in 64 KB pieces, `every` ms apart when asked, so a client that stops reading closes the
        // connection part way instead of finding the whole body already in the socket buffers.
        const every = Number(url.searchParams.get('every') ?? 0);
        let offset = 0;
        let timer;
        res.on('close', () => clearTimeout(timer));
        const pump = () => {
          while (offset < body.length && !res.destroyed) {
            const ok = res.write(body.slice(offset, offset + 65_536));
            offset += 65_536;
            if (every) return void (timer = setTimeout(pump, every));
            if (!ok) return void res.once('drain', pump);
          }
          if (!res.destroyed) res.end();
        };
        pump();
        return;
      }
      case 'redirect-loop':
        res.writeHead(302, { location: '/redirect-loop', ...cors });
        return res.end();
      case 'no-cors':
        res.writeHead(200, { 'content-type': 'application/json' });
        return res.end('{"kind":"numeric","value":6,"best":10}');
      case 'log':
        return json(res, log.get(second) ?? { opened: 0, finished: 0, closedEarly: 0 });
      case 'csp': {
        const csp = { 'content-security-policy': url.searchParams.has('allow-duplicates') ? STRICT_CSP_DUPLICATES : STRICT_CSP };
        if (second === 'review-cards.js' || /^[\w-]+-[A-Z0-9]{8}\.js$/.test(second ?? '')) {
          cdn ??= cdnBundle();
          try {
            const text = (await cdn).get(second);
            if (text === undefined) return send(res, 404, 'text/plain', 'not found');
            return send(res, 200, 'text/javascript; charset=utf-8', text, csp);
          } catch (error) {
            cdn = undefined;
            return send(res, 500, 'text/plain', `bundling src/cdn.ts failed: ${error}`);
          }
        }
        const file = resolve(ROOT, 'tests/server/csp', second);
        if (!second || !file.startsWith(resolve(ROOT, 'tests/server/csp')) || !existsSync(file)) return send(res, 404, 'text/plain', 'not found');
        const type = second.endsWith('.html') ? 'text/html; charset=utf-8' : second.endsWith('.json') ? 'application/json' : 'text/javascript; charset=utf-8';
        return send(res, 200, type, readFileSync(file, 'utf8'), csp);
      }
      default:
        return send(res, 404, 'text/plain', 'not found');
    }
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}

/** web-test-runner plugin: starts the server with the runner and serves its address as `/__fault-server.js`. */
export function faultServerPlugin() {
  let instance;
  return {
    name: 'rc-fault-server',
    async serverStart() {
      instance = await startFaultServer();
    },
    async serverStop() {
      await instance?.close();
    },
    serve(context) {
      if (context.path === '/__fault-server.js') {
        return { body: `export const FAULT_SERVER = ${JSON.stringify(instance.url)};\n`, type: 'js' };
      }
      return undefined;
    },
  };
}
