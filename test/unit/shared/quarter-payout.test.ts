import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AgreementVersion } from '../../../shared/model/agreement';
import type { Incentives } from '../../../shared/model/incentives';
import { describeQuarterPayout, quarterPayout, revenueAttainment } from '../../../shared/rules/quarter-payout';

const fixture = (): AgreementVersion => (JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as { version: AgreementVersion }).version;

const plan: Incentives = {
  poolPercent: 10,
  salesSharePercent: 60,
  gate: { enabled: true, points: [{ attainment: 50, payout: 0 }, { attainment: 100, payout: 100 }, { attainment: 110, payout: 200 }] },
  acceleratorAbove100: 1,
  capPercent: 200,
  exampleDealCents: 1_000_000,
};

function signed(patch: Partial<AgreementVersion> = {}): AgreementVersion {
  const base = fixture();
  return { ...base, content: { ...base.content, currency: 'USD', locale: 'en-US', incentives: plan, goals: { ...base.content.goals, revenueTargetCents: 100_000_000 } }, ...patch };
}

describe('what the signed plan pays for the quarter that happened', () => {
  it('reads attainment as revenue won ÷ the revenue target', () => {
    expect(revenueAttainment(100_000_000, 87_500_000)).toBe(87.5);
    expect(revenueAttainment(100_000_000, null)).toBeNull();
    expect(revenueAttainment(0, 5)).toBeNull();
  });

  it('at 87.5 % of the revenue goal says what the gate pays, in the plan’s currency', () => {
    const payout = quarterPayout(signed(), { revenueCents: 87_500_000 })!;
    expect(payout).toMatchObject({ attainment: 87.5, payoutPercent: 75, totalCents: 7_500_000, salesCents: 4_500_000, marketingCents: 3_000_000 });
    expect(describeQuarterPayout(payout, signed().content)).toBe(
      'At 87.5 % of the revenue target the plan pays 75 % of the on-target bonus of $100,000: $75,000 (sales $45,000, marketing $30,000).',
    );
  });

  it('reads a version signed under rules version 1 as it was signed (the cap on the gate, not the pay-out)', () => {
    expect(quarterPayout(signed({ rulesVersion: undefined }), { revenueCents: 120_000_000 })!.payoutPercent).toBe(240);
    expect(quarterPayout(signed({ rulesVersion: 2 }), { revenueCents: 120_000_000 })!.payoutPercent).toBe(200);
  });

  it('asks for the revenue won when there is none', () => {
    expect(describeQuarterPayout(quarterPayout(signed(), { revenueCents: null }), signed().content)).toMatch(/^Enter the revenue won/);
  });
});
