import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module of the build room, without types
import { electronBinaryProblem } from '../../../build/check-electron.mjs';

const problem = electronBinaryProblem as (dir: string, env?: Record<string, string | undefined>) => string | null;
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'cg-electron-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start on a machine without the Electron binary', () => {
  it('says what happened and what to do, and names npm run web meanwhile', () => {
    const text = problem(dir, {})!;
    expect(text).toMatch(/^Common Ground cannot open its window: the Electron binary is not installed\./);
    expect(text).toContain('node node_modules/electron/install.js');
    expect(text).toContain('npm run web');
    expect(text).not.toMatch(/uninstall/i);
  });

  it('is quiet when the binary is in place, or an override points at one', () => {
    writeFileSync(join(dir, 'path.txt'), 'electron');
    expect(problem(dir, {})).not.toBeNull(); // path.txt alone is not a binary
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'electron'), '');
    expect(problem(dir, {})).toBeNull();
    expect(problem(join(dir, 'nowhere'), { ELECTRON_OVERRIDE_DIST_PATH: dir })).toBeNull();
    expect(problem(dir, { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'missing') })).toMatch(/does not exist/);
  });
});
