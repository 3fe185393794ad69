import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { colonFingerprint, exitCodeFor } from '../../../../electron/cli/commands/verify';
import { generateSealingCertificate, KeyStore } from '../../../../electron/main/services/keys';
import { verifyPdf } from '../../../../electron/main/services/pdf/verify';
import { appendIncrementalUpdate, draftOf, flipOneByte, forge, loadFixture, tempDir, testDeps, witnessOn, withoutReceipts, writeAgreementFile, writeTemp } from '../pdf/helpers';
import { cliContext, damageSealCertificate } from './helpers';

/** One folder of PDFs made once: a good one, three altered copies, a draft, one sealed elsewhere. */
const dir = tempDir('cg-cli-verify-');
const dataFolder = join(dir, 'data');
const FILES = { good: 'good.pdf', flipped: 'flipped.pdf', appended: 'appended.pdf', badCert: 'bad-cert.pdf', draft: 'draft.pdf', stranger: 'stranger.pdf', forged: 'forged.pdf' } as const;
let good: Uint8Array;
let strangerFingerprint = '';

/** The fixture as signed on the install of `folder`: receipts from its witness service, so its export is sealed there. */
async function signedOn(folder: string, inDir: string, name: string): Promise<string> {
  const { version, auditEvents } = loadFixture();
  writeAgreementFile(inDir, name, await witnessOn(new KeyStore(testDeps(folder)), withoutReceipts(version)), { auditEvents });
  return name;
}

beforeAll(async () => {
  const here = cliContext({ dir, dataFolder });
  expect(await here.run('export', await signedOn(dataFolder, dir, 'signed-here.json'), FILES.good)).toBe(0);
  good = new Uint8Array(readFileSync(join(dir, FILES.good)));
  writeTemp(dir, FILES.flipped, flipOneByte(good));
  writeTemp(dir, FILES.appended, appendIncrementalUpdate(good));
  writeTemp(dir, FILES.badCert, damageSealCertificate(good));
  writeTemp(dir, 'draft.json', new TextEncoder().encode(JSON.stringify({ kind: 'common-ground/agreement', schemaVersion: 1, version: draftOf(loadFixture().version) })));
  expect(await here.run('export', 'draft.json', FILES.draft)).toBe(0);
  // Title and pool edited, hash recomputed: export makes it an unsealed IMPORTED COPY (exit 1).
  writeAgreementFile(dir, 'forged.json', forge(loadFixture().version), { auditEvents: loadFixture().auditEvents });
  expect(await here.run('export', 'forged.json', FILES.forged)).toBe(1);
  // Sealed by another install: its own data folder, its own certificate.
  const elsewhere = cliContext({ dir, dataFolder: join(dir, 'elsewhere') });
  expect(await elsewhere.run('export', await signedOn(join(dir, 'elsewhere'), dir, 'signed-elsewhere.json'), FILES.stranger)).toBe(0);
  strangerFingerprint = (await new KeyStore(testDeps(join(dir, 'elsewhere'))).info()).fingerprint;
}, 60_000);

const verify = (...args: string[]) => {
  const c = cliContext({ dir, dataFolder });
  return c.run('verify', ...args).then((code) => ({ code, out: c.out, err: c.err }));
};

