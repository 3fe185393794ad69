import type { SaveState } from './useSettingSave';

const TEXT: Record<Exclude<SaveState['kind'], 'failed'>, string> = { idle: '', saving: 'Saving…', saved: '✓ Saved' };

/**
 * Tells whether a setting's last change is stored. `refused` is set while the field shows an
 * inline error: what is on screen is then not what is stored, and this must not claim "Saved".
 */
export function SaveStatus({ state, refused = false, testId }: { state: SaveState; refused?: boolean; testId: string }) {
  if (state.kind === 'failed') {
    return (
      <span className="settings-save settings-save-failed" role="alert" data-testid={testId}>
        {state.message}
      </span>
    );
  }
  const text = refused ? 'Not saved' : TEXT[state.kind];
  return (
    <span className="settings-save" data-state={refused ? 'refused' : state.kind} role="status" data-testid={testId}>
      {text}
    </span>
  );
}
