// The address of the misbehaving server (tests/server/fault-server.mjs) that web-test-runner starts, and
// a way to serve any body from it: the browser stores the text, then points `src` at it.

let address: Promise<string> | undefined;

/** `http://127.0.0.1:<port>`: another origin than the test page, so requests are real CORS requests. */
export function faultServer(): Promise<string> {
  const module: string = '/__fault-server.js';
  address ??= (import(/* @vite-ignore */ module) as Promise<{ FAULT_SERVER: string }>).then((m) => m.FAULT_SERVER);
  return address;
}

/** Stores `body` on the fault server; resolves to the URL that serves it as application/json. */
export async function serveJson(body: string): Promise<string> {
  const base = await faultServer();
  const response = await fetch(`${base}/store`, { method: 'POST', body, headers: { 'content-type': 'text/plain' } });
  const { id } = (await response.json()) as { id: string };
  return `${base}/doc/${id}`;
}

/** What the server saw for requests tagged `id`: how many opened, finished, and were closed early by the client. */
export async function serverLog(id: string): Promise<{ opened: number; finished: number; closedEarly: number }> {
  const base = await faultServer();
  return (await fetch(`${base}/log/${encodeURIComponent(id)}`)).json();
}

let unique = 0;
/** A tag no other request in this page has used. */
export const requestTag = (name: string): string => `${name}-${Date.now().toString(36)}-${++unique}`;
