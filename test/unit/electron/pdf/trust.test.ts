import { describe, expect, it } from 'vitest';
import { isTrustworthy } from '../../../../electron/main/services/pdf/verify';
import type { PdfVerifyReport } from '../../../../shared/ipc/channels/pdf';

const intact = (origin: 'this-install' | 'imported' | 'unknown'): PdfVerifyReport =>
  ({
    sealed: true,
    intact: true,
    coversWholeFile: true,
    certificate: { subject: 'CN=Common Ground seal', fingerprint: 'ab'.repeat(32), origin },
    agreement: {} as PdfVerifyReport['agreement'],
    hashMatches: true,
    signers: [],
    sealedAt: null,
    problems: [],
  }) as unknown as PdfVerifyReport;

describe('trust verdict', () => {
  it('trusts an intact, whole seal made with a certificate this install knows', () => {
    expect(isTrustworthy(intact('this-install'))).toBe(true);
    expect(isTrustworthy(intact('imported'))).toBe(true);
  });

  it('does not trust an intact seal from an unknown certificate: anyone can reseal an edited agreement', () => {
    expect(isTrustworthy(intact('unknown'))).toBe(false);
  });
});
