import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AgreementVersionSchema, RULES_VERSION, type AgreementVersion } from '../../../shared/model/agreement';
import type { Incentives } from '../../../shared/model/incentives';
import { incentiveTable } from '../../../shared/rules/goals/incentives';
import { incentiveTableV1 } from '../../../shared/rules/goals/incentives-v1';
import { incentiveTableOf, recordedRules, rulesInEffect, rulesNotice } from '../../../shared/rules/rules-version';

const fixture = (): AgreementVersion => (JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as { version: AgreementVersion }).version;

/** The issue's example: a steep curve past 100 % and a cap of 200 %; target $1,000,000, pool 10 % (bonus $100,000). */
const steep: Incentives = {
  poolPercent: 10,
  salesSharePercent: 60,
  gate: { enabled: true, points: [{ attainment: 50, payout: 0 }, { attainment: 100, payout: 100 }, { attainment: 110, payout: 200 }] },
  acceleratorAbove100: 1,
  capPercent: 200,
  exampleDealCents: 1_000_000,
};

function versionWith(incentives: Incentives, patch: Partial<AgreementVersion>): AgreementVersion {
  const base = fixture();
  return { ...base, content: { ...base.content, currency: 'USD', locale: 'en-US', incentives, goals: { ...base.content.goals, revenueTargetCents: 100_000_000 } }, ...patch };
}

describe('the incentive rule of rules version 1, kept for versions signed under it', () => {
  it('capped the gate percentage, not the pay-out: 120 % attainment paid 240 % of the on-target bonus', () => {
    const v1 = incentiveTableV1(steep, 100_000_000, [100, 120]);
    const v2 = incentiveTable(steep, 100_000_000, [100, 120]);
    expect(v1.rows.map((r) => [r.payoutPercent, r.totalCents])).toEqual([[100, 10_000_000], [240, 24_000_000]]);
    expect(v2.rows.map((r) => [r.payoutPercent, r.totalCents])).toEqual([[100, 10_000_000], [200, 20_000_000]]);
    expect(v1.rows[1].salesCents + v1.rows[1].marketingCents).toBe(v1.rows[1].totalCents);
  });
});

describe('which rules compute a version’s figures', () => {
  it('a signed version keeps its own rules; one stored before rules had versions is version 1; a draft uses today’s', () => {
    expect(rulesInEffect(versionWith(steep, { rulesVersion: undefined }))).toBe(1);
    expect(rulesInEffect(versionWith(steep, { rulesVersion: 2 }))).toBe(2);
    expect(rulesInEffect(versionWith(steep, { contentHash: null, status: 'draft', signatures: [], rulesVersion: 1 }))).toBe(RULES_VERSION);
    expect(recordedRules({})).toBe(1);
  });

  it('a version signed under rules 1 shows what was signed, with a note saying how today’s rules read it', () => {
    const old = versionWith(steep, { rulesVersion: undefined });
    expect(incentiveTableOf(old, [120]).rows[0].payoutPercent).toBe(240);
    const notice = rulesNotice(old)!;
    expect(notice.kind).toBe('signed-under-older-rules');
    expect(notice.heading).toBe('Signed under rules version 1');
    expect(notice.sentences).toContain('At 120 % attainment it pays 240 % of the on-target bonus ($240,000); today’s rules would pay 200 % of the on-target bonus ($200,000).');
    // Attainments the two rules pay alike are not listed.
    expect(notice.sentences.some((s) => s.startsWith('At 100 %'))).toBe(false);
  });

  it('a draft from older rules is recomputed with today’s, and the notice says what changed', () => {
    const draft = versionWith(steep, { contentHash: null, status: 'draft', signatures: [], frozenAt: null, rulesVersion: 1 });
    expect(incentiveTableOf(draft, [120]).rows[0].payoutPercent).toBe(200);
    const notice = rulesNotice(draft)!;
    expect(notice.kind).toBe('recomputed');
    expect(notice.sentences).toContain('At 120 % attainment: now 200 % of the on-target bonus ($200,000), was 240 % of the on-target bonus ($240,000).');
  });

  it('says nothing when the rules are today’s, or when both rules give the same figures', () => {
    expect(rulesNotice(versionWith(steep, { rulesVersion: 2 }))).toBeNull();
    const noGate: Incentives = { ...steep, gate: { enabled: false, points: [] }, capPercent: null };
    expect(rulesNotice(versionWith(noGate, { rulesVersion: undefined }))).toBeNull();
  });

  it('a file computed with rules newer than this app is refused with a clear message', () => {
    const result = AgreementVersionSchema.safeParse({ ...fixture(), rulesVersion: RULES_VERSION + 1 });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toMatch(/rules newer than this app knows.*Update Common Ground/);
  });
});
