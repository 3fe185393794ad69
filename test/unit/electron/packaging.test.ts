/**
 * Packs the built app with electron-builder and looks inside the asar. The real Electron binary
 * cannot be downloaded here, so electron-builder gets a stand-in Electron folder whose "binary"
 * carries the fuse sentinel, which also lets us check that the security fuses get flipped.
 * Needs `npx electron-vite build` first; without out/ it skips and says so.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, writeFileSync, chmodSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { createRequire } from 'node:module';
import { extractFile, listPackage } from '@electron/asar';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const root = resolve('.');
const built = ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'].every((f) => existsSync(join(root, f)));
const linux = process.platform === 'linux';
if (!built) console.warn('[packaging.test] skipped: out/ is missing. Run `npx electron-vite build` first.');
if (!linux) console.warn('[packaging.test] skipped: the stand-in Electron folder is a Linux layout.');

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Electron 45's default fuse wire: RunAsNode, CookieEncryption, NodeOptions, CliInspect,
// AsarIntegrity, OnlyLoadFromAsar, V8Snapshot, GrantFileProtocolExtraPrivileges.
const DEFAULT_WIRE = '10110001';

describe.skipIf(!built || !linux)('packaged app (electron-builder --dir with a stand-in Electron)', () => {
  let work: string;
  let appDir: string;
  let files: string[];

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'cg-pack-'));
    const electronDist = join(work, 'electron-dist');
    mkdirSync(join(electronDist, 'resources'), { recursive: true });
    const binary = Buffer.concat([
      Buffer.from('#!/bin/sh\necho "stand-in Electron"\nexit 0\n# '),
      Buffer.from(SENTINEL),
      Buffer.from([1, DEFAULT_WIRE.length]),
      Buffer.from(`${DEFAULT_WIRE}\n`),
    ]);
    writeFileSync(join(electronDist, 'electron'), binary);
    chmodSync(join(electronDist, 'electron'), 0o755);
    const version = (require('electron/package.json') as { version: string }).version;
    writeFileSync(join(electronDist, 'version'), version);

    const output = join(work, 'dist');
    await run(
      process.execPath,
      [require.resolve('electron-builder/cli.js'), '--linux', '--dir', `-c.electronDist=${electronDist}`, `-c.directories.output=${output}`],
      { cwd: root, timeout: 170_000, maxBuffer: 20 * 1024 * 1024, env: { ...process.env, CI: 'true' } },
    );
    appDir = join(output, 'linux-unpacked');
    files = listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) => f.replace(/\\/g, '/'));
  }, 180_000);

  it('contains the built main, preload and renderer and package.json', () => {
    for (const path of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html', '/out/phone/index.html']) {
      expect(files, path).toContain(path);
    }
    const pkg = JSON.parse(extractFile(join(appDir, 'resources', 'app.asar'), 'package.json').toString()) as { main: string };
    expect(files).toContain(`/${pkg.main}`);
    const html = extractFile(join(appDir, 'resources', 'app.asar'), 'out/renderer/index.html').toString();
    expect(html).toContain('Content-Security-Policy');
  });

  it('contains no sources, tests, source maps or build-only dependencies', () => {
    const forbiddenRoots = ['/src', '/electron', '/renderer', '/shared', '/test', '/build', '/bench', '/dist', '/.tmp'];
    for (const prefix of forbiddenRoots) expect(files.filter((f) => f === prefix || f.startsWith(`${prefix}/`)), prefix).toEqual([]);
    expect(files.filter((f) => f.endsWith('.map') && f.startsWith('/out/'))).toEqual([]);
    expect(files.filter((f) => /\.tsx?$/.test(f) && !f.endsWith('.d.ts') && f.startsWith('/out/'))).toEqual([]);
    const modules = new Set(files.filter((f) => f.startsWith('/node_modules/')).map((f) => f.split('/').slice(2, f.startsWith('/node_modules/@') ? 4 : 3).join('/')));
    for (const dev of ['react-dom', 'dexie', 'vite', 'vitest', 'electron', 'electron-builder', 'typescript', 'zustand', 'recharts', '@dnd-kit/core']) {
      expect(modules.has(dev), `${dev} must not be shipped`).toBe(false);
    }
    // The runtime dependencies the main process needs are there (ws serves the room).
    expect(modules.has('zod')).toBe(true);
    expect(modules.has('ws')).toBe(true);
  });

  it('flips the Electron fuses that would let the binary run as plain Node or load code outside the asar', () => {
    const binary = readFileSync(join(appDir, 'common-ground'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length;
    const wire = binary.subarray(at + 2, at + 2 + DEFAULT_WIRE.length).toString();
    expect(wire[0], 'RunAsNode').toBe('0');
    expect(wire[1], 'EnableCookieEncryption').toBe('1');
    expect(wire[2], 'EnableNodeOptionsEnvironmentVariable').toBe('0');
    expect(wire[3], 'EnableNodeCliInspectArguments').toBe('0');
    expect(wire[4], 'EnableEmbeddedAsarIntegrityValidation').toBe('1');
    expect(wire[5], 'OnlyLoadAppFromAsar').toBe('1');
  });

  it('cleans up', () => {
    rmSync(work, { recursive: true, force: true });
    expect(existsSync(work)).toBe(false);
  });
});
