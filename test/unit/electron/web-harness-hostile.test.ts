/**
 * The web harness under hostile or careless requests: a real node:http server on 127.0.0.1,
 * the real handlers on a temp data folder, and requests no browser of the app would send. After
 * every case the server must still serve the app and the data folder must be untouched.
 */
import { createServer, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHarnessRequestHandler, MAX_BODY_BYTES, type HarnessOptions } from '../../../electron/web/request-handler';
import { createHarnessDeps } from '../../../electron/web/harness-deps';
import { createHandlers } from '../../../electron/main/handlers';
import type { Handlers } from '../../../electron/main/handlers/types';

vi.mock('electron', () => ({}));

const TOKEN = 'test-token-0123456789abcdef';
const INDEX_HTML = '<!doctype html><title>Common Ground</title><div id="root"></div>';
const APP_JS = 'console.log("app");';
/** Small limits for the server that replays the size and concurrency cases. */
const SMALL = { maxBodyBytes: 64 * 1024, largeBodyBytes: 8 * 1024, maxConcurrentLargeBodies: 2 };
const REPLY_TIMEOUT_MS = 10_000;

interface Reply {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

interface Send {
  method?: string;
  path: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

interface Running {
  server: Server;
  port: number;
}

let root: string;
let rendererRoot: string;
let dataFolder: string;
let handlers: Handlers;
let main: Running;
let small: Running;
let dataBefore: string[];

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((entry) => `${entry.isDirectory() ? 'd' : 'f'} ${relative(dir, join(entry.parentPath, entry.name))}`)
    .sort();
}

async function start(options: Partial<HarnessOptions> = {}): Promise<Running> {
  const server = createServer(createHarnessRequestHandler({ rendererRoot, token: TOKEN, handlers, ...options }));
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, port: (server.address() as AddressInfo).port };
}

async function stop({ server }: Running) {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
}

/** Resolves with the answer, or rejects if the connection fails first or nothing comes in time. */
function send(port: number, { method = 'GET', path, headers = {}, body }: Send): Promise<Reply> {
  return new Promise((done, fail) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        clearTimeout(timer);
        done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
      });
    });
    const timer = setTimeout(() => {
      req.destroy();
      fail(new Error(`No answer to ${method} ${path} within ${REPLY_TIMEOUT_MS} ms`));
    }, REPLY_TIMEOUT_MS);
    req.on('error', (error) => {
      clearTimeout(timer);
      fail(error);
    });
    req.end(body);
  });
}

const ipc = (port: number, name: string, body: unknown = {}, headers: Record<string, string> = {}) =>
  send(port, { method: 'POST', path: `/ipc/${name}`, headers: { 'Content-Type': 'application/json', 'X-CG-Token': TOKEN, ...headers }, body: JSON.stringify(body) });

/**
 * A request whose body the test feeds by hand. The answer promise settles on the first answer;
 * an error after the answer (the server closing a refused upload) is expected and ignored, an
 * error before it is what the harness must never cause: a reset without a response.
 */
function open(port: number, path: string, headers: Record<string, string | number>) {
  let answered = false;
  let fail: (error: Error) => void = () => undefined;
  let done: (reply: Reply) => void = () => undefined;
  const reply = new Promise<Reply>((resolveReply, rejectReply) => {
    done = resolveReply;
    fail = rejectReply;
  });
  const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers: { 'X-CG-Token': TOKEN, ...headers }, agent: false }, (res) => {
    const chunks: Buffer[] = [];
    res.on('data', (chunk: Buffer) => chunks.push(chunk));
    res.on('end', () => {
      answered = true;
      clearTimeout(timer);
      done({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') });
    });
    res.on('error', () => undefined);
  });
  const timer = setTimeout(() => {
    req.destroy();
    fail(new Error(`No answer to POST ${path} within ${REPLY_TIMEOUT_MS} ms`));
  }, REPLY_TIMEOUT_MS);
  req.on('error', (error) => {
    if (answered) return;
    // The answer may already be in flight when the server closes the upload: give it a moment.
    setTimeout(() => {
      if (!answered) {
        clearTimeout(timer);
        fail(error);
      }
    }, 500);
  });
  req.flushHeaders();
  return { req, reply, isAnswered: () => answered };
}

