import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatMoney, formatMoneyCompact, parseMoneyToCents, percentOfCents, splitCents } from '../../../../shared/rules/money';

describe('parseMoneyToCents', () => {
  it.each([
    ['1.2M', 120_000_000],
    ['30k', 3_000_000],
    ['$30,000', 3_000_000],
    ['1200000.50', 120_000_050],
    ['€ 1.234,50', 123_450],
    ['1.2M USD', 120_000_000],
    ['2 million', 200_000_000],
    ['12,34,567.89', 123_456_789],
    ['0.005', 1],
    ['.5', 50],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseMoneyToCents(text)).toBe(cents);
  });

  it.each(['', 'abc', '1.2.3,4,5', '5.', '12 apples', '3/4', '1e6'])('refuses %j', (text) => {
    expect(parseMoneyToCents(text)).toBeNull();
  });

  it('uses the locale to tell a German thousands dot from a decimal point', () => {
    expect(parseMoneyToCents('1.234 €', 'de-DE')).toBe(123_400);
    expect(parseMoneyToCents('1.234', 'en-US')).toBe(123);
  });
});

describe('formatMoney', () => {
  it('drops the cents for whole amounts and keeps two digits otherwise', () => {
    expect(formatMoney(3_000_000, 'USD', 'en-US')).toBe('$30,000');
    expect(formatMoney(123_450, 'USD', 'en-US')).toBe('$1,234.50');
  });

  it('follows the locale', () => {
    expect(formatMoney(123_450, 'EUR', 'de-DE')).toMatch(/^1\.234,50\s€$/);
  });

  it('falls back to plain text for an unknown currency code instead of throwing', () => {
    expect(formatMoney(1_000, 'NOPE', 'en-US')).toBe('NOPE 10');
  });

  it('has a compact form for chart axes', () => {
    expect(formatMoneyCompact(120_000_000, 'USD', 'en-US')).toBe('$1.2M');
  });

  it('round-trips through parse for any amount in common locales', () => {
    const locales = ['en-US', 'de-DE', 'fr-FR', 'en-IN', 'de-CH', 'ja-JP'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000_000 }), fc.constantFrom(...locales), fc.constantFrom('USD', 'EUR', 'GBP'), (cents, locale, currency) => {
        expect(parseMoneyToCents(formatMoney(cents, currency, locale), locale)).toBe(cents);
      }),
    );
  });
});

describe('percentOfCents and splitCents', () => {
  it('rounds half-up to whole cents', () => {
    expect(percentOfCents(1_000_000, 10)).toBe(100_000);
    expect(percentOfCents(1_005, 50)).toBe(503);
    expect(percentOfCents(333, 12.5)).toBe(42);
    expect(percentOfCents(1, 49.99)).toBe(0);
  });

  it('splits any amount so the two sides add up exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), fc.oneof(fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 10_000), fc.double({ min: 0, max: 100, noNaN: true })), (total, percent) => {
        const { sales, marketing } = splitCents(total, percent);
        expect(sales + marketing).toBe(total);
        expect(Number.isInteger(sales) && Number.isInteger(marketing)).toBe(true);
        expect(sales).toBeGreaterThanOrEqual(0);
        expect(marketing).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives everything to one side at 0 % and 100 %', () => {
    expect(splitCents(999, 100)).toEqual({ sales: 999, marketing: 0 });
    expect(splitCents(999, 0)).toEqual({ sales: 0, marketing: 999 });
  });
});
