import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { dispatch } from '../main/ipc/dispatch';
import type { Handlers } from '../main/handlers/types';
import type { ErrorCode } from '../../shared/ipc/result';
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
export const MAX_BODY_BYTES = 256 * 1024 * 1024;
/** An IPC body above this size counts as large: only a few of those are read and handled at once. */
export const LARGE_BODY_BYTES = 8 * 1024 * 1024;
/** How many large IPC bodies may be in flight together (each can cost several times its size). */
export const MAX_CONCURRENT_LARGE_BODIES = 2;
/**
 * After refusing a body it has not read, the harness keeps discarding what the client still sends
 * for this long before closing, so the client reads the answer instead of a connection reset.
 */
const LINGER_MS = 2_000;

/** The app's own words for what the transport refuses; handlers' errors come from dispatch. */
const MESSAGES = {
  INTERNAL: 'Something went wrong in the app. Try again; if it keeps happening, restart it.',
  BUSY: 'The app is busy with another large file; try again in a moment.',
  TOO_LARGE: 'This is too large for the app to take in one go. Try a smaller file.',
  BAD_ESCAPE: 'This address is not valid: it has a broken % escape.',
  BAD_JSON: 'The request body is not valid JSON',
  LOOPBACK: 'The app answers only on this computer’s own address (127.0.0.1 or localhost).',
  ORIGIN: 'This page is not the app: requests from other sites are refused.',
  TOKEN: 'This page is not the app: missing or wrong session token',
  POST_ONLY: 'App calls are sent with POST.',
  GET_ONLY: 'Only pages and files can be fetched here (GET).',
  TRAVERSAL: 'That file is outside the app.',
} as const;

/** The shared error codes, plus the one only the transport can give. */
type HarnessErrorCode = ErrorCode | 'BUSY';

const failure = (code: HarnessErrorCode, message: string) => JSON.stringify({ ok: false, error: { code, message } });

/** A refusal decided while reading a request: answered with its status, never a crash. */
class Refusal extends Error {
  constructor(
    readonly status: number,
    readonly code: HarnessErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** The client went away before its body arrived: there is no one left to answer. */
class ClientGone extends Error {}

export interface HarnessOptions {
  rendererRoot: string;
  token: string;
  handlers: Handlers;
  /** Largest IPC body accepted, in bytes (413 above it). Defaults to {@link MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
  /** Size above which an IPC body counts as large. Defaults to {@link LARGE_BODY_BYTES}. */
  largeBodyBytes?: number;
  /** Large IPC bodies read or handled at once (503 beyond). Defaults to {@link MAX_CONCURRENT_LARGE_BODIES}. */
  maxConcurrentLargeBodies?: number;
  /** Where the real cause of a 500 goes; stderr by default. Never shown to the client. */
  logError?: (error: unknown) => void;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A request whose body has not been read to the end: answering it must not stall or reset the client. */
function hasUnreadBody(req: IncomingMessage): boolean {
  if (req.complete) return false;
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * Sends one answer, if the client can still take it. When the request body was not read, the
 * rest is discarded as it arrives, and once the answer is out the connection is closed (after a
 * short linger) so the unread body is never piled up, nor turned into a reset before the answer.
 */
function send(req: IncomingMessage, res: ServerResponse, status: number, body: string | Buffer, type = 'application/json') {
  if (res.headersSent || res.destroyed || res.writableEnded) return;
  const closeAfter = hasUnreadBody(req);
  if (closeAfter) {
    const socket: Socket = req.socket;
    req.removeAllListeners('data');
    req.resume();
    res.once('finish', () => {
      const timer = setTimeout(() => socket.destroy(), LINGER_MS);
      timer.unref();
      socket.once('close', () => clearTimeout(timer));
      socket.end();
    });
  }
  res.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
  });
  res.end(body);
}

interface BodyLimits {
  maxBytes: number;
  largeBytes: number;
  /** Takes one of the large-body places; false when none is free. */
  claimLarge: () => boolean;
}

/** Parses a Content-Length header; undefined when absent, NaN when it is not a plain number. */
function declaredLength(req: IncomingMessage): number | undefined {
  const value = req.headers['content-length'];
  if (value === undefined) return undefined;
  return /^\d+$/.test(value) ? Number(value) : Number.NaN;
}

/**
 * Reads the body within the limits: a known length is read into one buffer (no second copy when
 * joining chunks); a body that grows past the maximum, or turns large with no place free, is
 * refused at once and the rest is not kept.
 */
function readBody(req: IncomingMessage, length: number | undefined, limits: BodyLimits): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const fixed = length !== undefined && length > 0 ? Buffer.allocUnsafe(length) : undefined;
    const chunks: Buffer[] = [];
    let size = 0;
    let large = length !== undefined && length > limits.largeBytes;
    let settled = false;

    const settle = (error: Error | undefined, text?: string) => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) reject(error);
      else resolveBody(text ?? '');
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return settle(new Refusal(413, 'BAD_INPUT', MESSAGES.TOO_LARGE));
      if (!large && size > limits.largeBytes) {
        if (!limits.claimLarge()) return settle(new Refusal(503, 'BUSY', MESSAGES.BUSY));
        large = true;
      }
      if (fixed) {
        if (size > fixed.length) return settle(new Refusal(400, 'BAD_INPUT', MESSAGES.BAD_JSON));
        chunk.copy(fixed, size - chunk.length);
      } else chunks.push(chunk);
    };
    const onEnd = () => {
      if (fixed && size !== fixed.length) return settle(new ClientGone('The body ended before its declared length'));
      settle(undefined, (fixed ?? Buffer.concat(chunks)).toString('utf8'));
    };
    const onError = () => settle(new ClientGone('The client went away while sending'));
    const onClose = () => settle(new ClientGone('The client went away while sending'));

    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

