import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/index';
import type { CliContext } from '../../../../electron/cli/types';
import { generateSealingCertificate } from '../../../../electron/main/services/keys';
import { AgreementFileSchema } from '../../../../shared/model/agreement';
import { appendIncrementalUpdate, draftOf, fixtureFile, loadFixture, tempDir, testDeps, writeTemp } from './helpers';

function context(env: NodeJS.ProcessEnv = {}) {
  const dir = tempDir('cg-cli-');
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { deps: testDeps(join(dir, 'data')), out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: dir };
  return { ctx, dir, out, err };
}

describe('CLI', () => {
  it('export → verify (exit 0) → extract gives back the same version; an appended edit makes verify exit 1', async () => {
    const { ctx, dir, out } = context();
    expect(await runCli(['export', fixtureFile(), 'out.pdf'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Sealed with CN=Common Ground seal/);

    expect(await runCli(['verify', 'out.pdf', '--details'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Certificate: +CN=Common Ground seal .* \(this-install\)/);
    expect(out.join('\n')).toContain('out.pdf: intact and sealed by a known certificate');

    expect(await runCli(['extract', 'out.pdf', 'back.json'], ctx)).toBe(0);
    const back = AgreementFileSchema.parse(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')));
    expect(back.version).toEqual(loadFixture().version);

    writeTemp(dir, 'appended.pdf', appendIncrementalUpdate(new Uint8Array(readFileSync(join(dir, 'out.pdf')))));
    out.length = 0;
    expect(await runCli(['verify', 'appended.pdf', '--json'], ctx)).toBe(1);
    const report = JSON.parse(out.join('\n')) as { coversWholeFile: boolean; intact: boolean; trusted: boolean };
    expect(report).toMatchObject({ coversWholeFile: false, intact: true, trusted: false });
  }, 30_000);

  it('seals with an organisation .p12 whose password comes from CG_P12_PASSWORD', async () => {
    const org = generateSealingCertificate({ commonName: 'Northwind seal', organisation: 'Northwind Analytics' });
    const { ctx, dir, out, err } = context({ CG_P12_PASSWORD: org.passphrase });
    writeTemp(dir, 'org.p12', org.p12);
    expect(await runCli(['export', fixtureFile(), 'org.pdf', '--p12', 'org.p12'], ctx)).toBe(0);
    expect(out.join('\n')).toContain(org.fingerprint);

    const wrong = context({ CG_P12_PASSWORD: 'wrong' });
    writeTemp(wrong.dir, 'org.p12', org.p12);
    expect(await runCli(['export', fixtureFile(), 'x.pdf', '--p12', 'org.p12'], wrong.ctx)).toBe(2);
    expect(wrong.err.join('\n')).toMatch(/password does not open this \.p12/);
    expect(err).toEqual([]);
  }, 30_000);

  it('exports a draft unsealed, and verify says no (exit 1)', async () => {
    const { ctx, dir, out } = context();
    const { version } = loadFixture();
    writeTemp(dir, 'draft.json', new TextEncoder().encode(JSON.stringify({ kind: 'common-ground/agreement', schemaVersion: 1, version: draftOf(version) })));
    expect(await runCli(['export', 'draft.json', 'draft.pdf'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Not sealed: version 1 is draft/);
    expect(await runCli(['verify', 'draft.pdf'], ctx)).toBe(1);
  }, 30_000);

  it('explains bad usage, unknown commands and unreadable input with exit 2', async () => {
    const { ctx, dir, err } = context();
    expect(await runCli(['frobnicate'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/Unknown command "frobnicate". Commands: .*export.*extract.*verify/);
    expect(await runCli(['export', 'only-one-arg.json'], ctx)).toBe(2);
    expect(await runCli(['verify', 'missing.pdf'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/Cannot read the PDF missing\.pdf: ENOENT/);
    writeTemp(dir, 'bad.json', new TextEncoder().encode('{"kind":"common-ground/agreement","schemaVersion":1,"version":{}}'));
    expect(await runCli(['export', 'bad.json', 'x.pdf'], ctx)).toBe(2);
    expect(err.pop()).toMatch(/bad\.json is not a valid agreement/);
    expect(await runCli([], ctx)).toBe(2);
  });
});
