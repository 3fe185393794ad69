import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { ActualsForm } from '../../../../renderer/src/features/quarterly-review/ActualsForm';
import { buildEntry, fieldError, initialText, toStored } from '../../../../renderer/src/features/quarterly-review/actuals-form';
import { getReview, saveReview } from '../../../../renderer/src/db/repositories/reviews';
import { importAgreementText } from '../../../../renderer/src/db/repositories/import';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import { signedFile } from '../library/fixtures';
import { dump, freshDb } from '../library/db-helpers';

let db: CommonGroundDb;
const signed = signedFile().version;
/** The same signed version as a German team writes numbers (the form reads the version's locale). */
const german: AgreementVersion = { ...signed, content: { ...signed.content, locale: 'de-DE' } };

beforeEach(async () => {
  db = freshDb();
  await importAgreementText(JSON.stringify(signedFile()), db);
});
afterEach(() => db.close());

const renderForm = (version: AgreementVersion) => render(<ActualsForm version={version} saved={undefined} onSave={async (entry) => void (await saveReview(entry, db))} />);
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: true }), { target: { value } });
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Save actuals' }));

describe('figures in the quarterly review are read by the app’s one number reader', () => {
  it('refuses "0x10" for MQLs delivered with the schema’s message, and saves nothing', async () => {
    renderForm(signed);
    const before = await dump(db);
    type('MQLs delivered', '0x10');
    expect(screen.getByText('MQLs delivered must be a number')).toBeInTheDocument();
    save();
    expect(await screen.findByText('Fix the figures marked in red; nothing was saved.')).toBeInTheDocument();
    expect(await dump(db)).toBe(before);
    expect(await getReview(signed.id, db)).toBeUndefined();
  });

  it('reads "1.234" as 1,234 MQLs in a de-DE agreement and saves it', async () => {
    renderForm(german);
    type('MQLs delivered', '1.234');
    expect(screen.queryByText('MQLs delivered must be a number')).toBeNull();
    type('Median time to first contact (hours)', '12,5');
    save();
    await waitFor(async () => expect((await getReview(signed.id, db))?.actuals.mqlsDelivered).toBe(1234));
    expect((await getReview(signed.id, db))?.actuals.medianFirstContactHours).toBe(12.5);
  });

  it('refuses hex, binary, octal, exponents and Infinity in every figure, as the schema words it', () => {
    for (const text of ['0x10', '0b101', '0o17', '1e3', 'Infinity']) {
      expect(fieldError('mqlsDelivered', 'count', text), text).toBe('MQLs delivered must be a number');
      expect(fieldError('medianFirstContactHours', 'hours', text), text).toBe('Median time to first contact must be a number of hours');
      expect(fieldError('acceptedWithin24hPercent', 'percent', text), text).toBe('Share of MQLs accepted or rejected within 24 h must be a percentage');
      const form = initialText(undefined);
      form.perCommitment['c-attempts'] = text;
      expect(buildEntry(signed.id, '2027-Q1', form).errors['perCommitment.c-attempts'], text).toBe('A commitment actual must be a number');
    }
  });

  it('takes a percentage with its sign, and the locale’s separators', () => {
    expect(toStored('percent', '92 %')).toBe(92);
    expect(toStored('percent', '92,5 %', 'de-DE')).toBe(92.5);
    expect(toStored('count', '1,500')).toBe(1500);
    expect(toStored('count', '1.500', 'de-DE')).toBe(1500);
    expect(toStored('hours', '12.5', 'de-DE')).toBeNaN(); // not a de-DE number: the schema names it
  });

  it('shows saved figures the locale’s way, so saving again keeps them', () => {
    const entry = buildEntry(signed.id, '2027-Q1', { ...initialText(undefined), actuals: { revenueCents: '1.250.000,50', medianFirstContactHours: '12,5' } }, 'de-DE').entry!;
    const text = initialText(entry, 'de-DE');
    expect(text.actuals.revenueCents).toBe('1250000,5');
    expect(text.actuals.medianFirstContactHours).toBe('12,5');
    const again = buildEntry(signed.id, '2027-Q1', text, 'de-DE').entry!;
    expect(again.actuals).toEqual(entry.actuals);
  });
});
