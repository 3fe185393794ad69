import { AudienceButton } from '../presenter/AudienceButton';
import { useStore } from 'zustand';
import { useEditor, undo, redo } from '../../stores/editor';
import { SaveIndicator } from './SaveIndicator';
import { AgendaTimer } from '../agenda/AgendaTimer';
import { ParkingLotButton } from '../agenda/ParkingLot';

export function WorkshopTopBar() {
  const version = useEditor((s) => s.version);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  if (!version) return null;
  const { content } = version;
  return (
    <div className="topbar">
      <div className="topbar-title">
        {content.organisation} · {content.title} · {content.quarter}
      </div>
      <span className={`badge badge-${version.status}`}>
        v{version.version} {version.status}
      </span>
      <AgendaTimer />
      <ParkingLotButton />
      <AudienceButton />
      <SaveIndicator />
      <button className="btn btn-small" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
        ↶ Undo
      </button>
      <button className="btn btn-small" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
        ↷ Redo
      </button>
    </div>
  );
}
