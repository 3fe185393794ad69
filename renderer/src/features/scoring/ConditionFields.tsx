import type { Condition } from '../../../../shared/model/scoring';
import { Field } from '../../ui/Field';
import { OP_LABELS, type CriterionDraft } from './criterion-form';

interface Props {
  draft: CriterionDraft;
  errors: Record<string, string>;
  set: <K extends keyof CriterionDraft>(key: K, value: CriterionDraft[K]) => void;
}

const OPS = Object.keys(OP_LABELS) as Condition['op'][];

/** "How it matches a lead": a field and a condition, or an event with how often it counts. */
export function ConditionFields({ draft, errors, set }: Props) {
  const isEvent = draft.op === 'event';
  return (
    <fieldset className="sc-fieldset stack">
      <legend>How it matches a lead</legend>
      <div className="grid-2">
        <Field label="Condition">
          {(p) => (
            <select {...p} value={draft.op} onChange={(e) => set('op', OPS.find((o) => o === e.target.value) ?? draft.op)}>
              {OPS.map((o) => (
                <option key={o} value={o}>
                  {o === 'event' ? 'Event happened' : `Field ${OP_LABELS[o]}`}
                </option>
              ))}
            </select>
          )}
        </Field>
        {!isEvent && (
          <Field label="Lead field" error={errors.field} hint="e.g. seniority, employees, industry">
            {(p) => <input {...p} value={draft.field} onChange={(e) => set('field', e.target.value)} />}
          </Field>
        )}
        {(draft.op === 'contains' || draft.op === 'equals' || isEvent) && (
          <Field label={isEvent ? 'Event name' : 'Value'} error={errors.value} hint={isEvent ? 'e.g. demo request' : undefined}>
            {(p) => <input {...p} value={draft.value} onChange={(e) => set('value', e.target.value)} />}
          </Field>
        )}
        {draft.op === 'in' && (
          <Field label="Values (comma-separated)" error={errors.values ?? errors.value}>
            {(p) => <input {...p} value={draft.values} onChange={(e) => set('values', e.target.value)} />}
          </Field>
        )}
        {draft.op === 'between' && (
          <>
            <Field label="Minimum" error={errors.min}>
              {(p) => <input {...p} inputMode="decimal" value={draft.min} onChange={(e) => set('min', e.target.value)} />}
            </Field>
            <Field label="Maximum" error={errors.max}>
              {(p) => <input {...p} inputMode="decimal" value={draft.max} onChange={(e) => set('max', e.target.value)} />}
            </Field>
          </>
        )}
        {isEvent && (
          <Field label="Counts">
            {(p) => (
              <select {...p} value={draft.repeat} onChange={(e) => set('repeat', e.target.value === 'each' ? 'each' : 'once')}>
                <option value="once">Once</option>
                <option value="each">Each time</option>
              </select>
            )}
          </Field>
        )}
        {isEvent && draft.repeat === 'each' && (
          <Field label="At most (times)" error={errors.maxCount}>
            {(p) => <input {...p} inputMode="numeric" value={draft.maxCount} onChange={(e) => set('maxCount', e.target.value)} />}
          </Field>
        )}
      </div>
    </fieldset>
  );
}
