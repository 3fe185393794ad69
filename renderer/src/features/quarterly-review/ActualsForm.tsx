import { useState } from 'react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { QuarterActuals } from '../../../../shared/model/review';
import { Field } from '../../ui/Field';
import { useBusyAction } from '../../ui/useBusyAction';
import { ACTUAL_FIELDS, buildEntry, fieldError, initialText, toNumber, type FormText } from './actuals-form';

interface Props {
  version: AgreementVersion;
  saved: QuarterActuals | undefined;
  onSave: (entry: QuarterActuals) => Promise<void>;
}

/** The quarter's actuals. Each figure is checked as it is typed; nothing invalid is saved. */
export function ActualsForm({ version, saved, onSave }: Props) {
  const locale = version.content.locale;
  const [text, setText] = useState<FormText>(() => initialText(saved, locale));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { busy: saving, run } = useBusyAction();
  const currency = version.content.currency;

  const setActual = (key: string, unit: string, value: string) => {
    setText((t) => ({ ...t, actuals: { ...t.actuals, [key]: value } }));
    const error = fieldError(key as never, unit, value, locale);
    setErrors((e) => ({ ...e, [`actuals.${key}`]: error ?? '' }));
  };
  const setCommitment = (id: string, value: string) => {
    setText((t) => ({ ...t, perCommitment: { ...t.perCommitment, [id]: value } }));
    const n = toNumber(value, locale);
    const error = n !== null && (!Number.isFinite(n) || n < 0) ? 'A commitment actual must be a number of zero or more' : '';
    setErrors((e) => ({ ...e, [`perCommitment.${id}`]: error }));
  };
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const { entry, errors: found } = buildEntry(version.id, version.content.quarter, text, locale);
    setErrors(found);
    if (!entry) return;
    // onSave reports its own outcome; the default toast only catches what it lets through.
    await run(() => onSave(entry));
  };
  const hasErrors = Object.values(errors).some(Boolean);

  return (
    <form className="card stack" onSubmit={(e) => void submit(e)} aria-labelledby="actuals-title" noValidate>
      <h2 id="actuals-title">Actuals for {version.content.quarter}</h2>
      <p className="muted">Leave a figure empty when it is not known: it shows as “no data”, never as a miss.</p>
      <div className="actuals-grid">
        {ACTUAL_FIELDS.map((f) => (
          <Field key={f.key} label={f.unit === 'money' ? `${f.label} (${currency})` : f.label} error={errors[`actuals.${f.key}`] || null} hint={f.optional ? 'Optional' : undefined}>
            {(props) => <input {...props} inputMode="decimal" value={text.actuals[f.key] ?? ''} onChange={(e) => setActual(f.key, f.unit, e.target.value)} />}
          </Field>
        ))}
      </div>
      {version.content.commitments.rows.length > 0 && (
        <>
          <h3>Commitments</h3>
          <p className="muted">Left empty, a commitment reads the matching figure above (monthly MQLs, first-contact and accept times).</p>
          <div className="actuals-grid">
            {version.content.commitments.rows.map((row) => (
              <Field key={row.id} label={`${row.metric} (${row.owner}, target ${row.target} ${row.unit})`} error={errors[`perCommitment.${row.id}`] || null}>
                {(props) => <input {...props} inputMode="decimal" value={text.perCommitment[row.id] ?? ''} onChange={(e) => setCommitment(row.id, e.target.value)} />}
              </Field>
            ))}
          </div>
        </>
      )}
      <div className="review-notes">
        <Field label="Review notes (each line becomes a parking-lot item next quarter)" error={errors.notes || null}>
          {(props) => <textarea {...props} maxLength={5000} value={text.notes} onChange={(e) => setText((t) => ({ ...t, notes: e.target.value }))} />}
        </Field>
      </div>
      {/* Sticks to the bottom of the window while the form is on screen: at 1280×720 the form is taller than the view. */}
      <div className="row actuals-actions">
        <button className="btn btn-primary" type="submit" disabled={saving}>
          Save actuals
        </button>
        {hasErrors && (
          <span className="field-error" role="status">
            Fix the figures marked in red; nothing was saved.
          </span>
        )}
      </div>
    </form>
  );
}
