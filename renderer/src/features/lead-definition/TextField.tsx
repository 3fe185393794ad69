import type { z } from 'zod';
import { Field } from '../../ui/Field';
import { useValidatedField } from '../../ui/useValidatedField';

interface TextFieldProps<S extends z.ZodType> {
  label: string;
  stored: string;
  schema: S;
  commit: (value: z.output<S>) => void;
  multiline?: boolean;
  hint?: string;
  rows?: number;
}

/** A text input or area that shows the schema's message inline and only saves valid text. */
export function TextField<S extends z.ZodType>({ label, stored, schema, commit, multiline = false, hint, rows = 3 }: TextFieldProps<S>) {
  const field = useValidatedField(stored, schema, commit);
  return (
    <Field label={label} error={field.error} hint={hint}>
      {(p) => (multiline ? <textarea {...p} rows={rows} value={field.value} onChange={field.onChange} /> : <input {...p} value={field.value} onChange={field.onChange} />)}
    </Field>
  );
}
