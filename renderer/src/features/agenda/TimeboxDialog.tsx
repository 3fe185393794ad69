import { useState } from 'react';
import { setStepMinutes, STEP_LABELS, totalPlannedMinutes, type AgendaStep } from '../../../../shared/rules/agenda';
import { readDecimal, writeDecimal } from '../../../../shared/rules/numbers';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { useEditor } from '../../stores/editor';
import { Dialog, DialogClose } from '../../ui/Dialog';
import { Field } from '../../ui/Field';
import { formatClock } from './clock';

/** Planned minutes per step, editable; a value out of range shows why and is not saved. */
export function TimeboxDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const agenda = useEditor((s) => s.workshop?.agenda);
  if (!agenda) return null;
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Timeboxes" description={`Planned minutes per step. Total: ${totalPlannedMinutes(agenda)} min.`}>
      <div className="timebox-list">
        {agenda.steps.map((step) => (
          <TimeboxRow key={step.step} entry={step} current={step.step === agenda.current} />
        ))}
      </div>
      <div className="row" style={{ justifyContent: 'flex-end', marginTop: 'var(--space-4)' }}>
        <DialogClose asChild>
          <button className="btn btn-primary">Done</button>
        </DialogClose>
      </div>
    </Dialog>
  );
}

function TimeboxRow({ entry, current }: { entry: AgendaStep; current: boolean }) {
  const locale = useAgreementLocale();
  const [text, setText] = useState(() => writeDecimal(entry.minutes, locale));
  const [error, setError] = useState<string | null>(null);
  const change = (raw: string) => {
    setText(raw);
    // Blank, "0x10" or "1e3" is NaN, which setStepMinutes refuses with its message.
    const minutes = readDecimal(raw, locale) ?? Number.NaN;
    const agenda = useEditor.getState().workshop?.agenda;
    if (!agenda) return;
    const result = setStepMinutes(agenda, entry.step, minutes);
    if (!result.ok) return setError(result.error.message);
    setError(null);
    useEditor.getState().setAgenda(() => result.data);
  };
  const spent = entry.spentSeconds > 0 ? `${formatClock(entry.spentSeconds)} used` : undefined;
  return (
    <div className="timebox-row" data-current={current}>
      <Field label={`${STEP_LABELS[entry.step]} (minutes)`} error={error} hint={spent}>
        {(p) => <input {...p} inputMode="numeric" value={text} onChange={(e) => change(e.target.value)} />}
      </Field>
    </div>
  );
}
