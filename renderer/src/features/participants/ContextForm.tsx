import { AgreementContentSchema } from '../../../../shared/model/agreement';
import { coalesce, edit } from '../../stores/edit';
import { useEditor } from '../../stores/editor';
import { Field } from '../../ui/Field';
import { useValidatedField } from '../../ui/useValidatedField';

type TextKey = 'organisation' | 'title' | 'quarter' | 'date' | 'facilitator' | 'currency' | 'locale';

function ContextField({ name, label, hint, type = 'text' }: { name: TextKey; label: string; hint?: string; type?: string }) {
  const stored = useEditor((s) => String(s.version?.content[name] ?? ''));
  const field = useValidatedField(stored, AgreementContentSchema.shape[name], (value) => {
    edit(name, () => value, coalesce(`context.${name}`));
  });
  return (
    <Field label={label} error={field.error} hint={hint}>
      {(p) => <input {...p} type={type} value={field.value} onChange={field.onChange} />}
    </Field>
  );
}

export function ContextForm() {
  return (
    <section className="card stack" aria-labelledby="context-heading">
      <h2 id="context-heading">Context</h2>
      <div className="grid-2">
        <ContextField name="organisation" label="Organisation" />
        <ContextField name="title" label="Workshop title" />
        <ContextField name="quarter" label="Quarter" hint="Like 2027-Q1" />
        <ContextField name="date" label="Date" type="date" />
        <ContextField name="facilitator" label="Facilitator" />
        <ContextField name="currency" label="Currency" hint="Three letters, e.g. USD, EUR, GBP" />
      </div>
    </section>
  );
}
