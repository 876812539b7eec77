// `src` against a live, misbehaving server (tests/server/fault-server.mjs on its own 127.0.0.1 port):
// HTTP errors, a server that never answers, a slow drip, bodies that are not JSON or too big, redirect
// loops, missing CORS headers, and requests superseded or abandoned while in flight. Each ends in the
// right state with a clear message, one rc-error event and one warning; abandoned requests are really
// aborted (the server sees the connection closed). Static-fixture src tests live in data-controller.test.ts.
import { expect } from '@open-wc/testing';
import '../../src/components/score-badge/score-badge.define.js';
import type { RcErrorEvent } from '../../src/internal/events.js';
import { faultServer, requestTag, serveJson, serverLog } from './helpers/fault-server.js';
import { muteWarnings, settled, shadowTexts, stateOf, watchPage } from './helpers/hostile-inputs.js';

type Badge = HTMLElement & { src?: string; updateComplete: Promise<boolean> };

let base: string;
let warnings: ReturnType<typeof muteWarnings>;
let watch: ReturnType<typeof watchPage>;
const errors: RcErrorEvent[] = [];
const onError = (e: Event) => errors.push(e as RcErrorEvent);

before(async () => {
  base = await faultServer();
  document.addEventListener('rc-error', onError);
});
after(() => document.removeEventListener('rc-error', onError));

beforeEach(() => {
  errors.length = 0;
  warnings = muteWarnings();
  watch = watchPage();
});

afterEach(() => {
  document.body.querySelectorAll('rc-score-badge').forEach((el) => el.remove());
  warnings.restore();
  watch.stop();
  expect(watch.problems, 'uncaught errors').to.deep.equal([]);
});

function badge(src: string, attributes: Record<string, string> = {}): Badge {
  const el = document.createElement('rc-score-badge') as Badge;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', src);
  document.body.append(el);
  return el;
}

/** The element ended in the error state with one event and one warning whose issue has `code`, and shows `message`. */
async function expectLoadError(el: Badge, code: string, message: RegExp, timeoutMs = 5_000): Promise<void> {
  expect(await settled(el, timeoutMs)).to.equal('error');
  expect(errors.length, 'rc-error events').to.equal(1);
  const detail = errors[0]!.detail;
  expect(detail.channel).to.equal('src');
  expect(detail.issues[0]?.code).to.equal(code);
  expect(warnings.calls.length, 'console.warn calls').to.equal(1);
  expect(shadowTexts(el).join(' ')).to.match(message);
}

/** Polls the server until it has seen a request tagged `tag` closed by the client before it was answered. */
async function expectClosedByClient(tag: string, timeoutMs = 3_000): Promise<void> {
  const end = performance.now() + timeoutMs;
  let log = await serverLog(tag);
  while (log.closedEarly === 0 && performance.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    log = await serverLog(tag);
  }
  expect(log.opened, `requests tagged ${tag}: ${JSON.stringify(log)}`).to.be.greaterThan(0);
  expect(log.closedEarly, `requests tagged ${tag} closed by the client: ${JSON.stringify(log)}`).to.equal(log.opened);
}

const namedScore = (value: string) => JSON.stringify({ kind: 'named', value });

