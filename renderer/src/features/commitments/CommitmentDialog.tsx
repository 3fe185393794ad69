import { useEffect, useState } from 'react';
import { CommitmentSchema, PeriodSchema, type Commitment } from '../../../../shared/model/commitments';
import { OwnerSchema } from '../../../../shared/model/team';
import { retitleCommitment, titleTargetMismatch } from '../../../../shared/rules/goals';
import { newId } from '../../../../shared/rules/ids';
import { readDecimal, writeDecimal } from '../../../../shared/rules/numbers';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { fieldErrors } from '../../ui/form-errors';

type Draft = { owner: string; commitment: string; metric: string; target: string; unit: string; period: string };

const emptyDraft: Draft = { owner: 'Sales', commitment: '', metric: '', target: '', unit: '', period: 'per lead' };
/** The target as typed in the agreement's locale ("1,500" in en-US, "2,5" in de-DE); blank or not a number is NaN, so the schema names it. */
const parseTarget = (text: string, locale: string) => readDecimal(text, locale) ?? Number.NaN;
const toDraft = (row: Commitment, locale: string): Draft => ({ owner: row.owner, commitment: row.commitment, metric: row.metric, target: writeDecimal(row.target, locale), unit: row.unit, period: row.period });

interface CommitmentDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The row being edited; none means a new row. */
  row?: Commitment;
  /** Saves the row; returns a message when the list refuses it. */
  onSave: (row: Commitment) => string | null;
}

/** Add or edit one commitment. Typing a new target on a row that follows the funnel marks it "set by hand". */
export function CommitmentDialog({ open, onOpenChange, row, onSave }: CommitmentDialogProps) {
  const locale = useAgreementLocale();
  const [draft, setDraft] = useState<Draft>(row ? toDraft(row, locale) : emptyDraft);
  const [errors, setErrors] = useState<Record<string, string>>({});
  useEffect(() => {
    if (open) {
      setDraft(row ? toDraft(row, locale) : emptyDraft);
      setErrors({});
    }
  }, [open, row, locale]);
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  // The title the row's own number gives for a target: while the title is still that one, it follows the target as it is typed.
  const titleFor = (target: string) => (row ? retitleCommitment(row.commitment, row.target, parseTarget(target, locale)) : draft.commitment);
  const setTarget = (e: { target: { value: string } }) => {
    const follows = row !== undefined && draft.commitment === titleFor(draft.target);
    setDraft({ ...draft, target: e.target.value, commitment: follows ? titleFor(e.target.value) : draft.commitment });
  };
  const draftTarget = parseTarget(draft.target, locale);
  const mismatch = Number.isFinite(draftTarget) ? titleTargetMismatch({ commitment: draft.commitment, target: draftTarget, unit: draft.unit }) : null;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const target = parseTarget(draft.target, locale);
    const parsed = CommitmentSchema.safeParse({
      ...draft,
      target,
      id: row?.id ?? newId(),
      derivedFrom: row?.derivedFrom ?? null,
      overridden: row ? row.overridden || (row.derivedFrom !== null && target !== row.target) : false,
    });
    if (target < 0) return setErrors({ target: 'Target cannot be negative' });
    if (!parsed.success) return setErrors(fieldErrors(parsed.error));
    const refused = onSave(parsed.data);
    if (refused) return setErrors({ commitment: refused });
    onOpenChange(false);
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={row ? 'Edit commitment' : 'Add a commitment'}>
      <form onSubmit={submit} noValidate className="stack" aria-label={row ? 'Edit commitment' : 'Add a commitment'}>
        <Field label="Owner" error={errors.owner}>
          {(p) => (
            <select {...p} value={draft.owner} onChange={set('owner')}>
              {OwnerSchema.options.map((o) => <option key={o}>{o}</option>)}
            </select>
          )}
        </Field>
        <Field label="Commitment" error={errors.commitment} hint={mismatch ?? undefined}>
          {(p) => <input {...p} value={draft.commitment} onChange={set('commitment')} />}
        </Field>
        <Field label="Metric" error={errors.metric}>
          {(p) => <input {...p} value={draft.metric} onChange={set('metric')} />}
        </Field>
        <div className="row" style={{ alignItems: 'flex-start' }}>
          <Field label="Target" error={errors.target} hint={row?.derivedFrom ? 'Changing it stops the funnel from updating this row' : undefined}>
            {(p) => <input {...p} inputMode="decimal" value={draft.target} onChange={setTarget} />}
          </Field>
          <Field label="Unit" error={errors.unit}>
            {(p) => <input {...p} value={draft.unit} onChange={set('unit')} />}
          </Field>
          <Field label="Period" error={errors.period}>
            {(p) => (
              <select {...p} value={draft.period} onChange={set('period')}>
                {PeriodSchema.options.map((o) => <option key={o}>{o}</option>)}
              </select>
            )}
          </Field>
        </div>
        <div className="row">
          <button className="btn btn-primary" type="submit">{row ? 'Save commitment' : 'Add commitment'}</button>
          <button className="btn" type="button" onClick={() => onOpenChange(false)}>Cancel</button>
        </div>
      </form>
    </Dialog>
  );
}
