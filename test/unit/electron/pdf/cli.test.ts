import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../../electron/cli/index';
import type { CliContext } from '../../../../electron/cli/types';
import { generateSealingCertificate, KeyStore } from '../../../../electron/main/services/keys';
import { AgreementFileSchema } from '../../../../shared/model/agreement';
import { appendIncrementalUpdate, draftOf, fixtureFile, fixtureSealedPdf, forge, hasPoppler, loadFixture, tempDir, testDeps, tool, witnessOn, withoutReceipts, writeAgreementFile, writeTemp } from './helpers';

function context(env: NodeJS.ProcessEnv = {}) {
  const dir = tempDir('cg-cli-');
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { deps: testDeps(join(dir, 'data')), out: (l) => out.push(l), err: (l) => err.push(l), env, cwd: dir };
  return { ctx, dir, out, err };
}

/** The fixture's signatures, witnessed by the install of this CLI context (as if signed on this machine). */
const witnessedHere = async (ctx: CliContext, dir: string) => writeAgreementFile(dir, 'witnessed.json', await witnessOn(new KeyStore(ctx.deps), withoutReceipts(loadFixture().version)), { auditEvents: loadFixture().auditEvents });

describe('CLI', () => {
  it('the fixture on a fresh machine: export writes the original sealed PDF it carries, byte for byte; verify names its certificate (exit 3)', async () => {
    const { ctx, dir, out } = context();
    expect(await runCli(['export', fixtureFile(), 'out.pdf'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Wrote the original sealed PDF of version 1 byte for byte \(sealed by CN=Common Ground seal \(Northwind workshop laptop\)/);
    expect(Buffer.compare(readFileSync(join(dir, 'out.pdf')), Buffer.from(fixtureSealedPdf()))).toBe(0);
    if (hasPoppler) {
      const sig = tool('pdfsig', [join(dir, 'out.pdf')]).out;
      expect(sig).toContain('Signature is Valid.');
      expect(sig).toContain('Total document signed');
    }
    out.length = 0;
    expect(await runCli(['verify', 'out.pdf'], ctx)).toBe(3);
    expect(out.join('\n')).toMatch(/out\.pdf: intact, but sealed by a certificate this machine does not know yet/);

    expect(await runCli(['extract', 'out.pdf', 'back.json'], ctx)).toBe(0);
    const back = AgreementFileSchema.parse(JSON.parse(readFileSync(join(dir, 'back.json'), 'utf8')));
    expect(back.version).toEqual(loadFixture().version);
  }, 30_000);

  it('signed on this machine: export seals with this install’s key → verify (exit 0); an appended edit makes verify exit 1', async () => {
    const { ctx, dir, out } = context();
    await witnessedHere(ctx, dir);
    expect(await runCli(['export', 'witnessed.json', 'out.pdf'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Sealed with CN=Common Ground seal/);

    expect(await runCli(['verify', 'out.pdf', '--details'], ctx)).toBe(0);
    expect(out.join('\n')).toMatch(/Certificate: +CN=Common Ground seal .* \(this-install\)/);
    expect(out.join('\n')).toContain('out.pdf: intact and sealed by a known certificate');

    writeTemp(dir, 'appended.pdf', appendIncrementalUpdate(new Uint8Array(readFileSync(join(dir, 'out.pdf')))));
    out.length = 0;
    expect(await runCli(['verify', 'appended.pdf', '--json'], ctx)).toBe(1);
    const report = JSON.parse(out.join('\n')) as { coversWholeFile: boolean; intact: boolean; trusted: boolean };
    expect(report).toMatchObject({ coversWholeFile: false, intact: true, trusted: false });
  }, 30_000);

  it('a forged copy of the fixture (title and pool edited, hash recomputed, its sealed PDF still beside it) is an unsealed IMPORTED COPY: export exits 1, verify exits 1', async () => {
    const { ctx, dir, out } = context();
    const file = JSON.parse(readFileSync(fixtureFile(), 'utf8')) as Record<string, unknown>;
    writeAgreementFile(dir, 'forged.json', forge(loadFixture().version), { auditEvents: file.auditEvents, sealedPdf: file.sealedPdf });
    expect(await runCli(['export', 'forged.json', 'forged.pdf'], ctx)).toBe(1);
    expect(out.join('\n')).toMatch(/Not sealed: the signatures of version 1 were not captured on this install .* “IMPORTED COPY — NOT VERIFIED”/);
    expect(out.join('\n')).toContain('The sealed PDF the file carries was not used: The sealed PDF holds other content than this version.');
    expect(readFileSync(join(dir, 'forged.pdf')).toString('latin1')).not.toContain('/ByteRange');
    out.length = 0;
    expect(await runCli(['verify', 'forged.pdf'], ctx)).toBe(1);
    expect(out).toEqual([expect.stringMatching(/^forged\.pdf: not sealed — /)]);
    if (hasPoppler) {
      expect(tool('pdfsig', [join(dir, 'forged.pdf')]).out).toMatch(/does not contain any signatures/);
      expect(tool('pdftotext', [join(dir, 'forged.pdf'), '-']).out).toContain('IMPORTED COPY — NOT VERIFIED');
    }
    // Without the sealed PDF, the genuine fixture is no better off: its receipts are another install's.
    writeAgreementFile(dir, 'plain.json', loadFixture().version);
    expect(await runCli(['export', 'plain.json', 'plain.pdf'], ctx)).toBe(1);
    writeTemp(dir, 'bad.json', new TextEncoder().encode(JSON.stringify({ ...file, sealedPdf: 'not base64!' })));
    expect(await runCli(['export', 'bad.json', 'bad.pdf'], ctx)).toBe(2);
  }, 30_000);

  it('seals with an organisation .p12 whose password comes from CG_P12_PASSWORD', async () => {
    const org = generateSealingCertificate({ commonName: 'Northwind seal', organisation: 'Northwind Analytics' });
    const { ctx, dir, out, err } = context({ CG_P12_PASSWORD: org.passphrase });
    writeTemp(dir, 'org.p12', org.p12);
    await witnessedHere(ctx, dir);
    expect(await runCli(['export', 'witnessed.json', 'org.pdf', '--p12', 'org.p12'], ctx)).toBe(0);
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
