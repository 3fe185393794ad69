import { useEditor } from '../../stores/editor';

const LABEL = { saved: 'All changes saved', saving: 'Saving…', error: 'Not saved' } as const;

/** Always visible while a workshop is open, so nobody wonders whether their words are kept. */
export function SaveIndicator() {
  const state = useEditor((s) => s.saveState);
  const error = useEditor((s) => s.saveError);
  return (
    <span className="save-state" data-state={state} role="status" aria-live="polite" data-testid="save-state" title={error ?? undefined}>
      <span className="save-dot" aria-hidden="true" />
      {state === 'error' && error ? `Not saved: ${error}` : LABEL[state]}
    </span>
  );
}