describe('cli verify, one line per file', () => {
  it('says a file sealed here is intact and known (exit 0)', async () => {
    const { code, out } = await verify(FILES.good);
    expect(code).toBe(0);
    expect(out).toEqual([expect.stringMatching(/^good\.pdf: intact and sealed by a known certificate \(CN=Common Ground seal .*; this install’s own certificate\)$/)]);
  });

  it.each([
    ['a flipped byte', FILES.flipped, /digest mismatch/],
    ['an incremental update appended after the seal', FILES.appended, /bytes were added after the sealed part/],
    ['a damaged certificate inside the seal', FILES.badCert, /certificate inside the seal is damaged/],
  ])('calls %s altered, after or before a good file (exit 1)', async (_what, bad, reason) => {
    for (const order of [[FILES.good, bad], [bad, FILES.good]]) {
      const { code, out } = await verify(...order);
      expect(code).toBe(1);
      expect(out).toHaveLength(2);
      expect(out.find((l) => l.startsWith(`${bad}: `))).toMatch(new RegExp(`^${bad.replace('.', '\\.')}: altered — .*${reason.source}`));
      expect(out.find((l) => l.startsWith(`${FILES.good}: `))).toContain('intact and sealed by a known certificate');
    }
  });

  it('checks every file it is given: good, flipped, appended, damaged certificate, draft', async () => {
    const { code, out } = await verify(FILES.good, FILES.flipped, FILES.appended, FILES.badCert, FILES.draft);
    expect(code).toBe(1);
    expect(out.map((l) => l.slice(0, l.indexOf(':')))).toEqual([FILES.good, FILES.flipped, FILES.appended, FILES.badCert, FILES.draft]);
    expect(out[4]).toMatch(/^draft\.pdf: not sealed — /);
  });

  it('calls an unsealed copy that claims signatures imported, not verified, naming the signers, in one line (exit 1, even beside good files)', async () => {
    const { code, out } = await verify(FILES.good, FILES.forged, FILES.stranger);
    expect(code).toBe(1);
    expect(out).toHaveLength(3);
    expect(out[1]).toBe(`${FILES.forged}: not sealed — imported, not verified: it says it was signed by Maya Fischer, Daniel Okoye, but carries no seal, so nothing shows those signatures belong to this content; ask for the original sealed PDF`);
    // A draft is not called imported: it claims no signed status.
    expect((await verify(FILES.draft)).out[0]).not.toContain('imported');
  });

  it('shows the fingerprint of a certificate it does not know, and exits 3 only when nothing is altered', async () => {
    const alone = await verify(FILES.stranger, FILES.good);
    expect(alone.code).toBe(3);
    const expected = colonFingerprint(strangerFingerprint);
    expect(expected).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(alone.out[0]).toBe(
      `stranger.pdf: intact, but sealed by a certificate this machine does not know yet — compare this fingerprint with the sender by phone or in person: ${expected} (CN=Common Ground seal (${alone.out[0].match(/\(CN=Common Ground seal \((.*)\), O=/)?.[1]}), O=Common Ground)`,
    );
    expect((await verify(FILES.stranger, FILES.appended)).code).toBe(1);
    expect((await verify(FILES.appended, FILES.stranger)).code).toBe(1);
  });

  it('a file that cannot be opened is named on stderr (exit 2), the others are still checked; altered still wins', async () => {
    const missing = await verify(FILES.good, 'missing.pdf');
    expect(missing.code).toBe(2);
    expect(missing.out).toHaveLength(1);
    expect(missing.err).toEqual(['missing.pdf: Cannot read the PDF missing.pdf: ENOENT']);
    expect((await verify('missing.pdf', FILES.flipped)).code).toBe(1);
  });

  it('prints one JSON object per line with --json, and the full report with --details', async () => {
    const json = await verify(FILES.good, FILES.appended, '--json');
    expect(json.code).toBe(1);
    const [a, b] = json.out.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(a).toMatchObject({ file: FILES.good, result: 'known', verdict: 'trusted', trusted: true });
    expect(b).toMatchObject({ file: FILES.appended, result: 'altered', verdict: 'untrusted', trusted: false, intact: true, coversWholeFile: false });

    const details = await verify(FILES.good, '--details');
    expect(details.out.join('\n')).toMatch(/Cert SHA-256: +([0-9A-F]{2}:){31}[0-9A-F]{2}/);
    expect(details.out.at(-1)).toMatch(/^good\.pdf: intact and sealed/);
  });

  it('refuses no file, unknown options and a flag with a value (exit 2, usage shown)', async () => {
    for (const [args, message] of [
      [[], /<file\.pdf> is missing/],
      [[FILES.good, '--jsno'], /--jsno is not an option of verify \(did you mean --json\?\)/],
      [[FILES.good, '--json=yes'], /--json takes no value/],
    ] as const) {
      const { code, err, out } = await verify(...args);
      expect(code).toBe(2);
      expect(err[0]).toMatch(message);
      expect(err[1]).toBe('Usage: npm run cli -- verify <file.pdf> [more.pdf …] [--details] [--json]');
      expect(out).toEqual([]);
    }
  });

  it('the exit code of a run is the worst file’s: altered 1, cannot open 2, unknown certificate 3', () => {
    expect(exitCodeFor(['known', 'known'])).toBe(0);
    expect(exitCodeFor(['unknown-certificate', 'known'])).toBe(3);
    expect(exitCodeFor(['unknown-certificate', 'cannot-open'])).toBe(2);
    expect(exitCodeFor(['unknown-certificate', 'cannot-open', 'not-sealed'])).toBe(1);
    expect(exitCodeFor(['known', 'altered', 'unknown-certificate'])).toBe(1);
    expect(exitCodeFor(['known', 'unverified-copy', 'unknown-certificate'])).toBe(1);
  });

  it('runs as a real process with tsx: exit code and lines as in-process', () => {
    const r = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), resolve('electron/cli/index.ts'), 'verify', FILES.appended, FILES.good], {
      cwd: dir,
      env: { ...process.env, CG_DATA_DIR: dataFolder },
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(r.status).toBe(1);
    expect(r.stdout.trim().split('\n')).toEqual([expect.stringMatching(/^appended\.pdf: altered — /), expect.stringMatching(/^good\.pdf: intact and sealed by a known certificate/)]);
  }, 60_000);
});

describe('the seal verifier (services) behind it', () => {
  it('reports a damaged certificate inside the seal as damage, not as an unknown certificate', async () => {
    const keys = new KeyStore(testDeps(dataFolder));
    const report = await verifyPdf(damageSealCertificate(good), (fp) => keys.originOf(fp));
    expect(report.intact).toBe(false);
    expect(report.problems).toContain('The certificate inside the seal is damaged: its own signature does not match its contents.');
    expect(report.certificate?.origin).toBe('unknown');
    expect((await verifyPdf(good, (fp) => keys.originOf(fp))).intact).toBe(true);
  });

  it('an organisation .p12 given to export is known to verify afterwards; the password stays in CG_P12_PASSWORD', async () => {
    const org = generateSealingCertificate({ commonName: 'Northwind seal', organisation: 'Northwind Analytics' });
    const c = cliContext({ env: { CG_P12_PASSWORD: org.passphrase } });
    writeTemp(c.dir, 'org.p12', org.p12);
    const keys = new KeyStore(c.ctx.deps);
    expect(await keys.originOf(org.fingerprint)).toBe('unknown');
    expect(await c.run('export', await signedOn(c.ctx.deps.dataFolder, c.dir, 'signed.json'), 'org.pdf', '--p12', 'org.p12')).toBe(0);
    expect(await keys.originOf(org.fingerprint)).toBe('imported');
    expect(await c.run('verify', 'org.pdf')).toBe(0);
    expect(c.out).toEqual(['org.pdf: intact and sealed by a known certificate (CN=Northwind seal, O=Northwind Analytics; an imported organisation certificate)']);
  }, 30_000);
});
