import { describe, expect, it } from 'vitest';
import type { Condition, SampleLead } from '../../../../shared/model/scoring';
import { matchCount, maxMatchCount } from '../../../../shared/rules/scoring';

const lead: SampleLead = {
  id: 'l',
  name: 'Lead',
  fields: { title: 'VP of Operations', industry: 'Software', employees: 1200, headcount: '1,500', region: ' EMEA ' },
  events: { 'pricing page visit': 5, 'Demo Request': 1, webinar: 0 },
  daysSinceActivity: 0,
  outcome: 'open',
};

const ev = (value: string, repeat: 'once' | 'each', maxCount = 1): Condition => ({ op: 'event', field: 'events', value, repeat, maxCount });

describe('matchCount', () => {
  it('contains: case-insensitive substring', () => {
    expect(matchCount({ op: 'contains', field: 'title', value: 'vp' }, lead)).toBe(1);
    expect(matchCount({ op: 'contains', field: 'title', value: 'director' }, lead)).toBe(0);
  });

  it('equals: whole value, ignoring case and surrounding spaces', () => {
    expect(matchCount({ op: 'equals', field: 'industry', value: 'SOFTWARE' }, lead)).toBe(1);
    expect(matchCount({ op: 'equals', field: 'industry', value: 'Soft' }, lead)).toBe(0);
    expect(matchCount({ op: 'equals', field: 'region', value: 'emea' }, lead)).toBe(1);
    expect(matchCount({ op: 'equals', field: 'employees', value: '1200' }, lead)).toBe(1);
  });

  it('in: one of the listed values', () => {
    expect(matchCount({ op: 'in', field: 'industry', values: ['Manufacturing', 'software'] }, lead)).toBe(1);
    expect(matchCount({ op: 'in', field: 'industry', values: ['Manufacturing'] }, lead)).toBe(0);
  });

  it('between: numeric and inclusive, reading numbers written as text', () => {
    expect(matchCount({ op: 'between', field: 'employees', min: 1200, max: 5000 }, lead)).toBe(1);
    expect(matchCount({ op: 'between', field: 'employees', min: 200, max: 1200 }, lead)).toBe(1);
    expect(matchCount({ op: 'between', field: 'employees', min: 1201, max: 5000 }, lead)).toBe(0);
    expect(matchCount({ op: 'between', field: 'headcount', min: 1000, max: 2000 }, lead)).toBe(1);
    expect(matchCount({ op: 'between', field: 'industry', min: 0, max: 1e9 }, lead)).toBe(0);
  });

  it('never matches a missing field', () => {
    expect(matchCount({ op: 'contains', field: 'nope', value: 'a' }, lead)).toBe(0);
    expect(matchCount({ op: 'between', field: 'nope', min: -1e9, max: 1e9 }, lead)).toBe(0);
  });

  it('event: once counts at most 1, each counts up to maxCount', () => {
    expect(matchCount(ev('pricing page visit', 'once'), lead)).toBe(1);
    expect(matchCount(ev('pricing page visit', 'each', 3), lead)).toBe(3);
    expect(matchCount(ev('pricing page visit', 'each', 10), lead)).toBe(5);
    expect(matchCount(ev('demo request', 'once'), lead)).toBe(1);
    expect(matchCount(ev('webinar', 'each', 3), lead)).toBe(0);
    expect(matchCount(ev('never happened', 'each', 3), lead)).toBe(0);
  });

  it('knows the most a condition can count', () => {
    expect(maxMatchCount(ev('x', 'each', 4))).toBe(4);
    expect(maxMatchCount(ev('x', 'once', 4))).toBe(1);
    expect(maxMatchCount({ op: 'equals', field: 'f', value: 'v' })).toBe(1);
  });
});
