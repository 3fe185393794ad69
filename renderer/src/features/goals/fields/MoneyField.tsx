import type { ReactNode } from 'react';
import type { z } from 'zod';
import { formatMoney, parseMoneyToCents } from '../../../../../shared/rules/money';
import { Field } from '../../../ui/Field';
import { useValidatedField } from '../../../ui/useValidatedField';
import { schemaFromParse, type Parsed } from './parsed';

interface MoneyFieldProps {
  label: string;
  cents: number;
  currency: string;
  locale: string;
  /** The shared schema for the amount in cents. */
  schema: z.ZodType<number>;
  onCommit: (cents: number) => string | null;
  hint?: ReactNode;
}

export function parseMoney(raw: string, label: string, locale: string, schema: z.ZodType<number>): Parsed<number> {
  if (raw.trim() === '') return { ok: false, error: `${label} is required` };
  const cents = parseMoneyToCents(raw, locale);
  if (cents === null) return { ok: false, error: `${label} must be an amount such as 30,000 or 30k` };
  if (cents < 0) return { ok: false, error: `${label} cannot be negative` };
  const parsed = schema.safeParse(cents);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? `${label} is not allowed` };
}

/** An amount typed the way people say it ("1.2M", "30k", "$30,000"), stored as whole cents. */
export function MoneyField({ label, cents, currency, locale, schema, onCommit, hint }: MoneyFieldProps) {
  const format = (v: number) => formatMoney(v, currency, locale);
  const field = useValidatedField(format(cents), schemaFromParse((raw) => parseMoney(raw, label, locale, schema)), onCommit, undefined, { toText: format });
  return (
    <Field label={label} error={field.error} hint={hint ?? 'Type 1.2M, 30k or 30,000'}>
      {(p) => <input {...p} inputMode="decimal" value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
    </Field>
  );
}