/** Writes up to `count` chunks with back-pressure, stopping as soon as the server has answered. */
async function feed(target: ReturnType<typeof open>, chunk: Buffer, count: number): Promise<number> {
  let written = 0;
  while (written < count && !target.isAnswered() && !target.req.destroyed) {
    written += 1;
    // Let the answer in between writes: a socket that never pushes back would otherwise take every chunk before any reply is read.
    await new Promise<void>((next) => setImmediate(next));
    if (!target.req.write(chunk)) {
      await new Promise<void>((drained) => {
        const settle = () => {
          clearTimeout(wait);
          target.req.off('drain', settle);
          target.req.off('close', settle);
          drained();
        };
        const wait = setTimeout(settle, 1_000);
        target.req.once('drain', settle);
        target.req.once('close', settle);
      });
    }
  }
  return written;
}

/** Waits, bounded, until `predicate` holds. */
async function until(predicate: () => boolean, timeoutMs = 5_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('Timed out waiting');
    await new Promise((next) => setTimeout(next, 10));
  }
}

/** A getAppInfo body of exactly `bytes` bytes (its extra key makes the handler refuse it, writing nothing). */
function paddedBody(bytes: number): Buffer {
  const shell = '{"pad":""}';
  return Buffer.from(`{"pad":"${'a'.repeat(bytes - shell.length)}"}`);
}

const errorOf = (reply: Reply) => (JSON.parse(reply.text) as { ok: boolean; error: { code: string; message: string } }).error;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
  rendererRoot = join(root, 'renderer');
  mkdirSync(join(rendererRoot, 'assets'), { recursive: true });
  writeFileSync(join(rendererRoot, 'index.html'), INDEX_HTML);
  writeFileSync(join(rendererRoot, 'assets', 'app.js'), APP_JS);
  writeFileSync(join(root, 'secret.txt'), 'not for the web');
  dataFolder = join(root, 'data');
  handlers = createHandlers(await createHarnessDeps(dataFolder));
  main = await start();
  small = await start(SMALL);
  dataBefore = listFiles(dataFolder);
});

afterEach(async () => {
  for (const running of [main, small]) {
    const home = await send(running.port, { path: '/' });
    expect(home.status).toBe(200);
    expect(home.text).toBe(INDEX_HTML);
  }
  expect(listFiles(dataFolder)).toEqual(dataBefore);
});

afterAll(async () => {
  await Promise.all([main, small].filter(Boolean).map(stop));
  rmSync(root, { recursive: true, force: true });
});

describe('web harness: ordinary use still works', () => {
  it('serves files, falls back to index.html for client-side routes and answers IPC with the token', async () => {
    const js = await send(main.port, { path: '/assets/app.js' });
    expect(js.status).toBe(200);
    expect(js.headers['content-type']).toContain('text/javascript');
    expect(js.text).toBe(APP_JS);
    const route = await send(main.port, { path: '/workshops/42/scoring?tab=2' });
    expect(route.status).toBe(200);
    expect(route.text).toBe(INDEX_HTML);
    const info = await ipc(main.port, 'getAppInfo');
    expect(info.status).toBe(200);
    expect(JSON.parse(info.text)).toMatchObject({ ok: true, data: { shell: 'web', name: 'Common Ground' } });
  });
});

