import { AudienceButton } from '../presenter/AudienceButton';
import { useStore } from 'zustand';
import { useEditor, undo, redo } from '../../stores/editor';
import { SaveIndicator } from './SaveIndicator';
import { AgendaTimer } from '../agenda/AgendaTimer';
import { ParkingLotButton } from '../agenda/ParkingLot';
import { PresentButton } from './PresentButton';
import { RoomButton } from '../room/RoomButton';

export function WorkshopTopBar() {
  const version = useEditor((s) => s.version);
  const canUndo = useStore(useEditor.temporal, (s) => s.pastStates.length > 0);
  const canRedo = useStore(useEditor.temporal, (s) => s.futureStates.length > 0);
  if (!version) return null;
  const { content } = version;
  const title = `${content.organisation} · ${content.title} · ${content.quarter}`;
  return (
    <div className="topbar">
      {/* Two lines: the agreement's name gets the whole width; who, when and the save state sit under it. */}
      <div className="topbar-heading" title={title}>
        <div className="topbar-title">{content.title || content.organisation}</div>
        <div className="topbar-meta">
          <span className="topbar-org">
            {content.quarter} · {content.organisation}
          </span>
          <span className={`badge badge-${version.status}`}>
            v{version.version} {version.status}
          </span>
          <SaveIndicator />
        </div>
      </div>
      <div className="topbar-tools">
        <AgendaTimer />
        <ParkingLotButton />
        <PresentButton />
        <RoomButton />
        <AudienceButton />
        {/* Icons only: the title needs the room; the names and shortcuts are in the label and tooltip. */}
        <button className="btn btn-small topbar-icon" onClick={undo} disabled={!canUndo} aria-label="Undo" title="Undo (Ctrl+Z)">
          ↶
        </button>
        <button className="btn btn-small topbar-icon" onClick={redo} disabled={!canRedo} aria-label="Redo" title="Redo (Ctrl+Shift+Z)">
          ↷
        </button>
      </div>
    </div>
  );
}
