import type { ReactNode } from 'react';
import type { z } from 'zod';
import { readDecimal, readPercent, writeDecimal } from '../../../../../shared/rules/numbers';
import { useAgreementLocale } from '../../../stores/agreement-locale';
import { Field } from '../../../ui/Field';
import { useValidatedField } from '../../../ui/useValidatedField';
import { schemaFromParse, type Parsed } from './parsed';

interface NumberFieldProps {
  label: string;
  value: number | null;
  /** The shared schema for this value: its message is shown when the number is not allowed. */
  schema: z.ZodType<number | null>;
  onCommit: (value: number | null) => string | null;
  hint?: ReactNode;
  /** Empty input means "none" (stored as null) instead of an error. */
  allowEmpty?: boolean;
  /** Clear sentences for bounds the schema states without words. */
  min?: number;
  max?: number;
  integer?: boolean;
  /** "%" (or "% of …") fields also take "55 %" as typed. */
  suffix?: string;
  testId?: string;
  /** How the number is written; the open agreement's locale unless given. */
  locale?: string;
}

/**
 * Reads a plain decimal number written the locale's way ("27.5" in en-US, "27,5" in de-DE; a
 * percent field also takes "27.5 %"), then lets the shared schema decide. Hex, exponents and
 * Infinity are not numbers (shared/rules/numbers.ts).
 */
export function parseNumber(raw: string, props: Pick<NumberFieldProps, 'label' | 'schema' | 'allowEmpty' | 'min' | 'max' | 'integer' | 'suffix' | 'locale'>): Parsed<number | null> {
  if (raw.trim() === '') return props.allowEmpty ? { ok: true, value: null } : { ok: false, error: `${props.label} is required` };
  const n = (props.suffix?.startsWith('%') ? readPercent : readDecimal)(raw, props.locale);
  if (n === null) return { ok: false, error: `${props.label} must be a number` };
  if (props.integer && !Number.isInteger(n)) return { ok: false, error: `${props.label} must be a whole number` };
  if ((props.min !== undefined && n < props.min) || (props.max !== undefined && n > props.max)) {
    return { ok: false, error: `${props.label} must be between ${props.min ?? '…'} and ${props.max ?? '…'}` };
  }
  const parsed = props.schema.safeParse(n);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: parsed.error.issues[0]?.message ?? `${props.label} is not allowed` };
}

/** A number input that validates as the person types and saves only allowed values. */
export function NumberField(props: NumberFieldProps) {
  const agreementLocale = useAgreementLocale();
  const locale = props.locale ?? agreementLocale;
  const format = (v: number | null) => (v === null ? '' : writeDecimal(v, locale));
  const field = useValidatedField(format(props.value), schemaFromParse((raw) => parseNumber(raw, { ...props, locale })), props.onCommit, undefined, { toText: format });
  return (
    <Field label={props.label} error={field.error} hint={props.hint}>
      {(p) => (
        <span className="number-input">
          <input {...p} inputMode="decimal" value={field.value} onChange={field.onChange} onBlur={field.onBlur} data-testid={props.testId} />
          {props.suffix && <span className="number-suffix" aria-hidden="true">{props.suffix}</span>}
        </span>
      )}
    </Field>
  );
}