describe('web harness: broken addresses', () => {
  it.each(['/%', '/%E0%A4%A', '/assets/%zz.js', '/%00'])('GET %s is answered 400 in the app’s words', async (path) => {
    const reply = await send(main.port, { path });
    expect(reply.status).toBe(400);
    expect(reply.headers['content-type']).toContain('application/json');
    expect(errorOf(reply)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('not valid') });
  });

  it.each(['/ipc/%', '/ipc/%E0%A4%A', '/ipc/get%ZZAppInfo'])('POST %s with the token is answered 400', async (path) => {
    const reply = await send(main.port, { method: 'POST', path, headers: { 'X-CG-Token': TOKEN, 'Content-Type': 'application/json' }, body: '{}' });
    expect(reply.status).toBe(400);
    expect(errorOf(reply).code).toBe('BAD_INPUT');
  });

  it('an unknown IPC method is refused as data, not a crash', async () => {
    const reply = await ipc(main.port, 'deleteEverything');
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });

  it('a request line the URL parser cannot read is answered, not fatal', async () => {
    const answer = await new Promise<string>((done, fail) => {
      const socket = connect(main.port, '127.0.0.1');
      let text = '';
      const timer = setTimeout(() => {
        socket.destroy();
        fail(new Error('no answer'));
      }, REPLY_TIMEOUT_MS);
      socket.on('data', (chunk) => (text += chunk.toString('latin1')));
      socket.on('close', () => {
        clearTimeout(timer);
        done(text);
      });
      socket.on('error', () => undefined);
      socket.end(`GET http://[zz/ HTTP/1.1\r\nHost: 127.0.0.1:${main.port}\r\nConnection: close\r\n\r\n`);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 4\d\d /);
  });
});

describe('web harness: paths outside the app', () => {
  it.each(['/..%2f..%2fetc%2fpasswd', '/..%2fsecret.txt', '/assets/..%2f..%2fsecret.txt', '/..%5csecret.txt'])('GET %s is refused 403', async (path) => {
    const reply = await send(main.port, { path });
    expect(reply.status).toBe(403);
    expect(reply.text).not.toContain('root:');
    expect(reply.text).not.toContain('not for the web');
  });

  it('dot segments the URL parser resolves stay inside the app (its index page)', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/%2e%2e/etc/passwd']) {
      const reply = await send(main.port, { path });
      expect(reply.status).toBe(200);
      expect(reply.text).toBe(INDEX_HTML);
    }
  });
});

describe('web harness: who may call', () => {
  it('refuses an Origin that is not the harness itself with 403', async () => {
    for (const origin of ['http://evil.example', `http://127.0.0.1:${main.port + 1}`, `https://127.0.0.1:${main.port}`, 'null', `http://localhost:${main.port}, http://evil.example`]) {
      const reply = await ipc(main.port, 'getAppInfo', {}, { Origin: origin });
      expect(reply.status, origin).toBe(403);
      expect(errorOf(reply).code).toBe('FORBIDDEN_SENDER');
    }
  });

  it('accepts the harness’s own origin under either loopback name', async () => {
    for (const origin of [`http://127.0.0.1:${main.port}`, `http://localhost:${main.port}`]) {
      const reply = await ipc(main.port, 'getAppInfo', {}, { Origin: origin, 'Sec-Fetch-Site': 'same-origin' });
      expect(reply.status, origin).toBe(200);
      expect(JSON.parse(reply.text).ok).toBe(true);
    }
  });

  it('refuses a cross-site fetch with 403 even when it carries the token', async () => {
    for (const site of ['cross-site', 'same-site']) {
      const reply = await ipc(main.port, 'getAppInfo', {}, { 'Sec-Fetch-Site': site });
      expect(reply.status, site).toBe(403);
    }
  });

  it('refuses a foreign Host, a missing token and a GET to an IPC method', async () => {
    expect((await send(main.port, { path: '/', headers: { Host: 'evil.example' } })).status).toBe(403);
    expect((await send(main.port, { method: 'POST', path: '/ipc/getAppInfo', headers: { Host: 'evil.example', 'X-CG-Token': TOKEN }, body: '{}' })).status).toBe(403);
    const noToken = await send(main.port, { method: 'POST', path: '/ipc/getAppInfo', body: '{}' });
    expect(noToken.status).toBe(401);
    expect(errorOf(noToken).code).toBe('FORBIDDEN_SENDER');
    expect((await send(main.port, { path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN } })).status).toBe(405);
  });
});

