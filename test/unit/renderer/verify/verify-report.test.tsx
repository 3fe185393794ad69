import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { VerifyReport } from '../../../../renderer/src/features/verify/VerifyReport';
import type { PdfVerifyReport } from '../../../../shared/ipc/channels/pdf';

const report = (origin: 'this-install' | 'unknown', changes: Partial<PdfVerifyReport> = {}): PdfVerifyReport => ({
  sealed: true,
  intact: true,
  coversWholeFile: true,
  certificate: { subject: 'CN=Seal', fingerprint: 'ab'.repeat(32), origin },
  agreement: null,
  hashMatches: true,
  signers: [],
  sealedAt: null,
  problems: [],
  ...changes,
});
const withAgreement = { agreement: { kind: 'x' } as unknown as PdfVerifyReport['agreement'] };

describe('VerifyReport verdict (from shared/rules/pdf-trust)', () => {
  it('says the seal is intact for a known sealer, and asks to compare fingerprints for an unknown one', () => {
    const { unmount } = render(<VerifyReport report={report('this-install', withAgreement)} fileName="a.pdf" />);
    expect(screen.getByRole('status')).toHaveTextContent('a.pdf: the seal is intact and covers the whole file.');
    unmount();
    render(<VerifyReport report={report('unknown', withAgreement)} fileName="b.pdf" />);
    expect(screen.getByRole('status')).toHaveTextContent('certificate this app does not know');
  });

  it('does not trust a file whose agreement hash fails, even with a known sealer', () => {
    render(<VerifyReport report={report('this-install', { ...withAgreement, hashMatches: false })} fileName="c.pdf" />);
    expect(screen.getByRole('status')).toHaveTextContent('c.pdf: do not trust this file as it is.');
  });
});
