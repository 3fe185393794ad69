/** The processes a bench run needs: the app build, the web harness, and the baseline page server. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

export const BENCH_DIR = resolve('.tmp/bench');
export const RENDERER_COPY = join(BENCH_DIR, 'renderer');
export const BASELINE_OUT = resolve('.tmp/bench-baseline');

/**
 * out/ is shared with other helpers and CI, so build and copy it under the same lock the e2e
 * runs take; the harness then serves the private copy, which nobody can rebuild mid-run.
 */
export function buildApp(skipBuild: boolean): void {
  mkdirSync(BENCH_DIR, { recursive: true });
  const steps = [skipBuild ? 'true' : 'npx electron-vite build', `rm -rf '${RENDERER_COPY}'`, `cp -r out/renderer '${RENDERER_COPY}'`].join(' && ');
  execFileSync('flock', ['/tmp/cg-e2e.lock', 'sh', '-c', `${steps} > '${join(BENCH_DIR, 'build.log')}' 2>&1`], { stdio: 'inherit' });
  if (!existsSync(join(RENDERER_COPY, 'index.html'))) throw new Error(`The renderer build is missing; see ${join(BENCH_DIR, 'build.log')}`);
}

export async function buildBaseline(): Promise<void> {
  await build({
    configFile: false,
    root: resolve('bench/baseline'),
    plugins: [react()],
    logLevel: 'warn',
    build: { outDir: BASELINE_OUT, emptyOutDir: true, minify: true },
  });
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };

/** Serves the baseline with the same caching headers as the harness (no-store), so both load alike. */
export function serveStatic(root: string, port: number): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(root, path === '/' ? 'index.html' : path);
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok(server)));
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Nothing answered at ${url} within ${timeoutMs} ms`);
}

export interface Harness {
  url: string;
  stop: () => void;
}

/** Starts electron/web/serve.ts on its own port, data folder and token; the bench stops it by its pid. */
export async function startHarness(port: number, token: string): Promise<Harness> {
  const child: ChildProcess = spawn(resolve('node_modules/.bin/tsx'), ['electron/web/serve.ts'], {
    env: { ...process.env, CG_PORT: String(port), CG_TOKEN: token, CG_DATA_DIR: join(BENCH_DIR, 'data'), CG_RENDERER_DIR: RENDERER_COPY },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForHttp(`http://127.0.0.1:${port}/`, 30_000);
  return { url: `http://127.0.0.1:${port}/?token=${token}`, stop: () => void child.kill('SIGTERM') };
}

/** Ports in use make a run fail loudly instead of measuring someone else's server. */
export async function assertPortFree(port: number): Promise<void> {
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch {
    return;
  }
  throw new Error(`Port ${port} is already in use; pass another with --port`);
}
