import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { NewWorkshopInputSchema, type NewWorkshopForm } from '../../../../shared/model/new-workshop';
import { quarterOf } from '../../../../shared/model/quarter';
import { createWorkshop, type WorkshopSource } from '../../db/repositories/workshops';
import { getSetting } from '../../db/repositories/settings';
import { listStartingPoints } from '../../db/repositories/library';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/form-errors';
import { navigate } from '../../router';
import { notify } from '../../ui/toast';
import { userMessage } from '../../../../shared/ipc/user-message';

const today = () => new Date().toISOString().slice(0, 10);

export function NewWorkshopScreen() {
  const [form, setForm] = useState<NewWorkshopForm>({ organisation: '', title: 'Sales & marketing alignment', quarter: quarterOf(new Date()), date: today(), facilitator: '' });
  const [source, setSource] = useState<string>('template');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const startingPoints = useLiveQuery(() => listStartingPoints(), []) ?? [];
  // Once the person has typed in the facilitator box, the stored name must not replace it.
  const facilitatorTyped = useRef(false);
  const set = (key: keyof NewWorkshopForm) => (event: { target: { value: string } }) => {
    const value = event.target.value;
    if (key === 'facilitator') facilitatorTyped.current = true;
    setForm((current) => ({ ...current, [key]: value }));
  };
  useEffect(() => {
    let live = true;
    // "Your name" from Settings; a failed read just leaves the box empty.
    getSetting('defaultFacilitator').then(
      (name) => live && name !== '' && !facilitatorTyped.current && setForm((current) => (current.facilitator === '' ? { ...current, facilitator: name } : current)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const parsed = NewWorkshopInputSchema.safeParse(form);
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    setErrors({});
    const from: WorkshopSource = source === 'template' ? { kind: 'template' } : source === 'blank' ? { kind: 'blank' } : { kind: 'version', versionId: source };
    try {
      const workshop = await createWorkshop(parsed.data, from);
      navigate({ name: 'workshop', workshopId: workshop.id, step: 'participants' });
    } catch (error) {
      notify.error(userMessage(error));
    }
  }

  return (
    <div className="page">
      <h1>New workshop</h1>
      <p className="muted">Set the context; you can change all of it later.</p>
      <form className="card stack" onSubmit={submit} noValidate style={{ maxWidth: 880 }}>
        <div className="grid-2">
          <Field label="Organisation" error={errors.organisation}>
            {(p) => <input {...p} value={form.organisation} onChange={set('organisation')} autoFocus placeholder="e.g. Northwind Analytics" />}
          </Field>
          <Field label="Title" error={errors.title}>
            {(p) => <input {...p} value={form.title} onChange={set('title')} />}
          </Field>
          <Field label="Quarter" error={errors.quarter} hint="Like 2027-Q1">
            {(p) => <input {...p} value={form.quarter} onChange={set('quarter')} />}
          </Field>
          <Field label="Workshop date" error={errors.date}>
            {(p) => <input {...p} type="date" value={form.date} onChange={set('date')} />}
          </Field>
          <Field label="Facilitator" error={errors.facilitator}>
            {(p) => <input {...p} value={form.facilitator} onChange={set('facilitator')} />}
          </Field>
          <Field label="Start from">
            {(p) => (
              <select {...p} value={source} onChange={(e) => setSource(e.target.value)}>
                <option value="template">Sales–marketing template (recommended)</option>
                <option value="blank">Blank workshop</option>
                {startingPoints.map((v) => (
                  <option key={v.id} value={v.id}>
                    {`${v.content.organisation} · ${v.content.quarter} · v${v.version} (${v.status})`}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <button className="btn btn-primary" type="submit">
            Create workshop
          </button>
          <button className="btn" type="button" onClick={() => navigate({ name: 'library' })}>
            Cancel
          </button>
        </div>
      </form>
    </div>
  );
}