describe('src faults', () => {
  it('shows HTTP 404 as an error naming the status', async () => {
    await expectLoadError(badge(`${base}/status/404`), 'http', /HTTP 404/);
  });

  it('shows HTTP 500 as an error naming the status', async () => {
    await expectLoadError(badge(`${base}/status/500`), 'http', /HTTP 500/);
  });

  it('shows HTTP 204 (no body) as an error, not an empty card', async () => {
    const el = badge(`${base}/status/204`);
    expect(await settled(el)).to.equal('error');
    expect(errors.length).to.equal(1);
  });

  it('gives up on a server that never answers after src-timeout, and closes the connection', async () => {
    const tag = requestTag('hang');
    const start = performance.now();
    const el = badge(`${base}/hang/${tag}`, { 'src-timeout': '300' });
    await expectLoadError(el, 'timeout', /within 300 ms/);
    expect(performance.now() - start).to.be.below(3_000);
    await expectClosedByClient(tag);
  });

  it('gives up on a slow drip that never completes after src-timeout, and closes the connection', async () => {
    const tag = requestTag('drip');
    const el = badge(`${base}/drip/${tag}?every=50`, { 'src-timeout': '500' });
    await expectLoadError(el, 'timeout', /500 ms/);
    await expectClosedByClient(tag);
  });

  it('shows an HTML body sent as application/json as invalid JSON', async () => {
    await expectLoadError(badge(`${base}/not-json`), 'invalid-json', /not valid JSON/);
  });

  it('refuses JSON sent with a content type other than JSON, before parsing it', async () => {
    await expectLoadError(badge(`${base}/wrong-type`), 'content-type', /text\/html/);
  });

  it('refuses a body whose Content-Length is over src-max-bytes without reading it', async () => {
    const tag = requestTag('big-declared');
    const el = badge(`${base}/big?bytes=5000000&every=20&id=${tag}`, { 'src-max-bytes': '1000' });
    await expectLoadError(el, 'too-large', /limit is 1000/);
    await expectClosedByClient(tag);
  });

  it('stops reading a body without Content-Length once it passes src-max-bytes', async () => {
    const tag = requestTag('big-chunked');
    const el = badge(`${base}/big?bytes=5000000&every=20&length=0&id=${tag}`, { 'src-max-bytes': '1000' });
    await expectLoadError(el, 'too-large', /larger than the limit of 1000 bytes/);
    await expectClosedByClient(tag);
  });

  it('accepts a body just under src-max-bytes', async () => {
    // Padded with a field the schema ignores.
    const body = JSON.stringify({ kind: 'named', value: 'Fits', padding: 'x'.repeat(900) });
    const el = badge(await serveJson(body), { 'src-max-bytes': String(body.length) });
    expect(await settled(el)).to.equal('ready');
    expect(errors).to.deep.equal([]);
  });

  it('shows a redirect loop as a network error', async () => {
    await expectLoadError(badge(`${base}/redirect-loop`), 'network', /could not load/);
  });

  it('shows a response without CORS headers as a network error', async () => {
    await expectLoadError(badge(`${base}/no-cors`), 'network', /could not load/);
  });

  it('refuses a javascript: or data: src without making a request', async () => {
    for (const src of ['javascript:window.__xss++', 'data:application/json,{"kind":"named","value":"x"}', ' JaVaScRiPt:1']) {
      errors.length = 0;
      warnings.calls.length = 0;
      const el = badge(src);
      await expectLoadError(el, 'blocked-url', /nothing was requested/);
      el.remove();
    }
  });

  it('renders only the latest src when src changes while a request is in flight, aborting the others', async () => {
    const a = requestTag('a');
    const b = requestTag('b');
    const c = requestTag('c');
    const [docA, docB, docC] = (await Promise.all(['Stale A', 'Stale B', 'Latest C'].map((v) => serveJson(namedScore(v))))) as [string, string, string];
    const id = (url: string) => url.split('/').pop()!;
    const el = badge(`${base}/slow/${a}?ms=600&doc=${id(docA)}`);
    await new Promise((r) => setTimeout(r, 50));
    el.src = `${base}/slow/${b}?ms=600&doc=${id(docB)}`;
    await new Promise((r) => setTimeout(r, 50));
    el.src = `${base}/slow/${c}?ms=200&doc=${id(docC)}`;
    expect(await settled(el)).to.equal('ready');
    // Wait past the stale responses' delay: they must never replace the latest.
    await new Promise((r) => setTimeout(r, 800));
    const text = shadowTexts(el).join(' ');
    expect(text).to.contain('Latest C');
    expect(text).not.to.match(/Stale/);
    await expectClosedByClient(a);
    await expectClosedByClient(b);
    expect((await serverLog(c)).finished).to.equal(1);
    expect(errors).to.deep.equal([]);
  });

  it('aborts the request when the element is removed, and renders nothing afterwards', async () => {
    const tag = requestTag('removed');
    const el = badge(`${base}/hang/${tag}`, { 'src-timeout': '400' });
    await new Promise((r) => setTimeout(r, 100));
    el.remove();
    await expectClosedByClient(tag, 1_000);
    // Past the timeout: a detached element neither errors nor renders.
    await new Promise((r) => setTimeout(r, 500));
    expect(errors).to.deep.equal([]);
    expect(stateOf(el)).to.equal('pending');
  });

  it('fetches again when a removed element is put back', async () => {
    const url = await serveJson(namedScore('Back again'));
    const tag = requestTag('readded');
    const el = badge(`${base}/slow/${tag}?ms=400&doc=${url.split('/').pop()}`);
    await new Promise((r) => setTimeout(r, 50));
    el.remove();
    await expectClosedByClient(tag);
    document.body.append(el);
    expect(await settled(el)).to.equal('ready');
    expect(shadowTexts(el).join(' ')).to.contain('Back again');
  });

  it('ignores a response that arrives after src was removed', async () => {
    const doc = await serveJson(namedScore('Too late'));
    const tag = requestTag('unset');
    const el = badge(`${base}/slow/${tag}?ms=300&doc=${doc.split('/').pop()}`);
    await new Promise((r) => setTimeout(r, 50));
    el.removeAttribute('src');
    await new Promise((r) => setTimeout(r, 600));
    expect(shadowTexts(el).join(' ')).not.to.contain('Too late');
    await expectClosedByClient(tag);
  });

  it('lets the data property win over a src that is still loading, and aborts the request', async () => {
    const tag = requestTag('property-wins');
    const el = badge(`${base}/hang/${tag}`) as Badge & { data?: unknown };
    await new Promise((r) => setTimeout(r, 50));
    el.data = { kind: 'named', value: 'From the property' };
    expect(await settled(el)).to.equal('ready');
    expect(shadowTexts(el).join(' ')).to.contain('From the property');
    await expectClosedByClient(tag);
  });
});
