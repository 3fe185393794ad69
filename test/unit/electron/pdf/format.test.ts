import { describe, expect, it } from 'vitest';
import { groupedHex, momentInZone, pageSizeFor, softWrap } from '../../../../electron/main/services/pdf/format';

describe('PDF figures and formatting', () => {
  it('uses Letter for the US and Canada, A4 elsewhere', () => {
    expect(pageSizeFor('en-US')).toBe('LETTER');
    expect(pageSizeFor('en-CA')).toBe('LETTER');
    expect(pageSizeFor('en-GB')).toBe('A4');
    expect(pageSizeFor('de-DE')).toBe('A4');
  });

  it('shows times in the signer’s zone and names the zone; unknown zones fall back to UTC', () => {
    expect(momentInZone('2027-01-12T20:41:37.000Z', 'America/New_York', 'en-US')).toBe('Jan 12, 2027, 3:41 PM EST (America/New_York)');
    expect(momentInZone('2027-01-12T20:41:37.000Z', 'Not/AZone', 'en-US')).toBe('2027-01-12 20:41 UTC');
    expect(momentInZone('2027-01-12T20:41:37.000Z', 'UTC', 'en-US')).toBe('Jan 12, 2027, 8:41 PM UTC');
    // Aliases of UTC are not named a second time; a real place still is, even when its short name is GMT.
    for (const zone of ['Etc/UTC', 'Etc/GMT', 'GMT', 'Universal', 'Etc/Zulu']) expect(momentInZone('2027-01-12T20:41:37.000Z', zone, 'en-GB')).toBe('12 Jan 2027, 20:41 UTC');
    expect(momentInZone('2027-01-12T20:41:37.000Z', 'Europe/London', 'en-GB')).toBe('12 Jan 2027, 20:41 GMT (Europe/London)');
  });

  it('breaks long hashes into groups so they wrap', () => {
    expect(groupedHex('0123456789abcdef0123')).toBe('01234567 89abcdef 0123');
    expect(softWrap(`hash ${'a'.repeat(40)} end`)).toBe(`hash ${'a'.repeat(16)} ${'a'.repeat(16)} ${'a'.repeat(8)} end`);
  });

  it('wraps a SHA-256 quoted in running text as 4 × 16 characters, keeping the brackets on the hash', () => {
    const hash = '2749055c7de2f93249d22329afb5b59a9fe05eee42bb7849b4321ed7fe123b74';
    const wrapped = softWrap(`version 1 (content SHA-256 ${hash}) electronically`);
    expect(wrapped).toBe('version 1 (content SHA-256 2749055c7de2f932 49d22329afb5b59a 9fe05eee42bb7849 b4321ed7fe123b74) electronically');
    expect(wrapped.replace(/ /g, '')).toContain(hash);
    expect(Math.max(...wrapped.split(' ').map((w) => w.length))).toBeLessThanOrEqual(17);
    // Short words and e-mail addresses are left alone.
    expect(softWrap('maya.fischer@northwind.example signed', 40)).toBe('maya.fischer@northwind.example signed');
  });
});
