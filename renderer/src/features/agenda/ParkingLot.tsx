import { useState } from 'react';
import * as RadixDialog from '@radix-ui/react-dialog';
import { ParkingItemSchema } from '../../../../shared/model/workshop';
import { newId } from '../../../../shared/rules/ids';
import { edit } from '../../stores/edit';
import { useEditor } from '../../stores/editor';
import { Field } from '../../ui/Field';
import { notify } from '../../ui/toast';
import { nowIso } from './clock';

type ParkingItem = ReturnType<typeof ParkingItemSchema.parse>;
const NO_ITEMS: ParkingItem[] = [];

/** After a dot vote the most-dotted questions come first; otherwise the order they were parked in. */
const byDots = (items: readonly ParkingItem[]) => [...items].sort((a, b) => (b.dots ?? 0) - (a.dots ?? 0));

const editLot = (change: (items: ParkingItem[]) => ParkingItem[]) => edit('parkingLot', change);

/** Top-bar button and side drawer: questions parked for later, per workshop, from any step. */
export function ParkingLotButton() {
  const items = useEditor((s) => s.workshop?.parkingLot ?? NO_ITEMS);
  const open = items.filter((i) => !i.resolved).length;
  return (
    <RadixDialog.Root>
      <RadixDialog.Trigger asChild>
        <button className="btn btn-small" aria-label={`Parking lot, ${open} open`}>
          Parking lot{open > 0 ? ` (${open})` : ''}
        </button>
      </RadixDialog.Trigger>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content className="drawer" aria-describedby={undefined}>
          <RadixDialog.Title asChild>
            <h2>Parking lot</h2>
          </RadixDialog.Title>
          <ParkingLotPanel items={items} />
          <RadixDialog.Close asChild>
            <button className="btn" style={{ marginTop: 'var(--space-4)', alignSelf: 'flex-start' }}>
              Close
            </button>
          </RadixDialog.Close>
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}

export function ParkingLotPanel({ items }: { items: ParkingItem[] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const parsed = ParkingItemSchema.safeParse({ id: newId(), text, resolved: false, createdAt: nowIso() });
    if (!parsed.success) return setError(parsed.error.issues[0]?.message ?? 'Not valid');
    editLot((list) => [...list, parsed.data]);
    setText('');
    setError(null);
  };
  const remove = (item: ParkingItem) => {
    editLot((list) => list.filter((i) => i.id !== item.id));
    notify.info('Question removed. Press Ctrl+Z to undo.');
  };
  return (
    <div className="stack">
      <form onSubmit={add} noValidate className="parking-add">
        <Field label="Park a question" error={error}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} placeholder="e.g. Who owns webinar leads?" />}
        </Field>
        <button className="btn btn-primary" type="submit">
          Park it
        </button>
      </form>
      {items.length === 0 ? (
        <p className="muted">Nothing parked yet. Park a question here to keep the session moving.</p>
      ) : (
        <ul className="parking-list" aria-label="Parked questions">
          {byDots(items).map((item) => (
            <li key={item.id} data-resolved={item.resolved}>
              <label className="parking-item">
                <input type="checkbox" checked={item.resolved} onChange={() => editLot((list) => list.map((i) => (i.id === item.id ? { ...i, resolved: !i.resolved } : i)))} />
                <span>{item.text}</span>
              </label>
              {item.dots ? <span className="badge" aria-label={`${item.dots} dots from the room`}>● {item.dots}</span> : null}
              <button className="btn btn-small btn-ghost" onClick={() => remove(item)} aria-label={`Remove question: ${item.text}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
