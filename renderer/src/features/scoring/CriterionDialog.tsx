import { useState, type FormEvent } from 'react';
import { CategorySchema, TIERS, type Criterion } from '../../../../shared/model/scoring';
import { addCriterion, moveCriterion } from '../../../../shared/rules/scoring';
import { newId } from '../../../../shared/rules/ids';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { edit } from '../../stores/edit';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { ConditionFields } from './ConditionFields';
import { EMPTY_DRAFT, criterionFromDraft, draftOf, type CriterionDraft } from './criterion-form';
import { currentScoring } from './scoring-model';
import { useDrift } from './use-drift';

/** Saves a validated card: a new one goes to the bottom of its tier; an edited one moves if its tier changed. */
function save(criterion: Criterion, isNew: boolean): boolean {
  return edit('scoring', (m) => {
    if (isNew) return { ...m, criteria: addCriterion(m.criteria, criterion) };
    const before = m.criteria.find((c) => c.id === criterion.id);
    const replaced = m.criteria.map((c) => (c.id === criterion.id ? { ...criterion, tier: c.tier, order: c.order } : c));
    return { ...m, criteria: before && before.tier !== criterion.tier ? moveCriterion(replaced, criterion.id, criterion.tier, Number.POSITIVE_INFINITY) : replaced };
  }).ok;
}

/** Add or edit one criterion; nothing is stored until the whole card is valid. */
export function CriterionDialog({ editing, onClose }: { editing: string | 'new'; onClose: () => void }) {
  const existing = editing === 'new' ? undefined : currentScoring().criteria.find((c) => c.id === editing);
  const locale = useAgreementLocale();
  const drift = useDrift(existing);
  const [draft, setDraft] = useState<CriterionDraft>(existing ? draftOf(existing, locale) : EMPTY_DRAFT);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const set = <K extends keyof CriterionDraft>(key: K, value: CriterionDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const result = criterionFromDraft(draft, existing ?? { id: newId(), order: 0 }, locale);
    if (!result.ok) return setErrors(result.errors);
    if (save(result.criterion, !existing)) onClose();
  };

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()} title={existing ? `Edit “${existing.label}”` : 'Add a criterion'}>
      <form className="stack" onSubmit={submit} noValidate aria-label={existing ? 'Edit criterion' : 'Add criterion'}>
        {/* Why the board flagged this card: the signed PDF prints the rule from the agreed values. */}
        {drift.messages.map((m) => (
          <p key={m} className="alert alert-warning">{m}</p>
        ))}
        <Field label="Label" error={errors.label}>
          {(p) => <input {...p} value={draft.label} onChange={(e) => set('label', e.target.value)} autoFocus />}
        </Field>
        <div className="grid-2">
          <Field label="Category" error={errors.category}>
            {(p) => (
              <select {...p} value={draft.category} onChange={(e) => set('category', CategorySchema.parse(e.target.value))}>
                {CategorySchema.options.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Tier" error={errors.tier}>
            {(p) => (
              <select {...p} value={draft.tier} onChange={(e) => set('tier', TIERS.find((t) => t === e.target.value) ?? draft.tier)}>
                {TIERS.map((t) => (
                  <option key={t}>{t}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field label="Description" error={errors.description}>
          {(p) => <textarea {...p} rows={2} value={draft.description} onChange={(e) => set('description', e.target.value)} />}
        </Field>
        <ConditionFields draft={draft} errors={errors} set={set} />
        <label className="row sc-check">
          <input type="checkbox" checked={draft.disqualifies} onChange={(e) => set('disqualifies', e.target.checked)} />
          Disqualifies the lead (never an MQL when this matches)
        </label>
        <label className="row sc-check">
          <input type="checkbox" checked={draft.pinned} onChange={(e) => set('pinned', e.target.checked)} />
          Pin the points by hand (the placement rule then leaves this card alone)
        </label>
        {draft.pinned && (
          <Field label="Pinned points" error={errors.pinnedPoints} hint="A whole number from −100 to 100">
            {(p) => <input {...p} inputMode="numeric" value={draft.pinnedPoints} onChange={(e) => set('pinnedPoints', e.target.value)} />}
          </Field>
        )}
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="btn btn-primary">
            {existing ? 'Save criterion' : 'Add criterion'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
