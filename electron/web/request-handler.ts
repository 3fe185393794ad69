import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { dispatch } from '../main/ipc/dispatch';
import type { Handlers } from '../main/handlers/types';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
};

/** The largest IPC body the harness accepts; file contents travel base64, so leave room. */
const MAX_BODY_BYTES = 256 * 1024 * 1024;

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('Request too large'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: string | Buffer, type = 'application/json') {
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

export interface HarnessOptions {
  rendererRoot: string;
  token: string;
  handlers: Handlers;
}

/** Static files for anyone on loopback; IPC only with the session token and a loopback Host. */
export function createHarnessRequestHandler({ rendererRoot, token, handlers }: HarnessOptions) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    try {
      const host = req.headers.host ?? '';
      if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(res, 403, '{"error":"loopback only"}');
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/ipc/')) {
        if (req.method !== 'POST') return send(res, 405, '{"error":"POST only"}');
        if (!sameToken(req.headers['x-cg-token'] as string | undefined, token)) {
          return send(res, 401, JSON.stringify({ ok: false, error: { code: 'FORBIDDEN_SENDER', message: 'This page is not the app: missing or wrong session token' } }));
        }
        let input: unknown;
        try {
          const text = await readBody(req);
          input = text ? JSON.parse(text) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'BAD_INPUT', message: 'The request body is not valid JSON' } }));
        }
        const result = await dispatch(handlers, decodeURIComponent(url.pathname.slice(5)), input);
        return send(res, 200, JSON.stringify(result));
      }
      return serveStatic(res, rendererRoot, url.pathname);
    } catch (error) {
      send(res, 500, JSON.stringify({ ok: false, error: { code: 'INTERNAL', message: (error as Error).message } }));
    }
  };
}

async function serveStatic(res: ServerResponse, root: string, pathname: string) {
  const relativePath = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '');
  let file = join(root, relativePath || 'index.html');
  if (!file.startsWith(root + sep) && file !== root) return send(res, 403, 'Forbidden', 'text/plain');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    // Unknown paths fall back to the app itself (client-side navigation).
    file = join(root, 'index.html');
  }
  try {
    const body = await readFile(file);
    send(res, 200, body, MIME[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(res, 404, 'Not found', 'text/plain');
  }
}
