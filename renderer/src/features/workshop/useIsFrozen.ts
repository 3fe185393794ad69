import { isFrozen } from '../../../../shared/rules/frozen';
import { useEditor } from '../../stores/editor';

/**
 * True while the open version is frozen (its first signature fixed the content hash). Every
 * editing surface reads this one flag: native controls are locked by the workshop screen, and
 * custom widgets (drag handles, canvases) must check it themselves.
 */
export function useIsFrozen(): boolean {
  return useEditor((s) => (s.version ? isFrozen(s.version) : false));
}