describe('web harness: bodies too large', () => {
  it('answers a declared length above the default maximum with 413 before reading any of it', async () => {
    const target = open(main.port, '/ipc/saveFile', { 'Content-Type': 'application/json', 'Content-Length': MAX_BODY_BYTES + 1 });
    const reply = await target.reply;
    target.req.destroy();
    expect(reply.status).toBe(413);
    expect(errorOf(reply)).toMatchObject({ code: 'BAD_INPUT', message: expect.stringContaining('too large') });
  });

  it('answers a declared length above a configured maximum with 413 while the client is still sending', async () => {
    const target = open(small.port, '/ipc/saveFile', { 'Content-Type': 'application/json', 'Content-Length': 4 * 1024 * 1024 });
    await feed(target, Buffer.alloc(16 * 1024, 0x61), 256);
    const reply = await target.reply;
    target.req.destroy();
    expect(reply.status).toBe(413);
  });

  it('answers a chunked body that grows past the maximum with 413: a response, not a reset', async () => {
    const target = open(small.port, '/ipc/saveFile', { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' });
    const written = await feed(target, Buffer.alloc(16 * 1024, 0x61), 256);
    if (!target.isAnswered()) target.req.end();
    const reply = await target.reply;
    target.req.destroy();
    expect(reply.status).toBe(413);
    expect(errorOf(reply).code).toBe('BAD_INPUT');
    // The server stopped taking the body soon after the limit, long before the client's 4 MB.
    expect(written).toBeLessThan(256);
  });

  it('still takes a body just under the configured maximum', async () => {
    const reply = await send(small.port, { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN }, body: paddedBody(SMALL.maxBodyBytes) });
    expect(reply.status).toBe(200);
    expect(JSON.parse(reply.text)).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});

describe('web harness: large bodies at once', () => {
  const bodyBytes = 32 * 1024;

  async function fourAtOnce(headers: (body: Buffer) => Record<string, string | number>, firstBytes: number) {
    const body = paddedBody(bodyBytes);
    const targets = Array.from({ length: 4 }, () => open(small.port, '/ipc/getAppInfo', headers(body)));
    for (const target of targets) target.req.write(body.subarray(0, firstBytes));
    // Two take the large-body places and wait for the rest of their bodies; the other two are turned away.
    await until(() => targets.filter((target) => target.isAnswered()).length >= 2);
    for (const target of targets) if (!target.isAnswered()) target.req.end(body.subarray(firstBytes));
    const replies = await Promise.all(targets.map((target) => target.reply));
    for (const target of targets) target.req.destroy();
    return replies;
  }

  it('answers 503 BUSY to large bodies beyond the limit, counted by Content-Length', async () => {
    const replies = await fourAtOnce((body) => ({ 'Content-Type': 'application/json', 'Content-Length': body.length }), 1024);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 503, 503]);
    for (const busy of replies.filter((reply) => reply.status === 503)) {
      expect(JSON.parse(busy.text)).toEqual({ ok: false, error: { code: 'BUSY', message: 'The app is busy with another large file; try again in a moment.' } });
    }
    // The places are given back: a large body goes through again.
    expect((await send(small.port, { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN }, body: paddedBody(bodyBytes) })).status).toBe(200);
  });

  it('answers 503 BUSY to chunked bodies once they grow large, counted by bytes read', async () => {
    const replies = await fourAtOnce(() => ({ 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' }), 16 * 1024);
    expect(replies.map((reply) => reply.status).sort()).toEqual([200, 200, 503, 503]);
    expect((await send(small.port, { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN }, body: paddedBody(bodyBytes) })).status).toBe(200);
  });

  it('gives a place back when its client goes away mid-upload', async () => {
    const body = paddedBody(bodyBytes);
    const holders = [0, 1].map(() => open(small.port, '/ipc/getAppInfo', { 'Content-Length': body.length }));
    for (const holder of holders) {
      holder.reply.catch(() => undefined);
      holder.req.write(body.subarray(0, 1024));
    }
    // While both are held, a third large body is turned away...
    await new Promise((next) => setTimeout(next, 200));
    const third = await send(small.port, { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN }, body });
    expect(third.status).toBe(503);
    // ...and once their clients leave, large bodies are taken again.
    for (const holder of holders) holder.req.destroy();
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt += 1) {
      status = (await send(small.port, { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN }, body })).status;
      if (status !== 200) await new Promise((next) => setTimeout(next, 50));
    }
    expect(status).toBe(200);
  });
});

