import { describe, expect, it } from 'vitest';
import { leadFromRow, leadsFromJson } from '../../../../shared/rules/scoring/lead-input';

describe('leadFromRow', () => {
  it('splits event:<name> columns into counts and the rest into fields, numbers as numbers', () => {
    const lead = leadFromRow({ name: ' Priya ', seniority: 'Director', employees: '4,200', 'event:demo request': '2', 'event:pricing page visit': '', daysSinceActivity: '5' }, 3);
    expect(lead).toMatchObject({ id: 'row-3', name: 'Priya', fields: { seniority: 'Director', employees: 4200 }, events: { 'demo request': 2 }, daysSinceActivity: 5, outcome: 'open' });
    expect(lead.events).not.toHaveProperty('pricing page visit');
  });

  it('keeps an explicit id and outcome, and treats text that only looks numeric-ish as text', () => {
    const lead = leadFromRow({ id: 'crm-9', name: 'A', outcome: 'won', zip: '0042-B' }, 1);
    expect(lead).toMatchObject({ id: 'crm-9', outcome: 'won', fields: { zip: '0042-B' } });
  });

  it('refuses a row without a name, a negative count, or an unknown outcome, naming the row', () => {
    expect(() => leadFromRow({ name: '' }, 4)).toThrow(/^Row 4 \(name\): Lead name is required/);
    expect(() => leadFromRow({ name: 'A', 'event:x': '-1' }, 2)).toThrow('Row 2: the count for event:x must be a whole number of zero or more');
    expect(() => leadFromRow({ name: 'A', outcome: 'maybe' }, 7)).toThrow(/^Row 7 \(outcome\)/);
  });
});

describe('leadsFromJson', () => {
  it('accepts an array or {leads}, filling missing ids', () => {
    expect(leadsFromJson([{ name: 'A', fields: {} }])[0].id).toBe('lead-1');
    expect(leadsFromJson({ leads: [{ id: 'x', name: 'B', fields: { a: 1 } }] })[0]).toMatchObject({ id: 'x', name: 'B', events: {} });
  });

  it('refuses other shapes and bad leads', () => {
    expect(() => leadsFromJson({ people: [] })).toThrow('must be an array of leads');
    expect(() => leadsFromJson([{ name: 'A', fields: {}, events: { demo: -2 } }])).toThrow(/^Lead 1 \(events\.demo\)/);
  });
});