/** The pathname, percent-decoded; undefined when an escape is broken. */
function decodePath(path: string): string | undefined {
  try {
    return decodeURIComponent(path);
  } catch {
    return undefined;
  }
}

/** An Origin, when a browser sends one, must be the harness itself on a loopback name and the Host's port. */
function sameOrigin(origin: string | undefined, host: string): boolean {
  if (origin === undefined) return true;
  const port = /:(\d+)$/.exec(host)?.[1];
  const suffix = port ? `:${port}` : '';
  return origin === `http://127.0.0.1${suffix}` || origin === `http://localhost${suffix}`;
}

/** The app's own page fetches same-origin; anything another site started is refused. */
function fetchSiteAllowed(site: string | undefined): boolean {
  return site === undefined || site === 'same-origin' || site === 'none';
}

/**
 * Static files for anyone on loopback; IPC only with the session token, a loopback Host and, when
 * the browser names one, the harness's own Origin. No request, however malformed, can end the
 * process: every path is awaited, and anything unexpected is answered 500 in plain words.
 */
export function createHarnessRequestHandler(options: HarnessOptions) {
  const { token, handlers } = options;
  const rendererRoot = resolve(options.rendererRoot);
  const maxBodyBytes = options.maxBodyBytes ?? MAX_BODY_BYTES;
  const largeBodyBytes = options.largeBodyBytes ?? LARGE_BODY_BYTES;
  const maxConcurrentLarge = options.maxConcurrentLargeBodies ?? MAX_CONCURRENT_LARGE_BODIES;
  const logError = options.logError ?? ((error: unknown) => console.error('[web harness] request failed:', error));
  let largeInFlight = 0;

  async function handleIpc(req: IncomingMessage, res: ServerResponse, host: string, pathname: string) {
    if (req.method !== 'POST') return send(req, res, 405, failure('BAD_INPUT', MESSAGES.POST_ONLY));
    if (!sameOrigin(req.headers.origin, host) || !fetchSiteAllowed(req.headers['sec-fetch-site'] as string | undefined)) {
      return send(req, res, 403, failure('FORBIDDEN_SENDER', MESSAGES.ORIGIN));
    }
    if (!sameToken(req.headers['x-cg-token'] as string | undefined, token)) {
      return send(req, res, 401, failure('FORBIDDEN_SENDER', MESSAGES.TOKEN));
    }
    const method = decodePath(pathname.slice('/ipc/'.length));
    if (method === undefined) return send(req, res, 400, failure('BAD_INPUT', MESSAGES.BAD_ESCAPE));

    const length = declaredLength(req);
    if (Number.isNaN(length)) return send(req, res, 400, failure('BAD_INPUT', MESSAGES.BAD_JSON));
    if (length !== undefined && length > maxBodyBytes) return send(req, res, 413, failure('BAD_INPUT', MESSAGES.TOO_LARGE));

    let holdsLargePlace = false;
    const claimLarge = () => {
      if (largeInFlight >= maxConcurrentLarge) return false;
      largeInFlight += 1;
      holdsLargePlace = true;
      return true;
    };
    if (length !== undefined && length > largeBodyBytes && !claimLarge()) {
      return send(req, res, 503, failure('BUSY', MESSAGES.BUSY));
    }
    try {
      let text: string;
      try {
        text = await readBody(req, length, { maxBytes: maxBodyBytes, largeBytes: largeBodyBytes, claimLarge });
      } catch (error) {
        if (error instanceof Refusal) return send(req, res, error.status, failure(error.code, error.message));
        if (error instanceof ClientGone) return res.destroy();
        throw error;
      }
      let input: unknown;
      try {
        input = text ? JSON.parse(text) : {};
      } catch {
        return send(req, res, 400, failure('BAD_INPUT', MESSAGES.BAD_JSON));
      }
      text = '';
      const result = await dispatch(handlers, method, input);
      input = undefined;
      send(req, res, 200, JSON.stringify(result));
    } finally {
      if (holdsLargePlace) largeInFlight -= 1;
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const host = req.headers.host ?? '';
    if (!/^(127\.0\.0\.1|localhost)(:\d+)?$/.test(host)) return send(req, res, 403, failure('FORBIDDEN_SENDER', MESSAGES.LOOPBACK));
    let pathname: string;
    try {
      pathname = new URL(req.url ?? '/', `http://${host}`).pathname;
    } catch {
      return send(req, res, 400, failure('BAD_INPUT', MESSAGES.BAD_ESCAPE));
    }
    if (pathname.startsWith('/ipc/')) return await handleIpc(req, res, host, pathname);
    return await serveStatic(req, res, rendererRoot, pathname);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    // A write to a client that already left must not become an uncaught 'error' event.
    res.on('error', () => undefined);
    try {
      await handle(req, res);
    } catch (error) {
      try {
        logError(error);
      } catch {
        // Logging must not be the thing that fails the answer.
      }
      try {
        if (res.headersSent) res.destroy();
        else send(req, res, 500, failure('INTERNAL', MESSAGES.INTERNAL));
      } catch {
        res.destroy();
      }
    }
  };
}

async function serveStatic(req: IncomingMessage, res: ServerResponse, root: string, pathname: string) {
  if (req.method !== 'GET' && req.method !== 'HEAD') return send(req, res, 405, failure('BAD_INPUT', MESSAGES.GET_ONLY));
  const decoded = decodePath(pathname);
  if (decoded === undefined || decoded.includes('\0')) return send(req, res, 400, failure('BAD_INPUT', MESSAGES.BAD_ESCAPE));
  // An encoded "../" (as %2f or a backslash) is not resolved by the URL parser: refuse it outright.
  if (decoded.split(/[/\\]/).includes('..')) return send(req, res, 403, 'Forbidden', 'text/plain');
  const relativePath = normalize(decoded).replace(/^([/\\])+/, '');
  let file = join(root, relativePath || 'index.html');
  if (!file.startsWith(root + sep) && file !== root) return send(req, res, 403, 'Forbidden', 'text/plain');
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
  } catch {
    // Unknown paths fall back to the app itself (client-side navigation).
    file = join(root, 'index.html');
  }
  try {
    const body = await readFile(file);
    send(req, res, 200, body, MIME[extname(file)] ?? 'application/octet-stream');
  } catch {
    send(req, res, 404, 'Not found', 'text/plain');
  }
}
