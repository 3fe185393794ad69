import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The phone page as built (npm test builds before the unit tests; without out/phone this skips
 * and says so): small enough for a hotel hotspot, and free of what a plain-http page on a
 * private address cannot use (no secure context there).
 */
const folder = join(process.cwd(), 'out/phone');
const built = existsSync(join(folder, 'index.html'));
if (!built) console.warn('[phone-bundle.test] skipped: out/phone is missing. Run `npm run build` first.');

describe.skipIf(!built)('the phone bundle', () => {
  const assets = built ? readdirSync(join(folder, 'assets')).map((name) => readFileSync(join(folder, 'assets', name))) : [];
  const code = assets.map((a) => a.toString()).join('\n');

  it('is under 150 KB gzipped, one script and one stylesheet', () => {
    const gzipped = assets.reduce((sum, a) => sum + gzipSync(a).length, 0);
    expect(gzipped).toBeLessThan(150 * 1024);
    expect(readdirSync(join(folder, 'assets')).map((n) => n.split('.').pop()).sort()).toEqual(['css', 'js']);
  });

  it('uses nothing that needs a secure context, and loads nothing from elsewhere', () => {
    for (const api of ['crypto.subtle', 'randomUUID', 'serviceWorker', 'navigator.clipboard']) expect(code.includes(api), api).toBe(false);
    expect(code).not.toMatch(/https?:\/\/(?!www\.w3\.org|reactjs\.org|react\.dev)[a-z]/i);
    const html = readFileSync(join(folder, 'index.html'), 'utf8');
    expect(html).not.toMatch(/modulepreload/);
    expect(html).toMatch(/src="\.\/assets\/phone-[\w-]+\.js"/);
  });
});
