import { useCallback, useRef, useState } from 'react';
import type { SettingKey, Settings } from '../../../../shared/model/settings';
import { saveSetting } from '../../db/repositories/settings';

export type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; message: string };

/**
 * Saves one setting and tracks whether that worked. Saves overlap while someone types; only the
 * newest one's outcome is shown, so an earlier write finishing late never reads as the final word.
 */
export function useSettingSave<K extends SettingKey>(key: K) {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const latest = useRef(0);
  const save = useCallback(
    (value: Settings[K], onFailed?: () => void) => {
      const attempt = ++latest.current;
      setState({ kind: 'saving' });
      saveSetting(key, value).then(
        () => attempt === latest.current && setState({ kind: 'saved' }),
        (error: Error) => {
          if (attempt !== latest.current) return;
          setState({ kind: 'failed', message: `Not saved: ${error.message}` });
          onFailed?.();
        },
      );
    },
    [key],
  );
  return { state, save };
}
