import { describe, expect, it } from 'vitest';
import { numberFormatOf, outcomeReader, readCount, readDateDays, readNumber, readText } from '../../../../shared/rules/scoring/read-cell';
import { matchCount } from '../../../../shared/rules/scoring/match';
import type { Condition, SampleLead } from '../../../../shared/model/scoring';

const en = numberFormatOf('en-US');
const de = numberFormatOf('de-DE');
const fr = numberFormatOf('fr-FR');

const lead = (value: string | number): SampleLead => ({ id: 'l', name: 'L', fields: { v: value }, events: {}, daysSinceActivity: 0, outcome: 'open' });
const between = (min: number, max: number): Condition => ({ op: 'between', field: 'v', min, max });
const equals = (value: string): Condition => ({ op: 'equals', field: 'v', value });

describe('numberFormatOf', () => {
  it('takes the decimal separator and grouping marks from the locale', () => {
    expect(en).toMatchObject({ decimal: '.', groups: [','] });
    expect(de.decimal).toBe(',');
    expect(de.groups).toEqual(expect.arrayContaining(['.', ' ', '\u202f', '\u00a0']));
    expect(fr.decimal).toBe(',');
    expect(numberFormatOf('de-CH')).toMatchObject({ decimal: '.', groups: [',', "'", '’'] });
    // An unknown locale reads like en-US rather than failing.
    expect(numberFormatOf('xx-nonsense-locale').decimal).toBe('.');
    expect(numberFormatOf()).toBe(en);
  });
});

describe('readNumber: plain decimal numbers only', () => {
  it('reads the listed cases the one way', () => {
    expect(readNumber('02139', en)).toBe(2139);
    expect(readNumber('1,200', en)).toBe(1200);
    expect(readNumber('1.200', de)).toBe(1200);
    expect(readNumber('1.200', en)).toBe(1.2);
    expect(readNumber('1,200', de)).toBe(1.2);
    expect(readNumber('2.50', en)).toBe(2.5);
    expect(readNumber(' 42 ', en)).toBe(42);
    expect(readNumber('42', de)).toBe(42);
  });

  it('refuses hex, binary, octal, Infinity, NaN, exponents and blanks', () => {
    for (const text of ['0x1F4', '0X1f4', '0b111110100', '0o764', 'Infinity', '-Infinity', 'NaN', '1e3', '1E3', '2.5e-1', '', '   ']) {
      expect(readNumber(text, en), text).toBeNull();
      expect(readNumber(text, de), text).toBeNull();
    }
  });

  it('takes a sign, a leading decimal point and grouping in groups of three with one mark', () => {
    expect(readNumber('-5', en)).toBe(-5);
    expect(readNumber('+5', en)).toBe(5);
    expect(readNumber('−5', en)).toBe(-5); // a true minus sign
    expect(readNumber('.5', en)).toBe(0.5);
    expect(readNumber('-1,234,567.25', en)).toBe(-1234567.25);
    expect(readNumber('1.234.567,25', de)).toBe(1234567.25);
    expect(readNumber('1 234 567,25', fr)).toBe(1234567.25);
    expect(readNumber('1\u202f234,5', fr)).toBe(1234.5);
    expect(readNumber('1\u00a0234,5', de)).toBe(1234.5);
    expect(readNumber('1’234.5', numberFormatOf('de-CH'))).toBe(1234.5);
    expect(readNumber("1'234.5", numberFormatOf('de-CH'))).toBe(1234.5);
  });

  it('refuses what is not one plain number', () => {
    for (const text of ['1,20', '12,3456', '1,2,3', '1 200', '1_000', '5.', '1.2.3', '$5', '5%', '5 kg', '--5', '+-5', '1.200,5', 'twelve', '0042-B', '.', '-', '1,200.5.1']) {
      expect(readNumber(text, en), text).toBeNull();
    }
    for (const text of ['1.5', '1,200.5', '1.200.5', '1.2', '1 .200', '1.200 000']) expect(readNumber(text, de), text).toBeNull();
    expect(readNumber('9'.repeat(400), en)).toBeNull(); // too big to be a finite number
  });

  it('takes a number given as a number (a JSON lead), unless it is not finite', () => {
    expect(readNumber(1200, de)).toBe(1200);
    expect(readNumber(Number.POSITIVE_INFINITY, en)).toBeNull();
    expect(readNumber(Number.NaN, en)).toBeNull();
  });
});

