import { useState } from 'react';
import { setStepMinutes, STEP_LABELS, totalPlannedMinutes, type AgendaStep } from '../../../../shared/rules/agenda';
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
  const [text, setText] = useState(String(entry.minutes));
  const [error, setError] = useState<string | null>(null);
  const change = (raw: string) => {
    setText(raw);
    const minutes = raw.trim() === '' ? Number.NaN : Number(raw);
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
        {(p) => <input {...p} type="number" min={0} max={600} step={1} value={text} onChange={(e) => change(e.target.value)} />}
      </Field>
    </div>
  );
}