describe('web harness: a flood', () => {
  it('answers 200 hostile requests, 20 at a time, each with a status, and stays up', async () => {
    const kinds: Send[] = [
      { path: '/%' },
      { path: '/%E0%A4%A' },
      { path: '/..%2f..%2fetc%2fpasswd' },
      { method: 'POST', path: '/ipc/%', headers: { 'X-CG-Token': TOKEN }, body: '{}' },
      { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN, Origin: 'http://evil.example' }, body: '{}' },
      { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN, 'Sec-Fetch-Site': 'cross-site' }, body: '{}' },
      { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': 'wrong' }, body: '{}' },
      { method: 'POST', path: '/ipc/getAppInfo', headers: { 'X-CG-Token': TOKEN }, body: '{"not json' },
      { method: 'POST', path: '/ipc/saveFile', headers: { 'X-CG-Token': TOKEN }, body: '{"suggestedName":"../../x","base64":"AA=="}' },
      { method: 'DELETE', path: '/index.html' },
    ];
    const statuses: number[] = [];
    const total = 200;
    for (let start = 0; start < total; start += 20) {
      const batch = Array.from({ length: 20 }, (_, i) => send(small.port, kinds[(start + i) % kinds.length]));
      statuses.push(...(await Promise.all(batch)).map((reply) => reply.status));
    }
    expect(statuses).toHaveLength(total);
    expect(statuses.every((status) => status >= 200 && status < 500)).toBe(true);
  }, 60_000);
});

describe('web harness: the last resort', () => {
  it('answers a failure it did not foresee with 500 in plain words, logging the real error to the log only', async () => {
    const logged: unknown[] = [];
    // A handler whose result cannot be serialised makes the harness itself throw after dispatch.
    const broken = { ...handlers, getAppInfo: async () => ({ size: 1n, where: join(root, 'private') }) } as unknown as Handlers;
    const running = await start({ handlers: broken, logError: (error) => logged.push(error) });
    try {
      const reply = await ipc(running.port, 'getAppInfo');
      expect(reply.status).toBe(500);
      expect(JSON.parse(reply.text)).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: 'Something went wrong in the app. Try again; if it keeps happening, restart it.' },
      });
      expect(reply.text).not.toContain(root);
      expect(reply.text).not.toMatch(/BigInt/i);
      expect(logged).toHaveLength(1);
      expect(String(logged[0])).toMatch(/BigInt/i);
      // The same server goes on answering.
      expect((await send(running.port, { path: '/' })).status).toBe(200);
    } finally {
      await stop(running);
    }
  });

  it('writes the real error to stderr when no logger is given', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { ...handlers, getAppInfo: async () => ({ size: 1n }) } as unknown as Handlers;
    const running = await start({ handlers: broken });
    try {
      expect((await ipc(running.port, 'getAppInfo')).status).toBe(500);
      expect(spy).toHaveBeenCalledTimes(1);
    } finally {
      spy.mockRestore();
      await stop(running);
    }
  });
});
