import { describe, expect, it } from 'vitest';
import { buildEntry, fieldError, initialText, toStored } from '../../../../renderer/src/features/quarterly-review/actuals-form';

describe('money in the quarterly review is read like everywhere else in the app', () => {
  it('takes what people write: "1.05M", "$1,250,000", "980k", "1250000.50"', () => {
    expect(toStored('money', '1.05M')).toBe(105_000_000);
    expect(toStored('money', '$1,250,000')).toBe(125_000_000);
    expect(toStored('money', '980k')).toBe(98_000_000);
    expect(toStored('money', '1250000.50')).toBe(125_000_050);
    expect(toStored('money', '1.250.000,50', 'de-DE')).toBe(125_000_050);
    expect(toStored('money', '')).toBeNull();
  });

  it('names a figure that is not an amount, and saves nothing of the form', () => {
    expect(fieldError('revenueCents', 'money', 'lots')).toMatch(/must be an amount/);
    expect(fieldError('revenueCents', 'money', '1.05M')).toBeNull();
    const text = initialText(undefined);
    text.actuals.revenueCents = 'a lot';
    text.actuals.mqlsDelivered = '1500';
    const { entry, errors } = buildEntry('ver-1', '2027-Q1', text);
    expect(entry).toBeNull();
    expect(errors['actuals.revenueCents']).toMatch(/must be an amount/);
  });

  it('saves "1.05M" as $1,050,000 with the rest of the form', () => {
    const text = initialText(undefined);
    text.actuals.revenueCents = '1.05M';
    text.actuals.mqlsDelivered = '1500';
    const { entry } = buildEntry('ver-1', '2027-Q1', text);
    expect(entry?.actuals.revenueCents).toBe(105_000_000);
    expect(entry?.actuals.mqlsDelivered).toBe(1500);
  });
});
