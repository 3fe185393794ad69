import { describe, expect, it } from 'vitest';
import { exportAgreementPdf } from '../../../../electron/main/services/pdf/export';
import { incentivePlanOf } from '../../../../shared/present/incentives-of-version';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { hasPoppler, loadFixture, pdftotext, tempDir, writeTemp } from './helpers';

/** The fixture as a version signed before rules had versions (rules version 1). */
function signedUnderOldRules(): AgreementVersion {
  const { rulesVersion: _none, ...old } = loadFixture().version;
  return old as AgreementVersion;
}

describe('the PDF of a version signed under older rules', () => {
  it('derives the incentive figures with the rules the version was signed under', () => {
    const today = incentivePlanOf(loadFixture().version);
    const old = incentivePlanOf(signedUnderOldRules());
    const at120 = (ex: typeof today) => ex.table.rows.find((r) => r.attainment === 120)!.cells[1];
    expect(at120(today)).toBe('200 %');
    expect(at120(old)).toBe('240 %');
    expect(today.notice).toBeNull();
    expect(old.notice?.heading).toBe('Signed under rules version 1');
    expect(old.sentences.find((s) => s.rule === 'cap')?.text).toContain('limits the gate percentage, not the pay-out');
  });

  it.skipIf(!hasPoppler)('prints what was signed and the note on how today’s rules read it', async () => {
    const bytes = await exportAgreementPdf({ version: signedUnderOldRules(), auditEvents: loadFixture().auditEvents, certificate: null, watermark: 'unverified' });
    const text = pdftotext(writeTemp(tempDir(), 'old-rules.pdf', bytes)).replace(/\s+/g, ' ');
    expect(text).toContain('Signed under rules version 1.');
    expect(text).toMatch(/At 120 % attainment it pays 240 % of the on-target bonus \(\$[\d,]+\); today’s rules would pay 200 %/);
    expect(text).toMatch(/120 % 240 %/);
  }, 60_000);
});
