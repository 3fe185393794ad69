import { usePresenter } from '../presenter/presenter-store';

/** The projector view, also on F5 or P: visible here so nobody has to know the shortcut. */
export function PresentButton() {
  const toggle = usePresenter((s) => s.toggle);
  return (
    <button className="btn btn-small" onClick={toggle} aria-keyshortcuts="F5 P" title="Present on the projector (F5 or P; Esc leaves)">
      <span aria-hidden="true">▶︎ </span>Present
    </button>
  );
}
