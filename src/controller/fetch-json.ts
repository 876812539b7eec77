export type FetchResult =
  | { ok: true; value: unknown }
  | { ok: false; code: 'network' | 'timeout' | 'aborted' | 'http' | 'content-type' | 'too-large' | 'invalid-json'; message: string };

export interface FetchOptions {
  signal: AbortSignal;
  timeoutMs: number;
  maxBytes: number;
  baseUrl: string;
}

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\b|^application\/ld\+json\b|^text\/json\b/i;

/**
 * Fetches JSON with no cookies, a timeout, a byte cap read from the stream (Content-Length may lie or be
 * absent) and a content-type check. Never rejects: every failure is a result with a plain-language message.
 */
export async function fetchJson(src: string, options: FetchOptions): Promise<FetchResult> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), options.timeoutMs);
  const onAbort = () => timeout.abort();
  options.signal.addEventListener('abort', onAbort, { once: true });
  const url = new URL(src, options.baseUrl).href;
  try {
    let response: Response;
    try {
      response = await fetch(url, {
        credentials: 'omit',
        mode: 'cors',
        redirect: 'follow',
        headers: { accept: 'application/json, application/ld+json;q=0.9' },
        signal: timeout.signal,
      });
    } catch {
      if (options.signal.aborted) return { ok: false, code: 'aborted', message: 'the request was cancelled' };
      if (timeout.signal.aborted) return { ok: false, code: 'timeout', message: `no answer from ${url} within ${options.timeoutMs} ms` };
      return { ok: false, code: 'network', message: `could not load ${url} (network error, blocked request or redirect loop)` };
    }
    if (!response.ok) return { ok: false, code: 'http', message: `${url} answered HTTP ${response.status}` };
    const type = response.headers.get('content-type') ?? '';
    if (!JSON_TYPE.test(type)) {
      void response.body?.cancel();
      return { ok: false, code: 'content-type', message: `${url} sent ${type || 'no content type'}, not JSON` };
    }
    const declared = Number(response.headers.get('content-length'));
    if (declared > options.maxBytes) {
      void response.body?.cancel();
      return { ok: false, code: 'too-large', message: `${url} is ${declared} bytes; the limit is ${options.maxBytes}` };
    }
    const text = await readCapped(response, options.maxBytes);
    if (text === undefined) return { ok: false, code: 'too-large', message: `${url} is larger than the limit of ${options.maxBytes} bytes` };
    try {
      return { ok: true, value: JSON.parse(text) };
    } catch (error) {
      return { ok: false, code: 'invalid-json', message: `${url} is not valid JSON (${(error as Error).message})` };
    }
  } catch {
    if (options.signal.aborted) return { ok: false, code: 'aborted', message: 'the request was cancelled' };
    if (timeout.signal.aborted) return { ok: false, code: 'timeout', message: `no complete answer from ${url} within ${options.timeoutMs} ms` };
    return { ok: false, code: 'network', message: `the connection to ${url} failed while reading` };
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', onAbort);
  }
}

/** The body as text, or `undefined` once it passes `maxBytes`. */
async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      void reader.cancel();
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}