describe('the operator decides how a cell is read', () => {
  it('"02139" is the text "02139" for equals and the number 2139 for between', () => {
    expect(matchCount(equals('02139'), lead('02139'))).toBe(1);
    expect(matchCount(equals('2139'), lead('02139'))).toBe(0);
    expect(matchCount(between(2000, 3000), lead('02139'))).toBe(1);
  });

  it('"2.50" and "1,200" keep their text for text operators, and are numbers for between', () => {
    expect(matchCount(equals('2.50'), lead('2.50'))).toBe(1);
    expect(matchCount(equals('2.5'), lead('2.50'))).toBe(0);
    expect(matchCount(between(2.5, 2.5), lead('2.50'))).toBe(1);
    expect(matchCount({ op: 'contains', field: 'v', value: '1,2' }, lead('1,200'))).toBe(1);
    expect(matchCount(between(1200, 1200), lead('1,200'))).toBe(1);
    expect(matchCount(between(1200, 1200), lead('1,200'), 'de-DE')).toBe(0);
    expect(matchCount(between(1.2, 1.2), lead('1,200'), 'de-DE')).toBe(1);
    expect(matchCount(between(1200, 1200), lead('1.200'), 'de-DE')).toBe(1);
  });

  it('hex, binary, octal, exponents and Infinity never match a between criterion', () => {
    for (const text of ['0x1F4', '0b111110100', '0o764', '1e3', 'Infinity']) {
      expect(matchCount(between(-1e300, 1e300), lead(text)), text).toBe(0);
      expect(matchCount(equals(text.toLowerCase()), lead(text)), text).toBe(1);
    }
  });

  it('" 42 " is 42 for between and "42" for equals; a blank cell matches neither', () => {
    expect(matchCount(between(42, 42), lead(' 42 '))).toBe(1);
    expect(matchCount(equals('42'), lead(' 42 '))).toBe(1);
    expect(matchCount(between(-1e9, 1e9), lead(''))).toBe(0);
    expect(readText(' 42 ')).toBe('42');
    expect(readText(1200)).toBe('1200');
  });
});

describe('readCount', () => {
  it('reads whole numbers of 0 or more and yes/no; blank is 0', () => {
    expect(readCount('3')).toBe(3);
    expect(readCount(' 12 ')).toBe(12);
    expect(readCount('1,200')).toBe(1200);
    expect(readCount('1.200', de)).toBe(1200);
    expect(readCount('2.0')).toBe(2);
    expect(readCount('')).toBe(0);
    expect(readCount('Yes')).toBe(1);
    expect(readCount('n')).toBe(0);
    expect(Object.is(readCount('-0'), 0)).toBe(true);
  });

  it('refuses anything else', () => {
    for (const text of ['many', '-1', '2.5', '0x10', '1e3', 'Infinity', '1,200', '3 times']) {
      expect(readCount(text, text === '1,200' ? de : en), text).toBeNull();
    }
  });
});

describe('outcomeReader and readDateDays', () => {
  it('matches won values ignoring case and spaces; blank is no outcome; open is open; the rest lost', () => {
    const read = outcomeReader(['Won', 'closed won']);
    expect(['won', ' WON ', 'Closed Won'].map(read)).toEqual(['won', 'won', 'won']);
    expect(['', '  ', 'Open', 'Lost', 'maybe'].map(read)).toEqual(['none', 'none', 'open', 'lost', 'lost']);
    expect(outcomeReader()('Converted')).toBe('won');
  });

  it('reads ISO dates only', () => {
    expect(readDateDays('1970-01-02')).toBe(1);
    expect(readDateDays('31/01/2024')).toBeNaN();
  });
});
