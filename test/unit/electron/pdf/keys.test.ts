import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KeyStore, generateSealingCertificate, inspectP12 } from '../../../../electron/main/services/keys';
import { AppFailure } from '../../../../shared/ipc/result';
import { tempDir, testDeps } from './helpers';

let orgP12: ReturnType<typeof generateSealingCertificate>;
beforeAll(() => {
  orgP12 = generateSealingCertificate({ commonName: 'Northwind Analytics document seal', organisation: 'Northwind Analytics' });
});

describe('per-install certificate', () => {
  it('is made on first use, stored through the key vault, and the same on the next start', async () => {
    const folder = tempDir('cg-keys-');
    const first = await new KeyStore(testDeps(folder)).info();
    expect(first.origin).toBe('this-install');
    expect(first.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(first.subject).toMatch(/^CN=Common Ground seal/);

    const files = readdirSync(join(folder, 'keys'));
    expect(files).toContain('seal-install.p12.vault');
    // The vault in the test XORs every byte: the JSON field name must not be readable on disk.
    expect(readFileSync(join(folder, 'keys', 'seal-install.p12.vault')).toString('latin1')).not.toContain('p12Base64');

    const again = new KeyStore(testDeps(folder));
    expect((await again.info()).fingerprint).toBe(first.fingerprint);
    expect(await again.originOf(first.fingerprint)).toBe('this-install');
    expect(await again.originOf('0'.repeat(64))).toBe('unknown');
  });

  it('generates one key even when asked twice at once', async () => {
    const store = new KeyStore(testDeps(tempDir('cg-keys-')));
    const [a, b] = await Promise.all([store.ownKey(), store.ownKey()]);
    expect(a.info.fingerprint).toBe(b.info.fingerprint);
  });

  it('refuses to use a key the vault cannot unlock, with a sentence saying what to do', async () => {
    const folder = tempDir('cg-keys-');
    await new KeyStore(testDeps(folder)).info();
    const deps = { ...testDeps(folder), keyVault: { encrypt: async (b: Buffer) => b, decrypt: async (b: Buffer) => b } };
    await expect(new KeyStore(deps).info()).rejects.toThrow(/could not be unlocked/);
  });
});

describe('importing an organisation .p12', () => {
  it('takes over sealing and is recognised as imported', async () => {
    const store = new KeyStore(testDeps(tempDir('cg-keys-')));
    const own = await store.info();
    const imported = await store.importP12(orgP12.p12, orgP12.passphrase);
    expect(imported).toMatchObject({ origin: 'imported', fingerprint: orgP12.fingerprint, subject: expect.stringContaining('Northwind Analytics') });
    expect((await store.sealingKey()).info.fingerprint).toBe(orgP12.fingerprint);
    expect(await store.originOf(orgP12.fingerprint)).toBe('imported');
    expect(await store.originOf(own.fingerprint)).toBe('this-install');
  });

  it('a wrong password is a clear BAD_INPUT error and stores nothing', async () => {
    const folder = tempDir('cg-keys-');
    const store = new KeyStore(testDeps(folder));
    const error = await store.importP12(orgP12.p12, 'not the password').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('BAD_INPUT');
    expect((error as AppFailure).message).toMatch(/password does not open this \.p12/);
    expect(await store.originOf(orgP12.fingerprint)).toBe('unknown');
  });

  it('a file that is not PKCS#12 is INVALID_FILE', () => {
    expect(() => inspectP12(new TextEncoder().encode('definitely not a certificate'), 'x')).toThrow(/not a readable \.p12/);
  });

  it('an expired certificate is refused', () => {
    const old = generateSealingCertificate({ commonName: 'Old seal', organisation: 'Old', now: new Date('2001-01-01T00:00:00Z') });
    expect(() => inspectP12(old.p12, old.passphrase)).toThrow(/expired on 2011-01-01/);
  });
});
