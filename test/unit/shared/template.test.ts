import { describe, expect, it } from 'vitest';
import { AgreementContentSchema } from '../../../shared/model/agreement';
import { blankContent, templateContent } from '../../../shared/template/sales-marketing';

const input = { organisation: 'Northwind', title: 'Alignment', quarter: '2027-Q1', date: '2027-01-12' };

describe('workshop templates', () => {
  it('produce content that passes the agreement schema', () => {
    expect(AgreementContentSchema.safeParse(templateContent(input)).success).toBe(true);
    expect(AgreementContentSchema.safeParse(blankContent(input)).success).toBe(true);
  });

  it('rank a completed survey above a whitepaper download', () => {
    const tiers = ['Critical', 'Strong', 'Moderate', 'Weak', 'Ignore', 'Negative'];
    const crit = templateContent(input).scoring.criteria;
    const tierOf = (label: string) => tiers.indexOf(crit.find((c) => c.label === label)!.tier);
    expect(tierOf('Completed survey')).toBeLessThan(tierOf('Whitepaper download'));
  });
});
