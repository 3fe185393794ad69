import { describe, expect, it } from 'vitest';
import { numberFormatOf, readDecimal, readNumber, readPercent, writeDecimal } from '../../../shared/rules/numbers';
import { parseMoneyToCents } from '../../../shared/rules/money';
import * as readCell from '../../../shared/rules/scoring/read-cell';

const HOSTILE = ['0x1F4', '0X1f4', '0b111110100', '0o764', 'Infinity', '-Infinity', 'NaN', '1e3', '1E3', '2.5e-1', '', '  ', '.', '-', '5 kg', '$5', 'twelve', '--5', '1_000'];

describe('readDecimal: what a person types into a number field', () => {
  it('refuses hex, binary, octal, exponents, Infinity, NaN and blanks, with or without a locale', () => {
    for (const text of HOSTILE) {
      expect(readDecimal(text), text).toBeNull();
      expect(readDecimal(text, 'en-US'), text).toBeNull();
      expect(readDecimal(text, 'de-DE'), text).toBeNull();
    }
  });

  it('reads the locale’s grouping and decimal separators', () => {
    expect(readDecimal('1,200', 'en-US')).toBe(1200);
    expect(readDecimal('1,200.5', 'en-US')).toBe(1200.5);
    expect(readDecimal('1.200,5', 'de-DE')).toBe(1200.5);
    expect(readDecimal('12,5', 'de-DE')).toBe(12.5);
    expect(readDecimal('1.234', 'de-DE')).toBe(1234);
    expect(readDecimal('1 234,5', 'fr-FR')).toBe(1234.5);
    expect(readDecimal(' 42 ', 'en-US')).toBe(42);
  });

  it('does not read a number the other locale’s way', () => {
    // "12,5" is not an en-US number (a comma groups three digits), and "12.5" is not a de-DE one.
    expect(readDecimal('12,5', 'en-US')).toBeNull();
    expect(readDecimal('12.5', 'de-DE')).toBeNull();
    expect(readDecimal('1,200.5', 'de-DE')).toBeNull();
  });

  it('takes a sign, including the true minus sign', () => {
    expect(readDecimal('−5')).toBe(-5);
    expect(readDecimal('−5', 'de-DE')).toBe(-5);
    expect(readDecimal('-2,5', 'de-DE')).toBe(-2.5);
    expect(readDecimal('+5', 'en-US')).toBe(5);
    expect(Object.is(readDecimal('-0', 'en-US'), 0)).toBe(true);
  });

  it('without a locale, guesses the decimal mark the way amounts are read', () => {
    expect(readDecimal('1,200')).toBe(1200);
    expect(readDecimal('12,5')).toBe(12.5);
    expect(readDecimal('1.200,5')).toBe(1200.5);
    expect(readDecimal('1,200.5')).toBe(1200.5);
    expect(readDecimal('27.5')).toBe(27.5);
    // The same guess as parseMoneyToCents makes for the same digits.
    for (const text of ['1,200', '12,5', '1.200,5', '1,200.5', '27.5', '1.200.000']) {
      expect(Math.round(readDecimal(text)! * 100), text).toBe(parseMoneyToCents(text));
    }
  });

  it('reads a decimal separator with nothing after it yet as the whole number, so a field saves as it is typed', () => {
    expect(readDecimal('45.', 'en-US')).toBe(45);
    expect(readDecimal('45,', 'de-DE')).toBe(45);
    expect(readDecimal('45.')).toBe(45);
    // Lead cells are read strictly: "45." is not a number there.
    expect(readNumber('45.', numberFormatOf('en-US'))).toBeNull();
  });
});

describe('readPercent', () => {
  it('takes "55", "55 %", "55%" and a decimal percent in the locale', () => {
    expect(readPercent('55')).toBe(55);
    expect(readPercent('55 %')).toBe(55);
    expect(readPercent('55%')).toBe(55);
    expect(readPercent('55\u202f%', 'fr-FR')).toBe(55);
    expect(readPercent('12,5 %', 'de-DE')).toBe(12.5);
    expect(readPercent('12.5%', 'en-US')).toBe(12.5);
  });

  it('refuses what readDecimal refuses, and a sign with no number', () => {
    for (const text of ['%', ' % ', '0x10 %', '1e2%', 'Infinity %', '55 %%', '% 55']) expect(readPercent(text, 'en-US'), text).toBeNull();
  });
});

describe('writeDecimal', () => {
  it('writes a stored number so readDecimal reads it back in the same locale', () => {
    expect(writeDecimal(12.5, 'de-DE')).toBe('12,5');
    expect(writeDecimal(1234.5, 'de-DE')).toBe('1234,5');
    expect(writeDecimal(1234.5, 'en-US')).toBe('1234.5');
    expect(writeDecimal(0.0000001)).toBe('0.0000001');
    expect(writeDecimal(Number.NaN)).toBe('');
    for (const locale of ['en-US', 'de-DE', 'fr-FR', 'de-CH']) {
      for (const value of [0, 7, -3.25, 1234567.125, 0.0001]) expect(readDecimal(writeDecimal(value, locale), locale), `${value} ${locale}`).toBe(value);
    }
  });
});

describe('one implementation', () => {
  it('the lead reader reads numbers with the same functions', () => {
    expect(readCell.readNumber).toBe(readNumber);
    expect(readCell.numberFormatOf).toBe(numberFormatOf);
  });
});
