import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { HistoryScreen } from '../../../../renderer/src/features/history/HistoryScreen';
import { importAgreement } from '../../../../renderer/src/db/repositories/import';
import { startNextQuarter } from '../../../../renderer/src/db/repositories/reviews';
import type { AgreementFile } from '../../../../shared/model/agreement';

describe('HistoryScreen', () => {
  it('offers the same version choice on both sides, starting on the latest change', async () => {
    const file = JSON.parse(readFileSync(join(process.cwd(), 'test/fixtures/signed-agreement.json'), 'utf8')) as AgreementFile;
    const v1 = await importAgreement(file);
    await startNextQuarter(v1.id);
    render(<HistoryScreen agreementId={v1.agreementId} />);

    expect(await screen.findByTestId('diff-summary')).toHaveTextContent('from v1 (2027-Q1) to v2 (2027-Q2)');
    const before = screen.getByLabelText('Compare') as HTMLSelectElement;
    const after = screen.getByLabelText('with') as HTMLSelectElement;
    for (const select of [before, after]) {
      expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['v1 · 2027-Q1 · signed', 'v2 · 2027-Q2 · draft']);
    }
    expect(before.selectedOptions[0]!.textContent).toBe('v1 · 2027-Q1 · signed');
    expect(after.selectedOptions[0]!.textContent).toBe('v2 · 2027-Q2 · draft');

    fireEvent.change(before, { target: { value: after.value } });
    expect(before.selectedOptions[0]!.textContent).toBe('v2 · 2027-Q2 · draft');
    expect(after.selectedOptions[0]!.textContent).toBe('v2 · 2027-Q2 · draft');
  });
});
