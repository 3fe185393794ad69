import { useEffect, useState } from 'react';
import { Dialog, DialogClose } from '../../ui/Dialog';
import { isTyping } from '../presenter/presenter-store';
import './help.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const MOD = isMac ? '⌘' : 'Ctrl';

/** Every shortcut the app knows, grouped the way a facilitator thinks about them. */
export const SHORTCUTS: { group: string; items: { keys: string[]; action: string }[] }[] = [
  {
    group: 'Editing',
    items: [
      { keys: [`${MOD}+Z`], action: 'Undo the last edit' },
      { keys: [`Shift+${MOD}+Z`, `${MOD}+Y`], action: 'Redo' },
      { keys: ['Tab', 'Shift+Tab'], action: 'Move between fields and buttons' },
    ],
  },
  {
    group: 'Presenting',
    items: [
      { keys: ['F5', 'P'], action: 'Presenter mode on or off' },
      { keys: ['B'], action: 'Blank the screen in presenter mode' },
      { keys: ['←', '→'], action: 'Previous or next step in presenter mode' },
      { keys: ['Esc'], action: 'Leave presenter mode, close a dialog' },
    ],
  },
  {
    group: 'Scoring board',
    items: [
      { keys: ['Space'], action: 'Pick up or drop the focused card' },
      { keys: ['↑', '↓'], action: 'Move a picked-up card within its tier' },
      { keys: ['←', '→'], action: 'Move a picked-up card to the neighbouring tier' },
      { keys: ['Esc'], action: 'Cancel a move' },
    ],
  },
  { group: 'Help', items: [{ keys: ['?'], action: 'Show this list' }] },
];

/** "?" (or Help › Keyboard shortcuts) opens the list of every shortcut. */
export function HelpOverlay() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    const onCommand = (event: Event) => {
      if ((event as CustomEvent).detail === 'shortcuts') setOpen(true);
    };
    window.addEventListener('keydown', onKey);
    window.addEventListener('cg:command', onCommand);
    return () => {
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('cg:command', onCommand);
    };
  }, []);
  return (
    <Dialog open={open} onOpenChange={setOpen} title="Keyboard shortcuts" description="Every action also works with Tab and Enter.">
      <div className="shortcut-groups">
        {SHORTCUTS.map((group) => (
          <section key={group.group}>
            <h3>{group.group}</h3>
            <dl className="shortcut-list">
              {group.items.map((item) => (
                <div key={item.action} className="shortcut-row">
                  <dt>
                    {item.keys.map((k, i) => (
                      <span key={k}>
                        {i > 0 && <span className="muted"> or </span>}
                        <kbd>{k}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{item.action}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
      <div className="row" style={{ justifyContent: 'flex-end' }}>
        <DialogClose asChild>
          <button className="btn btn-primary">Close</button>
        </DialogClose>
      </div>
    </Dialog>
  );
}
